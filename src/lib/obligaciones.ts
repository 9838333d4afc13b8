import type { Alcance, EstadoReporte, Obligados, Periodicidad } from "@/generated/prisma/enums";
import type { FechaCalendario } from "./fechas";
import {
  calcularOportunidad,
  estadoObligacion,
  type EstadoObligacion,
  type Oportunidad,
} from "./oportunidad";
import { fechaLimite, periodosDeVigencia, type Periodo } from "./periodos";

/** The key that makes a report unique within a seguimiento and period. */
export const AMBITO_NACIONAL = "NACIONAL";

export function ambitoDeCentro(centroId: number | null): string {
  return centroId === null ? AMBITO_NACIONAL : String(centroId);
}

export interface SeguimientoObligado {
  id: number;
  nombre: string;
  periodicidad: Periodicidad;
  alcance: Alcance;
  diasOportunidad: number;
  obligados: Obligados;
}

/** How a centro was in one vigencia (CentroVigencia): its obligations come from these marks. */
export interface CentroObligado {
  id: number;
  generaAprovechamiento: boolean;
  requiereRecursos: boolean;
}

/** Whether a por-centro seguimiento obliges the given centro (an active one, in that vigencia). */
export function obligaAlCentro(
  seguimiento: Pick<SeguimientoObligado, "alcance" | "obligados">,
  centro: CentroObligado,
): boolean {
  if (seguimiento.alcance !== "POR_CENTRO") return false;
  switch (seguimiento.obligados) {
    case "TODOS":
      return true;
    case "CON_APROVECHAMIENTO":
      return centro.generaAprovechamiento;
    case "CON_RECURSOS":
      return centro.requiereRecursos;
  }
}

export interface ReporteExistente {
  id: number;
  seguimientoId: number;
  periodo: string;
  ambito: string;
  estado: EstadoReporte;
  primerEnvioEn: Date | null;
  /** For a returned report, the last day to correct and resubmit it. */
  plazoCorreccion?: FechaCalendario | null;
}

export interface Obligacion {
  seguimientoId: number;
  /** The seguimiento's name: what the report is called everywhere. */
  seguimiento: string;
  periodo: Periodo;
  ambito: string;
  fechaLimite: FechaCalendario;
  estado: EstadoObligacion;
  oportunidad: Oportunidad;
  reporteId: number | null;
  /** How the correction of a returned report stands, judged like any deadline; null otherwise. */
  correccion: { venceEl: FechaCalendario; oportunidad: Oportunidad } | null;
}

function clave(seguimientoId: number, periodo: string, ambito: string): string {
  return `${seguimientoId}|${periodo}|${ambito}`;
}

/**
 * Every report expected from one unit (the nation or a centro) in a vigencia: one per seguimiento
 * that obliges it and per period, joined with the report when it exists. Sorted by deadline.
 */
export function derivarObligaciones(params: {
  anio: number;
  ambito: string;
  seguimientos: SeguimientoObligado[];
  reportes: ReporteExistente[];
  hoy: FechaCalendario;
}): Obligacion[] {
  const { anio, ambito, seguimientos, reportes, hoy } = params;
  const porClave = new Map(reportes.map((r) => [clave(r.seguimientoId, r.periodo, r.ambito), r]));
  const obligaciones = seguimientos.flatMap((seguimiento) =>
    periodosDeVigencia(anio, seguimiento.periodicidad).map((periodo): Obligacion => {
      const reporte = porClave.get(clave(seguimiento.id, periodo.codigo, ambito)) ?? null;
      const limite = fechaLimite(periodo, seguimiento.diasOportunidad);
      return {
        seguimientoId: seguimiento.id,
        seguimiento: seguimiento.nombre,
        periodo,
        ambito,
        fechaLimite: limite,
        estado: estadoObligacion(reporte),
        oportunidad: calcularOportunidad({
          fechaLimite: limite,
          primerEnvioEn: reporte?.primerEnvioEn ?? null,
          hoy,
        }),
        reporteId: reporte?.id ?? null,
        correccion:
          reporte?.estado === "DEVUELTO" && reporte.plazoCorreccion
            ? {
                venceEl: reporte.plazoCorreccion,
                oportunidad: calcularOportunidad({
                  fechaLimite: reporte.plazoCorreccion,
                  primerEnvioEn: null,
                  hoy,
                }),
              }
            : null,
      };
    }),
  );
  return obligaciones.sort(
    (a, b) => a.fechaLimite.localeCompare(b.fechaLimite) || a.seguimientoId - b.seguimientoId,
  );
}

export interface ResumenObligaciones {
  total: number;
  porEntregar: number;
  vencidas: number;
  enRevision: number;
  devueltas: number;
  aprobadas: number;
}

/** Counts for the summary above the list; an obligation is "por entregar" until submitted. */
export function resumirObligaciones(obligaciones: Obligacion[]): ResumenObligaciones {
  const contar = (predicado: (o: Obligacion) => boolean) => obligaciones.filter(predicado).length;
  return {
    total: obligaciones.length,
    porEntregar: contar((o) => o.estado === "PENDIENTE" || o.estado === "BORRADOR"),
    vencidas: contar((o) => o.oportunidad.tipo === "VENCIDO"),
    enRevision: contar((o) => o.estado === "ENVIADO"),
    devueltas: contar((o) => o.estado === "DEVUELTO"),
    aprobadas: contar((o) => o.estado === "APROBADO"),
  };
}
