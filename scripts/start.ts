/**
 * `npm start` (and `npm run dev`, with `--dev`): gets the application ready with a single command.
 *
 * 1. Database: DATABASE_URL if it is set; otherwise an embedded PostgreSQL in .data/postgres,
 *    supervised: if its process dies it is started again on the same port.
 * 2. Pending migrations and, if the database has no vigencias, initial data (with demo data on
 *    the embedded database, or with SEED_DEMO=true on an external one).
 * 3. `prisma generate` if the client is missing; `next build` if the build is not up to date
 *    (with `--dev`, `next dev` instead).
 * 4. `next start -p ${PORT:-3000}` and the queue worker (e-mails and reminders); Ctrl-C or
 *    SIGTERM stop Next.js, then the worker and finally the embedded database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { configuracionSmtp } from "@/server/correo";
import { configuracionEntra } from "@/server/entra";
import { leerConfianza } from "@/lib/direccion";
import { leerEstadoDeCompilacion, invalidarCompilacion, RAIZ_DEL_PROYECTO } from "./estado-de-compilacion";
import { countActiveAdmins, countVigencias, existingDemoAccounts } from "./db/estado";
import { iniciarTrabajadorVigilado, type TrabajadorVigilado } from "./cola/proceso";
import { hostPorDefecto, leerDespliegue } from "@/lib/despliegue";
import { ACCESOS_DEMO, claveDemo } from "./cuentas-demo";
import { vigilarPostgresEmbebido, type PostgresVigilado } from "./embedded-postgres-supervisor";

const DEV = process.argv.includes("--dev");
const BIN = path.join(RAIZ_DEL_PROYECTO, "node_modules", ".bin");
const READY_TIMEOUT_MS = DEV ? 600_000 : 180_000;
const CHILD_STOP_TIMEOUT_MS = 15_000;

let shuttingDown = false;
let shutdownStartedAt = 0;
/** Child process currently running (prisma generate, next build or the Next.js server). */
let currentChild: ChildProcess | undefined;
let currentLabel = "";
let embeddedStarting: Promise<PostgresVigilado> | undefined;
let worker: TrabajadorVigilado | undefined;

const info = (message: string) => console.log(`[inicio] ${message}`);

