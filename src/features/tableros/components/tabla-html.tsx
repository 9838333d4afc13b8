import Link from "next/link";
import type { TablaEnPantalla } from "../pantalla";

/**
 * The markup of a dashboard table, the same whether it comes in the page or loads when opened. The
 * scrolling box can take the focus, so that a keyboard can scroll a wide table.
 */
export function TablaHtml({ tabla }: { tabla: TablaEnPantalla }) {
  return (
    <div
      className="overflow-x-auto rounded-md border border-slate-200 focus:outline-none focus-visible:ring-2 focus-visible:ring-sena-600"
      tabIndex={0}
      role="region"
      aria-label={tabla.titulo}
    >
      <table className="tabla-datos w-full text-left text-sm" data-tabla={tabla.nombre}>
        <caption className="sr-only">{tabla.titulo}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {tabla.columnas.map((c, j) => (
              <th key={j} scope="col" className={c.tipo === "texto" ? undefined : "text-right"}>
                {c.titulo}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 bg-white">
          {tabla.filas.map((fila, i) => (
            <tr key={i}>
              {tabla.columnas.map((c, j) => {
                const texto = fila.celdas[j];
                const clase = c.tipo === "texto" ? undefined : "num";
                return j === 0 ? (
                  <th key={j} scope="row" className={clase}>
                    {fila.enlace ? (
                      <Link href={fila.enlace} prefetch={false} className="text-sena-700 underline">
                        {texto}
                      </Link>
                    ) : (
                      texto
                    )}
                  </th>
                ) : (
                  <td key={j} className={clase}>
                    {texto}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
