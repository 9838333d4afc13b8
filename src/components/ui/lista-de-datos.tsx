import type { ReactNode } from "react";

/** Term/value pairs in two columns on wide screens, stacked on phones. */
export function ListaDeDatos(props: { filas: [string, string][]; compacta?: boolean }) {
  const clases = props.compacta
    ? "gap-x-4 gap-y-1 text-sm sm:grid-cols-[14rem_1fr]"
    : "gap-x-6 gap-y-2 sm:grid-cols-[20rem_1fr]";
  return (
    <dl className={`grid ${clases}`}>
      {props.filas.map(([termino, valor]) => (
        <div key={termino} className="contents">
          <dt className="font-medium text-slate-600">{termino}</dt>
          <dd className="whitespace-pre-line text-slate-900">{valor}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One term and its value in the grid of a card (`<dl className="grid …">`). */
export function Dato(props: { termino: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-600">{props.termino}</dt>
      <dd className="text-slate-900 wrap-anywhere">{props.children}</dd>
    </div>
  );
}