async function main(): Promise<void> {
  process.chdir(RAIZ_DEL_PROYECTO);
  loadEnvFiles();
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const port = process.env.PORT?.trim() || "3000";
  process.env.PORT = port;
  // A mistyped setting is said now, not when it is first needed.
  const despliegue = leerDespliegue();
  leerConfianza(process.env.TRUST_PROXY);
  if (despliegue === "produccion" && !process.env.NEXTAUTH_URL?.trim().startsWith("https://")) {
    throw new Error(
      "DESPLIEGUE=produccion: defina NEXTAUTH_URL con la dirección pública https:// de la aplicación " +
        "(las sesiones viajan solo por https).",
    );
  }
  const smtp = configuracionSmtp();
  info(
    smtp
      ? `Los correos salen por ${redact(smtp.url)}.`
      : "SMTP_URL no está definida: los correos no salen del servidor; quedan en la bandeja de salida (/admin/correos).",
  );

  const entra = configuracionEntra();
  info(
    entra
      ? `Ingreso con la cuenta institucional por ${entra.emisor} (${entra.inquilinos.length === 1 ? "un directorio" : `${entra.inquilinos.length} directorios`}).`
      : "Ingreso con la cuenta institucional sin configurar (ENTRA_*): solo con contraseña.",
  );

  if (!existsSync(path.join(RAIZ_DEL_PROYECTO, "src", "generated", "prisma"))) {
    info("Generando el cliente de Prisma (prisma generate)…");
    await runChecked(path.join(BIN, "prisma"), ["generate"], "prisma generate");
  }

  // 1. Database
  const externalUrl = process.env.DATABASE_URL?.trim();
  const embedded = !externalUrl;
  let databaseUrl: string;
  if (externalUrl) {
    databaseUrl = externalUrl;
    info(`Usando la base de datos de DATABASE_URL (${redact(databaseUrl)}).`);
  } else {
    info("DATABASE_URL no está definida: se usa PostgreSQL embebido (.data/postgres).");
    embeddedStarting = vigilarPostgresEmbebido({ log: info });
    databaseUrl = (await embeddedStarting).url;
    process.env.DATABASE_URL = databaseUrl;
    info(`PostgreSQL embebido listo en ${redact(databaseUrl)}.`);
  }
  if (shuttingDown) return;

  // 2. Migrations and initial data. Imported here: the seed uses the generated client.
  const { prepararBase } = await import("./db/preparar");
  const { seedDatabase } = await import("../prisma/seed/index");
  info("Aplicando migraciones pendientes…");
  const applied = await prepararBase(databaseUrl);
  info(
    applied.length > 0
      ? `Migraciones aplicadas: ${applied.join(", ")}.`
      : "El esquema está al día: no hay migraciones pendientes.",
  );
  const { carpetaDeEvidenciasEnDisco, importarEvidenciasEnDisco, informeDeImportacion } =
    await import("./db/evidencias-en-disco");
  const carpeta = carpetaDeEvidenciasEnDisco(RAIZ_DEL_PROYECTO);
  for (const linea of informeDeImportacion(await importarEvidenciasEnDisco(databaseUrl, carpeta), carpeta)) {
    info(linea);
  }
  if (shuttingDown) return;

  if ((await countVigencias(databaseUrl)) === 0) {
    const demo = despliegue !== "produccion" && (embedded || process.env.SEED_DEMO === "true");
    if (demo) {
      info("La base de datos está vacía: se cargan el plan base y los datos de demostración…");
    } else {
      info(
        "La base de datos está vacía: se carga solo el plan base, sin datos ni usuarios de " +
          "demostración (defina SEED_DEMO=true para incluirlos).",
      );
    }
    await seedDatabase(databaseUrl, { demo, log: (message) => info(`  ${message}`) });
    info("Datos iniciales cargados.");
  }
  const demoEmails = await existingDemoAccounts(databaseUrl);
  if (despliegue === "produccion" && demoEmails.size > 0) {
    throw new Error(
      `DESPLIEGUE=produccion y la base tiene cuentas de demostración (${[...demoEmails].join(", ")}), ` +
        "cuya contraseña es pública. Elimínelas de la base o use una base sin datos de demostración.",
    );
  }
  if (despliegue === "produccion" && (await countActiveAdmins(databaseUrl)) === 0) {
    info("No hay ningún administrador activo: cree el primero con `npm run admin:crear`.");
  }
  if (!process.env.HOST?.trim()) {
    process.env.HOST = hostPorDefecto(despliegue);
    if (process.env.HOST === "local") {
      info("Demostración: la aplicación solo atiende en este equipo (defina HOST para abrirla a la red).");
    }
  }
  if (shuttingDown) return;

  // 3. Sessions and build
  ensureAuthSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  if (!DEV) {
    const state = leerEstadoDeCompilacion(RAIZ_DEL_PROYECTO);
    if (state.stale) {
      info(`Compilando la aplicación con next build (${state.reason}); tarda unos minutos…`);
      invalidarCompilacion(RAIZ_DEL_PROYECTO);
      try {
        await runChecked(path.join(BIN, "next"), ["build"], "next build");
      } catch (error) {
        invalidarCompilacion(RAIZ_DEL_PROYECTO);
        throw error;
      }
    } else {
      info("La compilación de producción está al día: se omite next build.");
    }
  }
  if (shuttingDown) return;

  // 4. Server: our own (scripts/servidor.ts) in production; `next dev` in development.
  info(`Iniciando Next.js (${DEV ? "next dev" : "scripts/servidor.ts"}) en el puerto ${port}…`);
  const server = DEV
    ? spawn(path.join(BIN, "next"), ["dev", "-p", port], {
        cwd: RAIZ_DEL_PROYECTO,
        env: process.env,
        stdio: "inherit",
      })
    : spawn(path.join(BIN, "tsx"), ["scripts/servidor.ts"], {
        cwd: RAIZ_DEL_PROYECTO,
        env: process.env,
        stdio: "inherit",
      });
  currentChild = server;
  currentLabel = "Next.js";
  server.once("exit", (code, signal) => {
    if (shuttingDown) return;
    void shutdown(
      `Next.js terminó inesperadamente (${signal ? `señal ${signal}` : `código ${code}`})`,
      code || 1,
    );
  });

  info("Iniciando el trabajador de la cola (correos y recordatorios)…");
  worker = iniciarTrabajadorVigilado(process.env, info, () => !shuttingDown);

  const baseUrl = `http://localhost:${port}`;
  if (await waitForHttp(`${baseUrl}/login`, server)) {
    printBanner(process.env.NEXTAUTH_URL ?? baseUrl, demoEmails);
  } else if (!shuttingDown) {
    await shutdown(`Next.js no respondió en ${baseUrl}/login`, 1);
  }
}

/** Loads .env.local and .env (without overwriting variables already set), as Next.js does. */
function loadEnvFiles(): void {
  for (const file of [".env.local", ".env"]) {
    const full = path.join(RAIZ_DEL_PROYECTO, file);
    if (existsSync(full)) process.loadEnvFile(full);
  }
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    return parsed.toString();
  } catch {
    return "(URL no válida)";
  }
}

/** A persistent NEXTAUTH_SECRET in .data/secret, so that sessions survive restarts. */
function ensureAuthSecret(): void {
  if (process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET) return;
  const file = path.join(RAIZ_DEL_PROYECTO, ".data", "secret");
  let secret = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (!secret) {
    secret = randomBytes(32).toString("base64url");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    info("Se generó NEXTAUTH_SECRET y se guardó en .data/secret.");
  }
  process.env.NEXTAUTH_SECRET = secret;
}

