import { ListaDeDatos } from "@/components/ui/lista-de-datos";
import { cop, filasDelDetalle } from "../cifras";
import type { ReporteDetalle } from "../queries";
import { incumplimientos } from "../reglas";

/**
 * What the reviewer must weigh besides the figures: the rules of decision 0018 that they break and
 * the justification the author wrote for them.
 */
export function JustificacionDeCifras({ reporte }: { reporte: ReporteDetalle }) {
  const detalle = reporte.trazabilidadVentas ?? reporte.ejecucionRecursos;
  if (!detalle) return null;
  const rotas = incumplimientos(reporte.tipo, detalle as unknown as Record<string, bigint | null>);
  if (rotas.length === 0 && !detalle.justificacion) return null;
  return (
    <section
      aria-labelledby="titulo-justificacion"
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h3 id="titulo-justificacion" className="font-semibold">
        Justificación de las cifras
      </h3>
      {rotas.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5">
          {rotas.map((r) => (
            <li key={r.regla}>{r.mensaje}</li>
          ))}
        </ul>
      ) : null}
      <p className="whitespace-pre-line text-slate-900">
        {detalle.justificacion ?? "El responsable no escribió ninguna justificación."}
      </p>
    </section>
  );
}

export function DetalleReporte({ reporte }: { reporte: ReporteDetalle }) {
  const filas = filasDelDetalle(reporte);
  if (filas.length === 0) {
    return <p className="text-slate-700">El reporte aún no tiene datos diligenciados.</p>;
  }
  return (
    <div className="space-y-6">
      <ListaDeDatos filas={filas} />
      <JustificacionDeCifras reporte={reporte} />
      {reporte.recaudoPorRegional.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-semibold text-slate-800">Recaudo por regional</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Regional
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Fiscalización
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Cobro persuasivo
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {reporte.recaudoPorRegional.map((fila) => (
                <tr key={fila.regionalId}>
                  <th scope="row" className="px-3 py-2 font-normal">
                    {fila.regional.nombre}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{cop(fila.recaudoFiscalizacion)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{cop(fila.recaudoCobroPersuasivo)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
