import type { ReactNode } from "react";

/** The frame both the read-only table and the form share: one row per regional, totals below. */
export function TablaDeSemestre(props: { etiqueta: string; children: ReactNode; pie: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Metas de recaudo por regional · {props.etiqueta}</caption>
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Regional
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Meta (COP)
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{props.children}</tbody>
        <tfoot className="border-t-2 border-slate-300 font-semibold">{props.pie}</tfoot>
      </table>
    </div>
  );
}

export function FilaDeMeta(props: { encabezado: ReactNode; children: ReactNode }) {
  return (
    <tr>
      <th scope="row" className="px-3 py-1.5 text-left align-baseline [font-weight:inherit] text-slate-800">
        {props.encabezado}
      </th>
      <td className="px-3 py-1.5 text-right align-baseline tabular-nums text-slate-900">{props.children}</td>
    </tr>
  );
}
