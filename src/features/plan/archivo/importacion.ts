import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { EventoAuditoria } from "@/server/auditoria";
import { aplicarPlan, PlanNoAplicable, type ResultadoDelPlan } from "./aplicar";
import type { PlanArchivo } from "./esquema";
import type { ProblemaDelPlan } from "./lectura";

// What applying a plan file would do, found by applying it inside a savepoint that is then rolled
// back: the preview runs exactly the checks and writes of the real thing, and writes nothing.

export type Simulacion =
  { ok: true; resultado: ResultadoDelPlan } | { ok: false; problemas: ProblemaDelPlan[] };

const SIN_AUDITORIA = async (_evento: EventoAuditoria) => {};

/** The changes the file would make, or why it cannot be applied; nothing is written. */
export async function simularPlan(tx: Prisma.TransactionClient, archivo: PlanArchivo): Promise<Simulacion> {
  await tx.$executeRaw`SAVEPOINT simulacion_del_plan`;
  try {
    return { ok: true, resultado: await aplicarPlan(tx, archivo, SIN_AUDITORIA) };
  } catch (error) {
    if (error instanceof PlanNoAplicable) return { ok: false, problemas: error.problemas };
    throw error;
  } finally {
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT simulacion_del_plan`;
  }
}

/**
 * Identifies a preview: the file's bytes and the changes it would make. Confirming applies the
 * file only while applying it still makes exactly the changes the administrator read.
 */
export function huellaDelPlan(bytes: Uint8Array, cambios: readonly string[]): string {
  return createHash("sha256").update(bytes).update(JSON.stringify(cambios)).digest("hex");
}
