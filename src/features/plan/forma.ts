// The shape of a Plan de Acción without ids, versions or dates: what the seed transcribes from the
// source document, what is copied from one vigencia to another, and what is compared to tell whether
// two plans are equal. Every list is in the plan's order.

import type { Alcance, Herramienta, Periodicidad, Rol, TipoReporte } from "@/generated/prisma/enums";

export interface PlanResponsable {
  readonly cargo: string;
  readonly rol: Rol;
}

export interface PlanSeguimiento {
  readonly herramienta: Herramienta;
  readonly periodicidad: Periodicidad;
  readonly alcance: Alcance;
  readonly tipoReporte: TipoReporte;
  readonly diasOportunidad: number;
  readonly observacion: string;
  readonly soloCentrosConAprovechamiento: boolean;
  /** In the plan's order; the `orden` stored is the position + 1. */
  readonly responsables: readonly PlanResponsable[];
}

export interface PlanAccion {
  readonly texto: string;
  readonly resultadoEsperado: string;
  readonly seguimientos: readonly PlanSeguimiento[];
}

export interface PlanLineamiento {
  readonly texto: string;
  readonly acciones: readonly PlanAccion[];
}

export interface PlanTema {
  readonly codigo: string;
  readonly nombre: string;
  readonly lineamientos: readonly PlanLineamiento[];
}

/** A vigencia's whole plan: temas → lineamientos → acciones → seguimientos → responsables. */
export type Plan = readonly PlanTema[];
