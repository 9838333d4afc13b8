import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EventoAuditoria } from "@/server/auditoria";
import { aplicarPlan, PlanNoAplicable, TIEMPO_DEL_PLAN_MS, type ResultadoDelPlan } from "./aplicar";
import type { PlanArchivo } from "./esquema";
import type { ProblemaDelPlan } from "./lectura";

// What applying a plan file would do, found by applying it in a transaction that is then rolled
// back: the preview runs exactly the checks and writes of the real thing, and writes nothing.

export type Simulacion =
  { ok: true; resultado: ResultadoDelPlan } | { ok: false; problemas: ProblemaDelPlan[] };

class Deshacer extends Error {
  constructor(readonly resultado: ResultadoDelPlan) {
    super("simulación");
  }
}

const SIN_AUDITORIA = async (_evento: EventoAuditoria) => {};

/** The changes the file would make, or why it cannot be applied; nothing is written. */
export async function simularPlan(prisma: PrismaClient, archivo: PlanArchivo): Promise<Simulacion> {
  try {
    await prisma.$transaction(
      async (tx) => {
        throw new Deshacer(await aplicarPlan(tx, archivo, SIN_AUDITORIA));
      },
      { timeout: TIEMPO_DEL_PLAN_MS },
    );
    throw new Error("La simulación del plan no se deshizo.");
  } catch (error) {
    if (error instanceof Deshacer) return { ok: true, resultado: error.resultado };
    if (error instanceof PlanNoAplicable) return { ok: false, problemas: error.problemas };
    throw error;
  }
}
