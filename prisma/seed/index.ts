// Database seeding: base data (regionales and Plan de Acción 2020) and, optionally, demo data. It is
// idempotent: it only creates what is missing (by the schema's unique keys), never modifies or
// deletes existing rows, so running it again changes nothing.

import { leerDespliegue } from "@/lib/despliegue";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { sembrarDemo } from "./demo/index";
import { PLAN_2020 } from "./plan-2020";
import { sembrarVigencia } from "./plan";
import { REGIONALES } from "./regionales";

export interface SeedOptions {
  /** Besides the base data, seeds the demo data. */
  demo: boolean;
  log?: (msg: string) => void;
  /**
   * Password of the demo users that get created (existing ones are left untouched). Defaults to the
   * DEMO_PASSWORD environment variable or "Plan2020!".
   */
  claveDemo?: string;
}

export const ANIO_PLAN_BASE = 2020;
export const NOMBRE_VIGENCIA_BASE = "Plan de Acción 2020";

export const MENSAJE_DEMO_EN_PRODUCCION =
  "DESPLIEGUE=produccion: no se cargan datos de demostración. Sus cuentas tienen una contraseña " +
  "pública y la aplicación no inicia mientras existan. Para una base de demostración, use " +
  "DESPLIEGUE=demostracion con otra base de datos.";

export async function seedDatabase(databaseUrl: string, options: SeedOptions): Promise<void> {
  // Before connecting: in a deployment, demo accounts never reach the database.
  if (options.demo && leerDespliegue() === "produccion") throw new Error(MENSAJE_DEMO_EN_PRODUCCION);
  const log = options.log ?? (() => {});
  const prisma = crearClientePrisma(databaseUrl);
  try {
    const regionales = await prisma.regional.createMany({
      data: REGIONALES.map(({ codigo, nombre }) => ({ codigo, nombre })),
      skipDuplicates: true,
    });
    log(`Regionales: ${REGIONALES.length} definidas, ${regionales.count} nuevas`);

    const vigencia = await sembrarVigencia(prisma, ANIO_PLAN_BASE, NOMBRE_VIGENCIA_BASE, PLAN_2020);
    log(`Vigencia ${ANIO_PLAN_BASE}: ${vigencia.planCreado ? "plan creado" : "ya tenía plan, sin cambios"}`);

    if (options.demo) {
      const contrasena = options.claveDemo ?? (process.env.DEMO_PASSWORD || undefined);
      await sembrarDemo(prisma, log, { contrasena });
    }
  } finally {
    await prisma.$disconnect();
  }
}
