/** A plain GET form, so the chosen vigencia lives in the URL and works without JavaScript. */
export function SelectorDeVigencia(props: { vigencias: { anio: number; nombre: string }[]; actual: number }) {
  return (
    <form method="get" className="flex w-full items-end gap-2 sm:w-auto">
      <label className="flex min-w-0 flex-1 flex-col text-sm font-medium text-slate-700">
        Vigencia
        <select
          name="vigencia"
          defaultValue={props.actual}
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900"
        >
          {props.vigencias.map((v) => (
            <option key={v.anio} value={v.anio}>
              {v.nombre}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        Ver
      </button>
    </form>
  );
}
