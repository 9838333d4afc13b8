import { DefinitionList } from "@/components/ui/definition-list";
import { formatearCop } from "@/lib/dinero";
import { formatearFecha } from "@/lib/fechas";
import { formatearPorcentaje, razon } from "@/lib/razones";
import type { ReporteDetalle } from "../queries";
import { incumplimientos } from "../reglas";

type Fila = [string, string];

const entero = new Intl.NumberFormat("es-CO");

/** A draft may have fields not typed yet. */
const SIN_DATO = "Sin diligenciar";

const cop = (valor: bigint | null) => (valor === null ? SIN_DATO : formatearCop(valor));
const numero = (valor: number | null) => (valor === null ? SIN_DATO : entero.format(valor));
const textoO = (valor: string | null) => valor ?? SIN_DATO;

function porcentaje(parte: bigint | null, total: bigint | null): string {
  return parte === null || total === null ? SIN_DATO : formatearPorcentaje(razon(parte, total));
}

function filasDelDetalle(r: ReporteDetalle): Fila[] {
  if (r.recaudo) {
    const { recaudoFiscalizacion: fiscalizacion, recaudoCobroPersuasivo: persuasivo } = r.recaudo;
    const total = fiscalizacion !== null && persuasivo !== null ? fiscalizacion + persuasivo : null;
    return [
      ["Recaudo por fiscalización", cop(fiscalizacion)],
      ["Recaudo por cobro persuasivo", cop(persuasivo)],
      ["Recaudo total", cop(total)],
      ["Aportantes incorporados a la base de fiscalización", numero(r.recaudo.aportantesNuevos)],
      ["Mensajes SMS enviados", numero(r.recaudo.smsEnviados)],
      ["Correos electrónicos enviados", numero(r.recaudo.correosEnviados)],
      ["Análisis", textoO(r.recaudo.analisis)],
    ];
  }
  if (r.comitePrecios) {
    const { fechaActa } = r.comitePrecios;
    return [
      ["Número del acta", textoO(r.comitePrecios.numeroActa)],
      ["Fecha del acta", fechaActa ? formatearFecha(fechaActa.toISOString().slice(0, 10)) : SIN_DATO],
      ["Productos y servicios con precio", numero(r.comitePrecios.productosServiciosPreciados)],
    ];
  }
  if (r.trazabilidadVentas) {
    const t = r.trazabilidadVentas;
    return [
      ["Total aprovechamientos (ventas)", cop(t.totalAprovechamientos)],
      ["Total facturado con documento equivalente (DEF)", cop(t.totalFacturadoDef)],
      ["Facturado con DEF / aprovechamientos", porcentaje(t.totalFacturadoDef, t.totalAprovechamientos)],
      ["Documentos equivalentes emitidos", numero(t.numeroDef)],
      ["Pagos recibidos", cop(t.pagosRecibidos)],
    ];
  }
  if (r.ejecucionRecursos) {
    const e = r.ejecucionRecursos;
    const registrado = e.registradoModuloPlanAccion;
    return [
      ["Recursos solicitados en el presupuesto de apertura", cop(e.recursosSolicitados)],
      ["Recursos asignados", cop(e.recursosAsignados)],
      ["Recursos ejecutados", cop(e.recursosEjecutados)],
      ["Ejecutado / asignado", porcentaje(e.recursosEjecutados, e.recursosAsignados)],
      ["Registrado en el módulo Plan de Acción", registrado === null ? SIN_DATO : registrado ? "Sí" : "No"],
    ];
  }
  return [];
}

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
      <DefinitionList filas={filas} />
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
