"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { eliminarEvidencia } from "../actions";

const SIN_CONEXION = "No se pudo eliminar el archivo. Revise su conexión e intente de nuevo.";

export function EliminarEvidencia(props: { evidenciaId: number; nombreArchivo: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pendiente, iniciar] = useTransition();
  const idError = `evidencia-${props.evidenciaId}-error`;

  function eliminar() {
    if (!window.confirm(`¿Eliminar «${props.nombreArchivo}»? Esta acción no se puede deshacer.`)) return;
    setError(null);
    iniciar(async () => {
      const resultado = await eliminarEvidencia({ evidenciaId: props.evidenciaId }).catch(() => null);
      if (resultado?.ok) router.refresh();
      else setError(resultado?.message ?? SIN_CONEXION);
    });
  }

  return (
    <div>
      <button
        type="button"
        onClick={eliminar}
        disabled={pendiente}
        aria-describedby={error ? idError : undefined}
        className="w-full rounded-md border border-red-700 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60 sm:w-auto"
      >
        {pendiente ? "Eliminando…" : "Eliminar"}
        <span className="sr-only"> {props.nombreArchivo}</span>
      </button>
      {error ? (
        <p id={idError} role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
