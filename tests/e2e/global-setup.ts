/**
 * Global setup of the e2e tests:
 * 1. creates the database `plan_e2e_<timestamp>` on TEST_DATABASE_URL (or on an embedded
 *    PostgreSQL started for the occasion when it is not set), applies the migrations and
 *    seeds the demo data;
 * 2. builds the application if the build is not up to date (same rule as `npm start`);
 * 3. starts the application's server (scripts/servidor.ts) on the tests' port with that
 *    DATABASE_URL and waits until it answers.
 * The returned function (teardown) stops the server and drops the database.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import pg from "pg";
import { RAIZ_DEL_PROYECTO } from "../../scripts/estado-de-compilacion";
import { prepararBase } from "../../scripts/db/preparar";
import { seedDatabase } from "../../prisma/seed/index";
import {
  asegurarCompilacion,
  entornoDeInstancia,
  iniciarInstancia,
  type Instancia,
} from "../helpers/instancia";
import { asegurarServidorDePruebas } from "../helpers/servidor-pruebas";

const DATABASE_PREFIX = "plan_e2e_";
/** Databases of earlier runs that died without teardown: dropped once this time has passed. */
const STALE_DATABASE_MS = 6 * 60 * 60 * 1000;

const log = (message: string) => console.log(`[e2e] ${message}`);

export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const baseURL = new URL(String(config.projects[0]?.use.baseURL ?? "http://localhost:3100"));
  const port = baseURL.port || "80";
  const isCI = Boolean(process.env.CI);

  if (await answers(new URL("/login", baseURL))) {
    if (isCI) {
      throw new Error(
        `El puerto ${port} ya está en uso y en CI no se reutilizan servidores: detenga el proceso ` +
          "que lo ocupa.",
      );
    }
    log(
      `AVISO: ya hay un servidor en ${baseURL.origin}; se reutiliza con su propia base de datos ` +
        "(fuera de CI). Deténgalo para probar contra una base nueva.",
    );
    return async () => undefined;
  }

  const servidorDePruebas = await asegurarServidorDePruebas(log);
  const adminUrl = servidorDePruebas.url;
  const databaseName = `${DATABASE_PREFIX}${Date.now()}`;
  const databaseUrl = conLaBase(adminUrl, databaseName);
  let server: Instancia | undefined;
  // Kept for the specs that start more instances of the application on the same database.
  const secreto = process.env.NEXTAUTH_SECRET || randomBytes(32).toString("base64url");
  process.env.E2E_DATABASE_URL = databaseUrl;
  process.env.E2E_NEXTAUTH_SECRET = secreto;

  const teardown = async () => {
    if (server) await server.detener();
    await dropDatabase(adminUrl, databaseName).catch(() => undefined);
    log(`Base ${databaseName} eliminada.`);
    await servidorDePruebas.detener();
  };

  try {
    await borrarBasesViejas(adminUrl);
    await conCliente(adminUrl, (client) =>
      client.query(`create database ${client.escapeIdentifier(databaseName)}`),
    );
    log(`Base ${databaseName} creada; aplicando migraciones y datos de demostración…`);
    await prepararBase(databaseUrl);
    await seedDatabase(databaseUrl, { demo: true });

    const env = entornoDeInstancia({ databaseUrl, puerto: Number(port), registro: "", secreto });
    await asegurarCompilacion(env, log);

    const outputDir = config.projects[0]?.outputDir ?? path.join(RAIZ_DEL_PROYECTO, "test-results");
    const registro = path.join(outputDir, "e2e-server.log");
    log(
      `Iniciando la aplicación en ${baseURL.origin} (registro: ${path.relative(RAIZ_DEL_PROYECTO, registro)})…`,
    );
    // The application's own server, as `npm start` runs it (scripts/servidor.ts).
    server = await iniciarInstancia({ databaseUrl, puerto: Number(port), registro, secreto });
    log("Aplicación lista.");
    return teardown;
  } catch (error) {
    await teardown().catch((cleanupError: unknown) => {
      console.error("[e2e] Error al limpiar tras un fallo:", cleanupError);
    });
    throw error;
  }
}

function conLaBase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function conCliente<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `No se pudo conectar a ${url} (TEST_DATABASE_URL) para crear la base de las pruebas: ` +
        `${(error as Error).message}. ¿Está PostgreSQL en marcha?`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  await conCliente(adminUrl, (client) =>
    client.query(`drop database if exists ${client.escapeIdentifier(database)} with (force)`),
  );
}

async function borrarBasesViejas(adminUrl: string): Promise<void> {
  const stale = await conCliente(adminUrl, async (client) => {
    const result = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`${DATABASE_PREFIX}%`],
    );
    return result.rows
      .map((row) => row.datname)
      .filter((name) => {
        const createdAt = Number(name.slice(DATABASE_PREFIX.length));
        return Number.isFinite(createdAt) && Date.now() - createdAt > STALE_DATABASE_MS;
      });
  });
  for (const name of stale) {
    await dropDatabase(adminUrl, name);
    log(`Base abandonada ${name} eliminada.`);
  }
}

async function answers(url: URL): Promise<boolean> {
  try {
    await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}
