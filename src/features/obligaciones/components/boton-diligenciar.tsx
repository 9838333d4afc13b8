"use client";

import { useActionState } from "react";
import { iniciarReporte } from "@/features/reportes/actions";

/** Opens the report of an obligation (creating its draft once) and goes to its form. */
export function BotonDiligenciar(props: { seguimientoId: number; periodo: string; descripcion: string }) {
  const [resultado, accion, pendiente] = useActionState(iniciarReporte, null);
  return (
    <form action={accion} className="inline">
      <input type="hidden" name="seguimientoId" value={props.seguimientoId} />
      <input type="hidden" name="periodo" value={props.periodo} />
      <button
        type="submit"
        disabled={pendiente}
        className="rounded-md bg-sena-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sena-800 disabled:opacity-60"
      >
        {pendiente ? "Abriendo…" : "Diligenciar"}
        <span className="sr-only"> {props.descripcion}</span>
      </button>
      {resultado && !resultado.ok ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {resultado.message}
        </p>
      ) : null}
    </form>
  );
}
