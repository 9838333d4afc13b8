// Creación de una vigencia con su plan (temas → lineamientos → acciones → seguimientos →
// responsables) a partir de una constante tipada, de modo que el mismo plan sirva para cualquier año.

import { crearPlan } from "@/features/plan/creacion";
import type { Plan } from "@/features/plan/forma";
import type { PrismaClient } from "@/generated/prisma/client";

export interface ResultadoVigencia {
  vigenciaId: number;
  /** Falso si la vigencia ya tenía plan y se dejó como estaba. */
  planCreado: boolean;
}

/**
 * Crea la vigencia `anio` si no existe y, si aún no tiene temas, su plan completo en una sola
 * transacción. Un plan ya existente no se toca: a partir de su creación pertenece a los
 * administradores, y volver a sembrar no debe deshacer sus cambios ni duplicar nada.
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
