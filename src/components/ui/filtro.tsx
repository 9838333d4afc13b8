import type { ReactNode } from "react";

export const CLASE_CONTROL_FILTRO =
  "mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900";

/**
 * A select of a GET filter form, its label around it. `todos` is the first, empty option that
 * means "no filter"; without it the children give every option.
 */
export function Filtro(props: {
  nombre: string;
  etiqueta: string;
  valor: unknown;
  todos?: string;
  children: ReactNode;
}) {
  return (
    <label className="flex min-w-0 flex-col text-sm font-medium text-slate-700">
      {props.etiqueta}
      <select
        name={props.nombre}
        defaultValue={props.valor === undefined ? "" : String(props.valor)}
        className={CLASE_CONTROL_FILTRO}
      >
        {props.todos === undefined ? null : <option value="">{props.todos}</option>}
        {props.children}
      </select>
    </label>
  );
}
