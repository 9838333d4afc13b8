// The application's complete database: Prisma's migrations, the job queue's schema
// (graphile_worker), which the application uses inside its own transactions to enqueue e-mails, and
// the application's role allowed into that queue (decision 0024). Run as the owner of the tables.
import { Logger, runMigrations } from "graphile-worker";
import pg from "pg";
import { aplicarMigraciones, vaciarBaseDePrueba } from "./migrations";
import { permitirLaColaALaAplicacion } from "./permisos";

const silencioso = new Logger(() => () => undefined);

/** Installs or upgrades the queue's schema and lets the application's role use it; safe to run from several processes at once. */
export async function instalarCola(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: silencioso });
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await permitirLaColaALaAplicacion(client);
  } finally {
    await client.end();
  }
}

/** Applies pending migrations and installs the queue; returns the migrations applied. */
export async function prepararBase(databaseUrl: string): Promise<string[]> {
  const aplicadas = await aplicarMigraciones(databaseUrl);
  await instalarCola(databaseUrl);
  return aplicadas;
}

/** `resetDatabase`, and the queue anew (its pending jobs referred to rows that no longer exist). */
export async function restablecerBase(databaseUrl: string, opciones: { force?: boolean } = {}) {
  const aplicadas = await vaciarBaseDePrueba(databaseUrl, opciones, [
    'DROP SCHEMA IF EXISTS "graphile_worker" CASCADE',
  ]);
  await instalarCola(databaseUrl);
  return aplicadas;
}
