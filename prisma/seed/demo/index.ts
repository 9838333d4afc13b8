// Demo data: vigencia 2026 (a copy of the 2020 plan), centros, users, recaudo metas and reports in
// every state, so that every screen shows something. Seeded only with --demo.
//
// Like the base data, the demo seeding only creates what is missing: it never modifies or deletes
// existing rows (for example, a report a user filled in after the first seeding).
import { type PrismaClient } from "@/generated/prisma/client";
import { TAREAS } from "@/server/cola";
import { sembrarVigencia } from "../plan";
import { PLAN_2020 } from "../plan-2020";
import { reconstruirPlazos } from "../plazos";
import { sembrarCentros, sembrarMetas, sembrarUsuarios } from "./centros-usuarios-metas";
import { ANIO_DEMO, CONTRASENA_DEMO_POR_DEFECTO, NOMBRE_VIGENCIA_DEMO } from "./datos";
import { sembrarReportes } from "./reportes";
import { type Log } from "./tipos";

export interface OpcionesDemo {
  /** Password of the demo users created by this seeding. */
  contrasena?: string;
}

export async function sembrarDemo(
  prisma: PrismaClient,
  log: Log,
  opciones: OpcionesDemo = {},
): Promise<void> {
  const vigencia = await sembrarVigencia(prisma, ANIO_DEMO, NOMBRE_VIGENCIA_DEMO, PLAN_2020);
  log(
    `Vigencia ${ANIO_DEMO} (demo): ${vigencia.planCreado ? "plan copiado de 2020" : "ya tenía plan, sin cambios"}`,
  );

  await sembrarCentros(prisma, log);
  await sembrarUsuarios(prisma, log, opciones.contrasena ?? CONTRASENA_DEMO_POR_DEFECTO);
  await sembrarMetas(prisma, log);
  await sembrarReportes(prisma, log);
  log(`Plazos de corrección y revisión reconstruidos de la historia: ${await reconstruirPlazos(prisma)}`);
  await programarPrimeraPasada(prisma);
}

/**
 * So that the demonstration shows reminders and e-mails from the first start: the worker runs a
 * pass as soon as it starts, instead of waiting for the next morning.
 */
export async function programarPrimeraPasada(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRaw`
    SELECT graphile_worker.add_job(identifier => ${TAREAS.recordatorios}::text, job_key => ${TAREAS.recordatorios}::text)`;
}
