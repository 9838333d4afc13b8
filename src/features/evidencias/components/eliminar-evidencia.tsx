"use client";

import { useRouter } from "next/navigation";
import { useAccion } from "@/components/ui/use-accion";
import { eliminarEvidencia } from "../actions";

export function EliminarEvidencia(props: { evidenciaId: number; nombreArchivo: string }) {
  const router = useRouter();
  const { aviso, pendiente, ejecutar } = useAccion();
  const idError = `evidencia-${props.evidenciaId}-error`;
  const error = aviso?.tipo === "error" ? aviso.texto : null;

  async function eliminar() {
    if (!window.confirm(`¿Eliminar «${props.nombreArchivo}»? Esta acción no se puede deshacer.`)) return;
    const resultado = await ejecutar(() => eliminarEvidencia({ evidenciaId: props.evidenciaId }));
    if (resultado.ok) router.refresh();
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
