// The application's complete database: Prisma's migrations and the job queue's schema
// (graphile_worker), which the application uses inside its own transactions to enqueue e-mails.
import { Logger, runMigrations } from "graphile-worker";
import { aplicarMigraciones, vaciarBaseDePrueba } from "./migrations";

const silencioso = new Logger(() => () => undefined);

/** Installs or upgrades the queue's schema; safe to run from several processes at once. */
export async function instalarCola(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: silencioso });
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
