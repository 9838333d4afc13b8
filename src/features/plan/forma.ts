// The shape of a Plan de Acción without ids, versions or dates: what the seed transcribes from the
// source document, what is copied from one vigencia to another, what a plan file holds and what is
// compared to tell whether two plans are equal. Every list is in the plan's order. The types are
// the plan file's (./archivo/esquema.ts).

import type { AccionDelPlan, LineamientoDelPlan, SeguimientoDelPlan, TemaDelPlan } from "./archivo/esquema";

export type PlanSeguimiento = SeguimientoDelPlan;
export type PlanResponsable = PlanSeguimiento["responsables"][number];
export type PlanAccion = AccionDelPlan;
export type PlanLineamiento = LineamientoDelPlan;
export type PlanTema = TemaDelPlan;

/** A vigencia's whole plan: temas → lineamientos → acciones → seguimientos → responsables. */
export type Plan = readonly PlanTema[];
