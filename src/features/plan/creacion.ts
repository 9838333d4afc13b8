// Creating and reading a whole plan inside the caller's transaction. Both the seed (the plan of the
// source document) and the copy of a vigencia use it, so it does not depend on the Next server.

import type { Prisma } from "@/generated/prisma/client";
import { leerFormulario, type Formulario } from "@/lib/seguimientos/declaracion";
import { tipoReporteDeClave } from "./declaraciones-2020";
import type { Plan, PlanAccion, PlanLineamiento, PlanSeguimiento, PlanTema } from "./forma";

type Cliente = Prisma.TransactionClient;

export function datosDeSeguimiento(vigenciaId: number, seguimiento: PlanSeguimiento) {
  const { campos, reglas, indicadores, desglosePorRegional, tablaDeReportes } = seguimiento;
  const formulario: Formulario = { campos, reglas, indicadores, desglosePorRegional, tablaDeReportes };
  return {
    // A seguimiento's vigencia is always its acción's.
    vigenciaId,
    clave: seguimiento.clave,
    nombre: seguimiento.nombre,
    herramienta: seguimiento.herramienta,
    periodicidad: seguimiento.periodicidad,
    alcance: seguimiento.alcance,
    obligados: seguimiento.obligados,
    formulario: JSON.parse(JSON.stringify(formulario)) as Prisma.InputJsonObject,
    diasOportunidad: seguimiento.diasOportunidad,
    observacion: seguimiento.observacion,
    responsables: {
      create: seguimiento.responsables.map((responsable, i) => ({
        cargo: responsable.cargo,
        rol: responsable.rol,
        orden: i + 1,
      })),
    },
  };
}

/** A new seguimiento of one of the 2020 kinds keeps its reports' detail in that kind's tables. */
export function datosDeSeguimientoNuevo(vigenciaId: number, seguimiento: PlanSeguimiento) {
  return {
    ...datosDeSeguimiento(vigenciaId, seguimiento),
    tipoReporte: tipoReporteDeClave(seguimiento.clave),
  };
}

/**
 * Creates every tema of the plan in the vigencia with its lineamientos, acciones, seguimientos and
 * responsables, in the plan's order. An acción's seguimientos are ordered by id, so they are created
 * one by one.
 */
export async function crearPlan(tx: Cliente, vigenciaId: number, plan: Plan): Promise<void> {
  for (const [iTema, tema] of plan.entries()) {
    const { id: temaId } = await tx.tema.create({
      data: { vigenciaId, codigo: tema.codigo, nombre: tema.nombre, orden: iTema + 1 },
      select: { id: true },
    });
    for (const [iLineamiento, lineamiento] of tema.lineamientos.entries()) {
      const { id: lineamientoId } = await tx.lineamiento.create({
        data: { temaId, texto: lineamiento.texto, orden: iLineamiento + 1 },
        select: { id: true },
      });
      for (const [iAccion, accion] of lineamiento.acciones.entries()) {
        const { id: accionId } = await tx.accion.create({
          data: {
            lineamientoId,
            texto: accion.texto,
            resultadoEsperado: accion.resultadoEsperado,
            orden: iAccion + 1,
          },
          select: { id: true },
        });
        for (const seguimiento of accion.seguimientos) {
          await tx.seguimiento.create({
            data: { accionId, ...datosDeSeguimientoNuevo(vigenciaId, seguimiento) },
            select: { id: true },
          });
        }
      }
    }
  }
}

const INCLUIR_SEGUIMIENTO = { responsables: { orderBy: { orden: "asc" } } } as const;
const INCLUIR_ACCION = {
  seguimientos: { orderBy: { id: "asc" }, include: INCLUIR_SEGUIMIENTO },
} as const;
const INCLUIR_LINEAMIENTO = {
  acciones: { orderBy: { orden: "asc" }, include: INCLUIR_ACCION },
} as const;
/** What to include with a tema to read its whole subtree, in the plan's order. */
export const INCLUIR_TEMA = {
  lineamientos: { orderBy: { orden: "asc" }, include: INCLUIR_LINEAMIENTO },
} as const;

type SeguimientoLeido = Prisma.SeguimientoGetPayload<{ include: typeof INCLUIR_SEGUIMIENTO }>;
type AccionLeida = Prisma.AccionGetPayload<{ include: typeof INCLUIR_ACCION }>;
type LineamientoLeido = Prisma.LineamientoGetPayload<{ include: typeof INCLUIR_LINEAMIENTO }>;
type TemaLeido = Prisma.TemaGetPayload<{ include: typeof INCLUIR_TEMA }>;

export function formaDeSeguimiento(s: SeguimientoLeido): PlanSeguimiento {
  return {
    clave: s.clave,
    nombre: s.nombre,
    herramienta: s.herramienta,
    periodicidad: s.periodicidad,
    alcance: s.alcance,
    obligados: s.obligados,
    diasOportunidad: s.diasOportunidad,
    observacion: s.observacion,
    responsables: s.responsables.map((r) => ({ cargo: r.cargo, rol: r.rol })),
    ...leerFormulario(s.formulario),
  };
}

export function formaDeAccion(a: AccionLeida): PlanAccion {
  return {
    texto: a.texto,
    resultadoEsperado: a.resultadoEsperado,
    seguimientos: a.seguimientos.map(formaDeSeguimiento),
  };
}

export function formaDeLineamiento(l: LineamientoLeido): PlanLineamiento {
  return { texto: l.texto, acciones: l.acciones.map(formaDeAccion) };
}

export function formaDeTema(t: TemaLeido): PlanTema {
  return { codigo: t.codigo, nombre: t.nombre, lineamientos: t.lineamientos.map(formaDeLineamiento) };
}

/** Reads a node with its whole subtree, in the plan's order, for copies and audit trails. */
export const leerSubarbol = {
  tema: (tx: Cliente, id: number) =>
    tx.tema.findUniqueOrThrow({ where: { id }, include: INCLUIR_TEMA }).then(formaDeTema),
  lineamiento: (tx: Cliente, id: number) =>
    tx.lineamiento
      .findUniqueOrThrow({ where: { id }, include: INCLUIR_LINEAMIENTO })
      .then(formaDeLineamiento),
  accion: (tx: Cliente, id: number) =>
    tx.accion.findUniqueOrThrow({ where: { id }, include: INCLUIR_ACCION }).then(formaDeAccion),
  seguimiento: (tx: Cliente, id: number) =>
    tx.seguimiento
      .findUniqueOrThrow({ where: { id }, include: INCLUIR_SEGUIMIENTO })
      .then(formaDeSeguimiento),
};

/** A vigencia's plan as stored, in its order, without ids or versions. */
export async function leerPlan(tx: Cliente, vigenciaId: number): Promise<Plan> {
  const temas = await tx.tema.findMany({
    where: { vigenciaId },
    orderBy: { orden: "asc" },
    include: INCLUIR_TEMA,
  });
  return temas.map(formaDeTema);
}
