// The world of the plan-admin*.test.ts files. Each block works on vigencias of its own, copied from
// the base plan 2020, which stays untouched. Every file builds the scenario, which can exist only once
// per database, so each gets a database of its own.
import { expect } from "vitest";
import * as op from "@/features/plan/operaciones";
import { planParaEditar, type SeguimientoEditable } from "@/features/plan/queries";
import type { EditarSeguimiento } from "@/features/plan/schemas";
import { db } from "@/server/db";
import { usarBasePropia } from "./base-propia";
import { crearEscenario, type Escenario } from "./escenario";
import { valoresDeSeguimiento } from "@/features/plan/components/conteos";

// Set by prepararPlanAdmin in each file's beforeAll; the tests read it as they run.
export let e: Escenario;

let cerrarBase: (() => Promise<void>) | undefined;

/** For `beforeAll`: the file's own database with the scenario. */
export async function prepararPlanAdmin(): Promise<void> {
  cerrarBase = await usarBasePropia("plan_test_plan_admin");
  e = await crearEscenario("planadm");
}

/** For `afterAll`: back to the shared database, dropping the file's own. */
export async function cerrarPlanAdmin(): Promise<void> {
  await cerrarBase?.();
}

export async function copiar(anio: number, origenAnio = 2020) {
  const origen = await db().vigencia.findUniqueOrThrow({ where: { anio: origenAnio } });
  const resultado = await op.crearVigencia(e.actores.admin, {
    anio: String(anio),
    nombre: "",
    origenId: origen.id,
  });
  expect(resultado).toEqual({ ok: true, data: { anio } });
  return db().vigencia.findUniqueOrThrow({ where: { anio } });
}

export async function arbol(anio: number) {
  const plan = await planParaEditar(e.actores.admin, anio);
  if (!plan) throw new Error(`No existe la vigencia ${anio}`);
  return plan;
}

export async function seguimientoDe(anio: number, tipo: SeguimientoEditable["tipoReporte"]) {
  const plan = await arbol(anio);
  const todos = plan.temas.flatMap((t) =>
    t.lineamientos.flatMap((l) => l.acciones.flatMap((a) => a.seguimientos)),
  );
  const s = todos.find((x) => x.tipoReporte === tipo);
  if (!s) throw new Error(`La vigencia ${anio} no tiene seguimiento ${tipo}`);
  return s;
}

/** The seguimiento's form as the editor loads it, with the given changes typed in. */
export function formulario(
  vigenciaId: number,
  s: SeguimientoEditable,
  cambios: Partial<EditarSeguimiento> = {},
): EditarSeguimiento {
  return { ...valoresDeSeguimiento(vigenciaId, s), ...cambios };
}

export function auditoria(entidad: string, entidadId: number) {
  return db().auditLog.findMany({ where: { entidad, entidadId: String(entidadId) }, orderBy: { id: "asc" } });
}
