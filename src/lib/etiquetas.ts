import type {
  Alcance,
  EstadoReporte,
  Herramienta,
  Obligados,
  Periodicidad,
  Rol,
  TipoReporte,
} from "@/generated/prisma/enums";
import type { Tono } from "@/components/ui/insignia";
import type { EstadoObligacion, Oportunidad } from "@/lib/oportunidad";
import { parsePeriodo } from "@/lib/periodos";

// The words the application shows for each value of the model (report kinds, roles, states…): one
// place for every feature, the PDF and the downloads.

export const NOMBRE_TIPO_REPORTE: Record<TipoReporte, string> = {
  RECAUDO: "Informe de recaudo",
  COMITE_PRECIOS: "Acta del comité de precios",
  TRAZABILIDAD_VENTAS: "Trazabilidad de ventas (DEF)",
  EJECUCION_RECURSOS: "Ejecución de recursos de producción",
};

/**
 * "Trazabilidad de ventas (DEF) · Trimestre 3 de 2026", as the user reads a report everywhere: its
 * seguimiento's name and its period.
 */
export function nombreDelReporte(seguimiento: string, periodo: string): string {
  return `${seguimiento} · ${parsePeriodo(periodo)?.etiqueta ?? periodo}`;
}

export const NOMBRE_ROL: Record<Rol, string> = {
  ADMIN: "Administrador",
  COORDINADOR: "Coordinador Grupo de Recaudo y Cartera",
  SUBDIRECTOR: "Subdirector de centro",
  CONSULTA: "Consulta",
};

export const NOMBRE_PERIODICIDAD: Record<Periodicidad, string> = {
  MENSUAL: "Mensual",
  BIMESTRAL: "Bimestral",
  TRIMESTRAL: "Trimestral",
  CUATRIMESTRAL: "Cuatrimestral",
  SEMESTRAL: "Semestral",
  ANUAL: "Anual",
};

export const NOMBRE_HERRAMIENTA: Record<Herramienta, string> = {
  INFORME: "Informe",
  REPORTE: "Reporte",
};

export const NOMBRE_ALCANCE: Record<Alcance, string> = {
  NACIONAL: "Nacional (un reporte por periodo)",
  POR_CENTRO: "Por centro de formación",
};

export const NOMBRE_OBLIGADOS: Record<Obligados, string> = {
  TODOS: "Todos los centros activos",
  CON_APROVECHAMIENTO: "Los centros que generan aprovechamiento",
  CON_RECURSOS: "Los centros que requieren recursos de formación - producción",
};

export const ESTADO: Record<EstadoObligacion | EstadoReporte, { nombre: string; tono: Tono }> = {
  PENDIENTE: { nombre: "Pendiente", tono: "gris" },
  BORRADOR: { nombre: "Borrador", tono: "azul" },
  ENVIADO: { nombre: "Enviado", tono: "ambar" },
  DEVUELTO: { nombre: "Devuelto", tono: "rojo" },
  APROBADO: { nombre: "Aprobado", tono: "verde" },
};

function dias(n: number): string {
  return n === 1 ? "1 día" : `${n} días`;
}

/** How a correction or review deadline stands: the timeliness rule, with the words of each kind. */
export function describirPlazo(
  tipo: "CORRECCION" | "REVISION",
  o: Oportunidad,
): { texto: string; tono: Tono } {
  const hecho = tipo === "CORRECCION" ? "Reenviado" : "Revisado";
  switch (o.tipo) {
    case "ENVIADO_A_TIEMPO":
      return { texto: `${hecho} a tiempo`, tono: "verde" };
    case "ENVIADO_TARDE":
      return { texto: `${hecho} con ${dias(o.diasAtraso)} de atraso`, tono: "ambar" };
    default:
      return describirOportunidad(o);
  }
}

export function describirOportunidad(o: Oportunidad): { texto: string; tono: Tono } {
  switch (o.tipo) {
    case "EN_PLAZO":
      return o.diasRestantes === 0
        ? { texto: "Vence hoy", tono: "ambar" }
        : { texto: `Quedan ${dias(o.diasRestantes)}`, tono: o.diasRestantes <= 7 ? "ambar" : "gris" };
    case "VENCIDO":
      return { texto: `Vencido hace ${dias(o.diasAtraso)}`, tono: "rojo" };
    case "ENVIADO_A_TIEMPO":
      return { texto: "Enviado a tiempo", tono: "verde" };
    case "ENVIADO_TARDE":
      return { texto: `Enviado con ${dias(o.diasAtraso)} de atraso`, tono: "ambar" };
  }
}
