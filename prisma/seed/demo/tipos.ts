// Types and constants shared by the files of the demo seeding.

import {
  type EstadoReporte,
  type Periodicidad,
  type Prisma,
  type TipoReporte,
} from "@/generated/prisma/client";
import { fechaBogota } from "../periodos";

export type Log = (mensaje: string) => void;

/**
 * Cutoff instant of the demo data: no submission or review is later. The data represents the state
 * of the seguimiento in November 2026.
 */
export const CORTE_DEMO = fechaBogota(2026, 11, 20, 17, 0);
export const HORA_MS = 3_600_000;

export type Estado = EstadoReporte;
export type EstadoOFaltante = Estado | "FALTANTE";
export type Pesos = Readonly<Partial<Record<EstadoOFaltante, number>>>;

export type Detalle =
  | {
      tipo: "RECAUDO";
      datos: Omit<Prisma.ReporteRecaudoCreateManyInput, "reporteId">;
      porRegional: Omit<Prisma.ReporteRecaudoRegionalCreateManyInput, "reporteId">[];
    }
  | { tipo: "COMITE_PRECIOS"; datos: Omit<Prisma.ReporteComitePreciosCreateManyInput, "reporteId"> }
  | {
      tipo: "TRAZABILIDAD_VENTAS";
      datos: Omit<Prisma.ReporteTrazabilidadVentasCreateManyInput, "reporteId">;
    }
  | {
      tipo: "EJECUCION_RECURSOS";
      datos: Omit<Prisma.ReporteEjecucionRecursosCreateManyInput, "reporteId">;
    };

export interface ReporteDemo {
  reporte: Prisma.ReporteCreateManyInput;
  detalle: Detalle;
}

export interface SeguimientoDemo {
  id: number;
  vigenciaId: number;
  tipo: TipoReporte;
  periodicidad: Periodicidad;
  diasOportunidad: number;
}

export interface CentroBD {
  id: number;
  codigo: string;
  generaAprovechamiento: boolean;
}

export interface Contexto {
  coordinadorId: number;
  adminId: number;
  /** Subdirector (user) of each centro that has one. */
  subdirectorPorCentro: Map<number, number>;
}

export interface Marcas {
  estado: Estado;
  tarde: boolean;
  /** Returned once and resubmitted (ENVIADO or APROBADO only). */
  reenviado: boolean;
}

export const COMENTARIOS_DEVOLUCION: Readonly<Record<TipoReporte, readonly string[]>> = {
  RECAUDO: ["El recaudo por regional no coincide con el total reportado; por favor revise."],
  COMITE_PRECIOS: [
    "Falta adjuntar el acta del comité de precios firmada por sus integrantes.",
    "La fecha del acta no corresponde a la vigencia reportada. Por favor corrija y vuelva a enviar.",
    "El número de productos y servicios con precio no coincide con el listado del acta.",
  ],
  TRAZABILIDAD_VENTAS: [
    "El total facturado con DEF no coincide con el reporte del Sistema Nacional de Producción de Centros. Por favor verifique y vuelva a enviar.",
    "Los pagos recibidos superan el total facturado; revise las cifras del trimestre.",
    "El número de documentos equivalentes a factura no corresponde al periodo reportado.",
  ],
  EJECUCION_RECURSOS: [
    "Adjunte el soporte del registro en el aplicativo Plan de Acción, módulo de Producción de Centros.",
    "Los recursos ejecutados superan lo asignado; verifique con el área financiera del centro.",
  ],
};

/** Probability of each state (or of the report being missing) per type and period. */
export const PESOS_COMITE_2020: Pesos = { APROBADO: 70, ENVIADO: 10, DEVUELTO: 8, FALTANTE: 12 };
export const PESOS_TRAZABILIDAD_2020: Pesos = {
  APROBADO: 80,
  ENVIADO: 4,
  DEVUELTO: 4,
  BORRADOR: 2,
  FALTANTE: 10,
};
export const PESOS_EJECUCION_2020: Pesos = {
  APROBADO: 75,
  ENVIADO: 8,
  DEVUELTO: 5,
  BORRADOR: 2,
  FALTANTE: 10,
};
export const PESOS_TRAZABILIDAD_DEMO_T1: Pesos = {
  APROBADO: 70,
  ENVIADO: 8,
  DEVUELTO: 5,
  BORRADOR: 5,
  FALTANTE: 12,
};
export const PESOS_TRAZABILIDAD_DEMO_T2: Pesos = {
  APROBADO: 50,
  ENVIADO: 20,
  DEVUELTO: 8,
  BORRADOR: 7,
  FALTANTE: 15,
};
export const PESOS_TRAZABILIDAD_DEMO_T3: Pesos = {
  APROBADO: 20,
  ENVIADO: 40,
  DEVUELTO: 8,
  BORRADOR: 12,
  FALTANTE: 20,
};
export const PESOS_COMITE_DEMO: Pesos = { APROBADO: 30, ENVIADO: 15, BORRADOR: 5, FALTANTE: 50 };

export interface OpcionesReporte {
  pesos: Pesos;
  /** Forces a submission past the deadline (true) or on time (false); random by default. */
  tarde?: boolean;
  /** Forces (or rules out) a prior return and resubmission; random by default. */
  reenviado?: boolean;
  /** The centro records no sales in the period (trazabilidad all zeros). */
  sinVentas?: boolean;
}
