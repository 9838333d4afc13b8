import { ListaDeDatos } from "@/components/ui/lista-de-datos";
import { TablaCompacta, type ColumnaDeTabla } from "@/components/ui/tabla";
import { cop, filasDelDetalle } from "../cifras";
import type { ReporteDetalle } from "../queries";
import { incumplimientos } from "../reglas";

const RECAUDO_POR_REGIONAL: ColumnaDeTabla<ReporteDetalle["recaudoPorRegional"][number]>[] = [
  { titulo: "Regional", nombraLaFila: true, celda: (fila) => fila.regional.nombre },
  { titulo: "Fiscalización", numerica: true, celda: (fila) => cop(fila.recaudoFiscalizacion) },
  { titulo: "Cobro persuasivo", numerica: true, celda: (fila) => cop(fila.recaudoCobroPersuasivo) },
];

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
        <TablaCompacta
          descripcion="Recaudo por regional"
          titulo="Recaudo por regional"
          columnas={RECAUDO_POR_REGIONAL}
          filas={reporte.recaudoPorRegional}
          clave={(fila) => fila.regionalId}
          conMarco={false}
        />
      ) : null}
    </div>
  );
}
