// Datos de demostración: vigencia 2026 (copia del plan 2020), centros, usuarios, metas de recaudo y
// reportes en todos los estados, para que cada pantalla muestre algo. Solo se siembran con --demo.
//
// Como la base, la siembra de demostración solo crea lo que falta: nunca modifica ni borra filas
// existentes (por ejemplo, un reporte que un usuario diligenció después de la primera siembra).
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
  /** Contraseña de los usuarios de demostración que se creen en esta siembra. */
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
