// Creates a vigencia with its plan (temas → lineamientos → acciones → seguimientos → responsables)
// from a typed constant, so that the same plan serves for any year.

import { crearPlan } from "@/features/plan/creacion";
import type { Plan } from "@/features/plan/forma";
import type { PrismaClient } from "@/generated/prisma/client";

export interface ResultadoVigencia {
  vigenciaId: number;
  /** False if the vigencia already had a plan and was left as it was. */
  planCreado: boolean;
}

/**
 * Creates the vigencia `anio` if it does not exist and, if it has no temas yet, its whole plan in a
 * single transaction. An existing plan is left untouched: once created it belongs to the
 * administrators, and seeding again must neither undo their changes nor duplicate anything.
 */
export async function sembrarVigencia(
  prisma: PrismaClient,
  anio: number,
  nombre: string,
  plan: Plan,
): Promise<ResultadoVigencia> {
  const vigencia = await prisma.vigencia.upsert({
    where: { anio },
    create: { anio, nombre },
    update: {},
    select: { id: true },
  });
  const vigenciaId = vigencia.id;

  if ((await prisma.tema.count({ where: { vigenciaId } })) > 0) {
    return { vigenciaId, planCreado: false };
  }

  await prisma.$transaction((tx) => crearPlan(tx, vigenciaId, plan));
  return { vigenciaId, planCreado: true };
}