function run(command: string, args: string[], label: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: RAIZ_DEL_PROYECTO, env: process.env, stdio: "inherit" });
    currentChild = child;
    currentLabel = label;
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (currentChild === child) currentChild = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

async function runChecked(command: string, args: string[], label: string): Promise<void> {
  const code = await run(command, args, label);
  if (code !== 0 && !shuttingDown) throw new Error(`${label} falló (código ${code}).`);
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

async function waitForHttp(url: string, server: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && !shuttingDown && isRunning(server)) {
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

function printBanner(url: string, demoEmails: Set<string>): void {
  const line = "─".repeat(64);
  const rows = [line, "  Seguimiento al Plan de Acción — listo", `  Abra ${url}`];
  const accounts = Object.values(ACCESOS_DEMO).filter((account) => demoEmails.has(account.email));
  if (accounts.length > 0) {
    rows.push("", `  Cuentas de demostración (contraseña: ${claveDemo()}):`);
    for (const account of accounts) {
      rows.push(`    ${account.email.padEnd(26)} ${account.descripcion}`);
    }
  } else {
    rows.push(
      "",
      "  Esta base no tiene cuentas de demostración (se crean con SEED_DEMO=true en una base vacía).",
    );
  }
  rows.push("", "  Ctrl-C para detener.", line);
  console.log(`\n${rows.join("\n")}\n`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (!isRunning(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => {
    if (isRunning(child)) child.kill("SIGKILL");
  }, CHILD_STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** Stops, in order, the running child process (Next.js), the worker and the embedded PostgreSQL. */
async function shutdown(reason: string, exitCode: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  shutdownStartedAt = Date.now();
  console.log(`\n[inicio] ${reason}: deteniendo…`);
  try {
    if (currentChild) {
      const running = isRunning(currentChild);
      await stopChild(currentChild);
      if (running) info(`${currentLabel} detenido.`);
    }
    if (worker) {
      await worker.detener();
      info("Trabajador de la cola detenido.");
    }
    const database = await embeddedStarting?.catch(() => undefined);
    if (database) {
      await database.stop();
      info("PostgreSQL embebido detenido.");
    }
  } catch (error) {
    console.error("[inicio] Error al detener:", error);
    exitCode ||= 1;
  }
  process.exit(exitCode);
}

/** PID of the parent process of `pid`, read from /proc (Linux); `undefined` if it cannot be known. */
function parentOf(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (command) state ppid …"; the command may contain spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return Number.isInteger(ppid) && ppid > 0 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return "";
  }
}

/**
 * Under `npm start`, the chain is npm → sh → tsx → this process. A SIGTERM sent only to npm ends
 * npm and sh, but sh does not forward it, and this process would be left orphaned with Next.js and
 * PostgreSQL. Hence the processes of that chain are watched: if any of them disappears, everything
 * shuts down.
 */
function watchLauncher(): void {
  if (!process.env.npm_lifecycle_event) return;
  const chain: number[] = [];
  let pid = process.ppid;
  for (let depth = 0; depth < 6 && pid > 1; depth += 1) {
    chain.push(pid);
    if (/(^|[\s/])npm(-cli\.js)?(\s|$)/.test(commandOf(pid))) break;
    const parent = parentOf(pid);
    if (parent === undefined) break;
    pid = parent;
  }
  if (chain.length === 0) return;
  const timer = setInterval(() => {
    const gone = chain.find((ancestor) => !processExists(ancestor));
    if (gone !== undefined && !shuttingDown) {
      clearInterval(timer);
      void shutdown(`El proceso que lanzó la aplicación (PID ${gone}) terminó`, 0);
    }
  }, 1_000);
  timer.unref();
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// If the terminal or the output pipe closes, writing to them must not bring down the shutdown.
process.stdout.on("error", () => undefined);
process.stderr.on("error", () => undefined);

// Safety net if the process exits without going through shutdown(): do not leave Next.js orphaned.
process.on("exit", () => {
  if (currentChild && isRunning(currentChild)) currentChild.kill("SIGTERM");
});

watchLauncher();

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (shuttingDown) {
      // Ctrl-C also arrives forwarded by npm/tsx: only say something if the user insists.
      if (Date.now() - shutdownStartedAt > 1_000) info("Apagado en curso; espere…");
      return;
    }
    void shutdown(`Señal ${signal} recibida`, 0);
  });
}

main().catch(async (error: unknown) => {
  if (shuttingDown) return;
  console.error(`\n[inicio] Error: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.stack && process.env.DEBUG) console.error(error.stack);
  await shutdown("No se pudo iniciar la aplicación", 1);
});
