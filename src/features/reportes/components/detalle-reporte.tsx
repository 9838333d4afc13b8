import { ListaDeDatos } from "@/components/ui/lista-de-datos";
import { TablaCompacta, type ColumnaDeTabla } from "@/components/ui/tabla";
import { formatearCop } from "@/lib/dinero";
import { SIN_DATO, filasDelReporte } from "@/lib/seguimientos/presentacion";
import { incumplimientos } from "@/lib/seguimientos/reglas";
import type { ContextoDelReporte, ReporteDetalle } from "../queries";

type FilaRegional = { regionalId: number; regional: string; valores: Record<string, bigint | null> };

/** The report's breakdown per regional, with each regional's name. */
export function desgloseDelReporte(reporte: ReporteDetalle, nombres: Map<number, string>): FilaRegional[] {
  return reporte.datos.regionales.map((r) => ({
    ...r,
    regional: nombres.get(r.regionalId) ?? String(r.regionalId),
  }));
}

/** The columns of the breakdown table: the regional, then each declared field of the breakdown. */
export function columnasDelDesglose(reporte: ReporteDetalle): ColumnaDeTabla<FilaRegional>[] {
  const campos = reporte.formulario.desglosePorRegional?.campos ?? [];
  return [
    { titulo: "Regional", nombraLaFila: true, celda: (fila) => fila.regional },
    ...campos.map((clave): ColumnaDeTabla<FilaRegional> => {
      const etiqueta = reporte.formulario.campos.find((c) => c.clave === clave)?.etiqueta ?? clave;
      return {
        titulo: etiqueta.replace(/\s*\(COP\)$/, ""),
        numerica: true,
        celda: (fila) => {
          const monto = fila.valores[clave];
          return monto == null ? SIN_DATO : formatearCop(monto);
        },
      };
    }),
  ];
}

/**
 * What the reviewer must weigh besides the figures: the declared rules they break and the
 * justification the author wrote for them (decision 0018).
 */
export function JustificacionDeCifras({ reporte }: { reporte: ReporteDetalle }) {
  const rotas = incumplimientos(reporte.formulario, reporte.datos.valores);
  if (rotas.length === 0 && !reporte.datos.justificacion) return null;
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
            <li key={r.mensaje}>{r.mensaje}</li>
          ))}
        </ul>
      ) : null}
      <p className="whitespace-pre-line text-slate-900">
        {reporte.datos.justificacion ?? "El responsable no escribió ninguna justificación."}
      </p>
    </section>
  );
}

export function DetalleReporte(props: { reporte: ReporteDetalle; contexto: ContextoDelReporte }) {
  const { reporte, contexto } = props;
  const conDatos = Object.values(reporte.datos.valores).some((v) => v !== null);
  if (!conDatos) return <p className="text-slate-700">El reporte aún no tiene datos diligenciados.</p>;
  const filas = filasDelReporte(reporte.formulario, reporte.datos.valores, contexto);
  const desglose = desgloseDelReporte(reporte, contexto.nombres);
  return (
    <div className="space-y-6">
      <ListaDeDatos filas={filas} />
      <JustificacionDeCifras reporte={reporte} />
      {desglose.length > 0 ? (
        <TablaCompacta
          descripcion="Desglose por regional"
          titulo="Desglose por regional"
          columnas={columnasDelDesglose(reporte)}
          filas={desglose}
          clave={(fila) => fila.regionalId}
          conMarco={false}
        />
      ) : null}
    </div>
  );
}
