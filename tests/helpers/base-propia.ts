import type { PrismaClient } from "@/generated/prisma/client";
import { crearBaseDePrueba } from "./database";

const global = globalThis as unknown as { prisma?: PrismaClient };

/** Drops the application's client (`db()`): its next use connects to whatever DATABASE_URL says then. */
async function soltarCliente() {
  await global.prisma?.$disconnect();
  global.prisma = undefined;
}

/**
 * Moves the test file to a database of its own, freshly migrated on the same server, for the files
 * whose rows would change what other files count or whose fixtures can only exist once per database.
 * Call it in `beforeAll` before anything touches the database; the returned function (for `afterAll`)
 * puts DATABASE_URL and DATABASE_URL_PROPIETARIO back and drops that database.
 */
export async function usarBasePropia(prefijo: string): Promise<() => Promise<void>> {
  const base = await crearBaseDePrueba(prefijo);
  const compartida = { app: process.env.DATABASE_URL, propietario: process.env.DATABASE_URL_PROPIETARIO };
  await soltarCliente();
  process.env.DATABASE_URL = base.url;
  process.env.DATABASE_URL_PROPIETARIO = base.urlPropietario;
  return async () => {
    await soltarCliente();
    process.env.DATABASE_URL = compartida.app;
    process.env.DATABASE_URL_PROPIETARIO = compartida.propietario;
    await base.drop();
  };
}
