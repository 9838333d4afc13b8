/**
 * Global setup of the e2e tests:
 * 1. creates a database `plan_e2e_…` on TEST_DATABASE_URL (or on an embedded PostgreSQL started
 *    for the occasion when it is not set), applies the migrations as its owner and seeds the demo
 *    data as the application's role (decision 0024);
 * 2. builds the application if the build is not up to date (same rule as `npm start`);
 * 3. starts the application's server (scripts/servidor.ts) on the tests' port with that
 *    DATABASE_URL, the application's role, and waits until it answers.
 * The returned function (teardown) stops the server and drops the database.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { RAIZ_DEL_PROYECTO } from "../../scripts/estado-de-compilacion";
import { seedDatabase } from "../../prisma/seed/index";
import { crearBaseDePrueba, type BaseDePrueba } from "../helpers/database";
import {
  asegurarCompilacion,
  entornoDeInstancia,
  iniciarInstancia,
  type Instancia,
} from "../helpers/instancia";
import { asegurarServidorDePruebas } from "../helpers/servidor-pruebas";

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
  let base: BaseDePrueba | undefined;
  let server: Instancia | undefined;
  // Kept for the specs that start more instances of the application on the same database.
  const secreto = process.env.NEXTAUTH_SECRET || randomBytes(32).toString("base64url");
  process.env.E2E_NEXTAUTH_SECRET = secreto;

  const teardown = async () => {
    if (server) await server.detener();
    await base?.drop().catch(() => undefined);
    if (base) log("Base de las pruebas eliminada.");
    await servidorDePruebas.detener();
  };

  try {
    log("Creando la base de las pruebas (migraciones como dueño) y sus datos de demostración…");
    base = await crearBaseDePrueba("plan_e2e");
    const databaseUrl = base.url;
    process.env.E2E_DATABASE_URL = databaseUrl;
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

async function answers(url: URL): Promise<boolean> {
  try {
    await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}
