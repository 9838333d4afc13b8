import type { ReactNode } from "react";

/** The heading of a page: its title, what it is for, and the actions on the whole page. */
export function Encabezado(props: { titulo: string; descripcion?: ReactNode; acciones?: ReactNode }) {
  return (
    <header className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{props.titulo}</h1>
        {props.descripcion ? <div className="mt-1 text-slate-600">{props.descripcion}</div> : null}
      </div>
      {props.acciones ? <div className="flex flex-wrap gap-2">{props.acciones}</div> : null}
    </header>
  );
}
