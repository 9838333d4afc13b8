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
