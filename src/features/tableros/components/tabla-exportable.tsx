import Link from "next/link";
import type { ReactNode } from "react";
import { parametrosDeFiltros, type Filtros } from "../filtros";
import { formatearCelda } from "../formato";
import type { TablaExportable } from "../tipos";

/** Longer tables (every centro of the country) start folded so the panels stay scannable. */
const FILAS_SIN_PLEGAR = 20;

/**
 * The accessible table of a panel (also the text alternative of its chart), with the links that
 * download the very same figures as CSV and xlsx. `enlaceDeFila` turns the first cell into a link
 * (e.g. to the centro's view).
 */
export function TablaConExportacion(props: {
  panel: string;
  tabla: TablaExportable;
  filtros: Filtros;
  enlaceDeFila?: (fila: TablaExportable["filas"][number]) => string | undefined;
}) {
  const { tabla } = props;
  const descarga = (formato: "csv" | "xlsx") => {
    const parametros = parametrosDeFiltros(props.filtros);
    parametros.set("panel", props.panel);
    parametros.set("tabla", tabla.nombre);
    parametros.set("formato", formato);
    return `/api/tableros/exportar?${parametros.toString()}`;
  };
  return (
    <div className="mt-4">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-slate-800">{tabla.titulo}</h3>
        <p className="flex gap-3 text-sm">
          <a href={descarga("csv")} className="font-medium text-sena-700 underline" download>
            Descargar CSV<span className="sr-only">: {tabla.titulo}</span>
          </a>
          <a href={descarga("xlsx")} className="font-medium text-sena-700 underline" download>
            Descargar Excel<span className="sr-only">: {tabla.titulo}</span>
          </a>
        </p>
      </div>
      {tabla.filas.length === 0 ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-600">No hay datos para estos filtros.</p>
      ) : (
        <Plegable filas={tabla.filas.length}>
          <div className="overflow-x-auto rounded-md border border-slate-200">
            <table className="w-full text-left text-sm" data-tabla={tabla.nombre}>
              <caption className="sr-only">{tabla.titulo}</caption>
              <thead className="bg-slate-100 text-slate-700">
                <tr>
                  {tabla.columnas.map((c) => (
                    <th
                      key={c.clave}
                      scope="col"
                      className={`px-3 py-2 ${c.tipo === "texto" ? "" : "text-right"}`}
                    >
                      {c.titulo}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 bg-white">
                {tabla.filas.map((fila, i) => (
                  <tr key={i}>
                    {tabla.columnas.map((c, j) => {
                      const texto = formatearCelda(fila[c.clave] ?? null, c.tipo);
                      const enlace = j === 0 ? props.enlaceDeFila?.(fila) : undefined;
                      const clase = `px-3 py-2 ${c.tipo === "texto" ? "" : "text-right tabular-nums whitespace-nowrap"}`;
                      return j === 0 ? (
                        <th key={c.clave} scope="row" className={`${clase} font-normal`}>
                          {enlace ? (
                            <Link href={enlace} className="text-sena-700 underline">
                              {texto}
                            </Link>
                          ) : (
                            texto
                          )}
                        </th>
                      ) : (
                        <td key={c.clave} className={clase}>
                          {texto}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Plegable>
      )}
    </div>
  );
}

function Plegable({ filas, children }: { filas: number; children: ReactNode }) {
  if (filas <= FILAS_SIN_PLEGAR) return children;
  return (
    <details className="group">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm font-medium text-sena-800 hover:bg-slate-100">
        <span className="group-open:hidden">Mostrar la tabla ({filas} filas)</span>
        <span className="hidden group-open:inline">Ocultar la tabla ({filas} filas)</span>
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
