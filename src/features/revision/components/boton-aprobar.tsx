"use client";

import { useState, useTransition } from "react";
import { aprobarReporte } from "../actions";
import { Aviso } from "@/components/ui/aviso";
import { BOTON_PRINCIPAL } from "@/components/ui/botones";
import { Confirmacion } from "@/components/ui/confirmacion";

/** Approval is final for the author, so it takes a second, explicit confirmation. */
export function BotonAprobar(props: { reporteId: number; version: number; alTerminar: () => void }) {
  const [confirmando, setConfirmando] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pendiente, iniciar] = useTransition();

  const aprobar = () =>
    iniciar(async () => {
      setError(null);
      const resultado = await aprobarReporte({ reporteId: props.reporteId, version: props.version });
      setConfirmando(false);
      if (resultado.ok) props.alTerminar();
      else setError(resultado.message);
    });

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
      {error ? <Aviso tipo="error">{error}</Aviso> : null}
    </div>
  );
}
