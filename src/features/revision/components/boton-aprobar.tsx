"use client";

import { aprobarReporte } from "../actions";
import { Aviso } from "@/components/ui/aviso";
import { BOTON_PRINCIPAL } from "@/components/ui/botones";
import { AccionConfirmada } from "@/components/ui/confirmacion";
import { useAccion } from "@/components/ui/use-accion";

/** Approval is final for the author, so it takes a second, explicit confirmation. */
export function BotonAprobar(props: { reporteId: number; version: number; alTerminar: () => void }) {
  const { aviso, pendiente, ejecutar } = useAccion();

  async function aprobar() {
    const resultado = await ejecutar(() =>
      aprobarReporte({ reporteId: props.reporteId, version: props.version }),
    );
    if (resultado.ok) props.alTerminar();
  }

  return (
    <div className="space-y-3">
      <AccionConfirmada
        boton="Aprobar reporte"
        claseBoton={BOTON_PRINCIPAL}
        pregunta="¿Aprobar este reporte? Quedará en solo lectura y su responsable ya no podrá modificarlo."
        confirmar="Sí, aprobar"
        confirmando="Aprobando…"
        claseConfirmar={BOTON_PRINCIPAL}
        pendiente={pendiente}
        alConfirmar={aprobar}
      />
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
    </div>
  );
}
