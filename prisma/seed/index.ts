// Siembra de la base de datos: datos base (regionales y Plan de Acción 2020) y, opcionalmente, datos
// de demostración. Es idempotente: solo crea lo que falta (claves únicas del esquema), nunca
// modifica ni borra filas existentes, así que ejecutarla de nuevo no cambia nada.

import { crearClientePrisma } from "@/server/cliente-prisma";
import { sembrarDemo } from "./demo/index";
import { PLAN_2020 } from "./plan-2020";
import { sembrarVigencia } from "./plan";
import { REGIONALES } from "./regionales";

export interface SeedOptions {
  /** Además de los datos base, siembra los datos de demostración. */
  demo: boolean;
  log?: (msg: string) => void;
  /**
   * Contraseña de los usuarios de demostración que se creen (los existentes no se tocan). Por
   * omisión, la variable de entorno DEMO_PASSWORD o "Plan2020!".
   */
  claveDemo?: string;
}

export const ANIO_PLAN_BASE = 2020;
export const NOMBRE_VIGENCIA_BASE = "Plan de Acción 2020";

export async function seedDatabase(databaseUrl: string, options: SeedOptions): Promise<void> {
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
