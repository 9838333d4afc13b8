import { formatearCop } from "@/lib/dinero";
import { formatearFecha } from "@/lib/fechas";
import { formatearPorcentaje, razon } from "@/lib/razones";
import type { ReporteDetalle } from "./queries";

type Fila = [string, string];

const entero = new Intl.NumberFormat("es-CO");

/** A draft may have fields not typed yet. */
export const SIN_DATO = "Sin diligenciar";

export const cop = (valor: bigint | null) => (valor === null ? SIN_DATO : formatearCop(valor));
const numero = (valor: number | null) => (valor === null ? SIN_DATO : entero.format(valor));
const textoO = (valor: string | null) => valor ?? SIN_DATO;

function porcentaje(parte: bigint | null, total: bigint | null): string {
  return parte === null || total === null ? SIN_DATO : formatearPorcentaje(razon(parte, total));
}

/** The figures of a report as label/value pairs, as its page and its PDF show them. */
export function filasDelDetalle(r: ReporteDetalle): Fila[] {
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
