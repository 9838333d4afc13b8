"use client";

import { useState } from "react";
import { aprobarReporte } from "../actions";
import { Aviso } from "@/components/ui/aviso";
import { BOTON_PRINCIPAL } from "@/components/ui/botones";
import { Confirmacion } from "@/components/ui/confirmacion";
import { useAccion } from "@/components/ui/use-accion";

/** Approval is final for the author, so it takes a second, explicit confirmation. */
export function BotonAprobar(props: { reporteId: number; version: number; alTerminar: () => void }) {
  const [confirmando, setConfirmando] = useState(false);
  const { aviso, pendiente, ejecutar } = useAccion();

  async function aprobar() {
    const resultado = await ejecutar(() =>
      aprobarReporte({ reporteId: props.reporteId, version: props.version }),
    );
    setConfirmando(false);
    if (resultado.ok) props.alTerminar();
  }

  return (
    <div className="space-y-3">
      {confirmando ? (
        <Confirmacion
          pregunta="¿Aprobar este reporte? Quedará en solo lectura y su responsable ya no podrá modificarlo."
          confirmar="Sí, aprobar"
          confirmando="Aprobando…"
          pendiente={pendiente}
          claseConfirmar={BOTON_PRINCIPAL}
          alConfirmar={aprobar}
          alCancelar={() => setConfirmando(false)}
        />
      ) : (
        <button type="button" onClick={() => setConfirmando(true)} className={BOTON_PRINCIPAL}>
          Aprobar reporte
        </button>
      )}
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
    </div>
  );
}
