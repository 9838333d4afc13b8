import { DefinitionList } from "@/components/ui/definition-list";
import { formatearCop } from "@/lib/dinero";
import { formatearFecha } from "@/lib/fechas";
import { formatearPorcentaje, razon } from "@/lib/razones";
import type { ReporteDetalle } from "../queries";

type Fila = [string, string];

const entero = new Intl.NumberFormat("es-CO");

function filasDelDetalle(r: ReporteDetalle): Fila[] {
  if (r.recaudo) {
    const total = r.recaudo.recaudoFiscalizacion + r.recaudo.recaudoCobroPersuasivo;
    return [
      ["Recaudo por fiscalización", formatearCop(r.recaudo.recaudoFiscalizacion)],
      ["Recaudo por cobro persuasivo", formatearCop(r.recaudo.recaudoCobroPersuasivo)],
      ["Recaudo total", formatearCop(total)],
      ["Aportantes incorporados a la base de fiscalización", entero.format(r.recaudo.aportantesNuevos)],
      ["Mensajes SMS enviados", entero.format(r.recaudo.smsEnviados)],
      ["Correos electrónicos enviados", entero.format(r.recaudo.correosEnviados)],
      ["Análisis", r.recaudo.analisis],
    ];
  }
  if (r.comitePrecios) {
    return [
      ["Número del acta", r.comitePrecios.numeroActa],
      ["Fecha del acta", formatearFecha(r.comitePrecios.fechaActa.toISOString().slice(0, 10))],
      ["Productos y servicios con precio", entero.format(r.comitePrecios.productosServiciosPreciados)],
    ];
  }
  if (r.trazabilidadVentas) {
    const t = r.trazabilidadVentas;
    return [
      ["Total aprovechamientos (ventas)", formatearCop(t.totalAprovechamientos)],
      ["Total facturado con documento equivalente (DEF)", formatearCop(t.totalFacturadoDef)],
      [
        "Facturado con DEF / aprovechamientos",
        formatearPorcentaje(razon(t.totalFacturadoDef, t.totalAprovechamientos)),
      ],
      ["Documentos equivalentes emitidos", entero.format(t.numeroDef)],
      ["Pagos recibidos", formatearCop(t.pagosRecibidos)],
    ];
  }
  if (r.ejecucionRecursos) {
    const e = r.ejecucionRecursos;
    return [
      ["Recursos solicitados en el presupuesto de apertura", formatearCop(e.recursosSolicitados)],
      ["Recursos asignados", formatearCop(e.recursosAsignados)],
      ["Recursos ejecutados", formatearCop(e.recursosEjecutados)],
      ["Ejecutado / asignado", formatearPorcentaje(razon(e.recursosEjecutados, e.recursosAsignados))],
      ["Registrado en el módulo Plan de Acción", e.registradoModuloPlanAccion ? "Sí" : "No"],
    ];
  }
  return [];
}

export function DetalleReporte({ reporte }: { reporte: ReporteDetalle }) {
  const filas = filasDelDetalle(reporte);
  if (filas.length === 0) {
    return <p className="text-slate-700">El reporte aún no tiene datos diligenciados.</p>;
  }
  return (
    <div className="space-y-6">
      <DefinitionList filas={filas} />
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
                  <td className="px-3 py-2 text-right tabular-nums">
                    {formatearCop(fila.recaudoFiscalizacion)}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {formatearCop(fila.recaudoCobroPersuasivo)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
