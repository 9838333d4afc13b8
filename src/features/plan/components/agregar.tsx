import type { ReactNode } from "react";
import { Desplegable } from "./desplegable";

/** A collapsed "add a child" block at the end of a list, so the list stays short to scan. */
export function Agregar(props: { id: string; titulo: string; children: ReactNode }) {
  return (
    <Desplegable
      id={props.id}
      className="rounded-md border border-dashed border-slate-400 p-2 sm:p-3"
      resumen={<span className="font-semibold text-sena-800">{props.titulo}</span>}
    >
      <div className="mt-3">{props.children}</div>
    </Desplegable>
  );
}
