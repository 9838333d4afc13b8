import type { PrismaClient } from "@/generated/prisma/client";
import { limpiarIntentosVencidos } from "./limite-ingreso";

/**
 * The worker's daily upkeep: throttle keys left idle past their window, and closed-session records
 * whose sessions would have expired anyway, are of no further use.
 */
export async function mantenimientoDiario(prisma: PrismaClient, ahora = new Date()) {
  const intentos = await limpiarIntentosVencidos(prisma, ahora);
  const { count: sesiones } = await prisma.sesionCerrada.deleteMany({ where: { hasta: { lt: ahora } } });
  return { intentos, sesiones };
}
