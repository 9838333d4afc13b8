"use client";

import { useState, useTransition } from "react";
import { aprobarReporte } from "../actions";
import { Aviso } from "@/components/ui/aviso";

const BOTON_PRINCIPAL =
  "rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800 disabled:opacity-60";
const BOTON_NEUTRO =
  "rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50 disabled:opacity-60";

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
        <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm text-amber-900">
            ¿Aprobar este reporte? Quedará en solo lectura y su responsable ya no podrá modificarlo.
          </p>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              autoFocus
              onClick={aprobar}
              disabled={pendiente}
              className={BOTON_PRINCIPAL}
            >
              {pendiente ? "Aprobando…" : "Sí, aprobar"}
            </button>
            <button
              type="button"
              onClick={() => setConfirmando(false)}
              disabled={pendiente}
              className={BOTON_NEUTRO}
            >
              Cancelar
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirmando(true)} className={BOTON_PRINCIPAL}>
          Aprobar reporte
        </button>
      )}
      {error ? <Aviso tipo="error">{error}</Aviso> : null}
    </div>
  );
}
