// An instance of the built application, as `npm start` runs it (scripts/servidor.ts), on a given
// database: the e2e tests' one, and those started by the multi-instance and recovery tests.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  leerEstadoDeCompilacion,
  invalidarCompilacion,
  RAIZ_DEL_PROYECTO,
} from "../../scripts/estado-de-compilacion";

const TSX_BIN = path.join(RAIZ_DEL_PROYECTO, "node_modules", ".bin", "tsx");
const NEXT_BIN = path.join(RAIZ_DEL_PROYECTO, "node_modules", ".bin", "next");
const LISTA_EN_MS = 120_000;

export interface Instancia {
  /** `http://localhost:<puerto>` */
  url: string;
  proceso: ChildProcess;
  registro: string;
  /** Resolves with the exit code (or signal) once the process ends. */
  salida: Promise<number | NodeJS.Signals>;
  /** SIGTERM, and SIGKILL after 10 s if it has not ended. */
  detener(): Promise<void>;
  /** The last lines of its log, for a failure message. */
  ultimasLineas(n?: number): string;
}

export interface OpcionesInstancia {
  databaseUrl: string;
  puerto: number;
  /** Its log file (stdout and stderr). */
  registro: string;
  /** Shared by instances that must accept each other's sessions. */
  secreto?: string;
  env?: NodeJS.ProcessEnv;
}

export function entornoDeInstancia(o: OpcionesInstancia): NodeJS.ProcessEnv {
  // As `npm start` does: the application never gets the owner's connection (decision 0024).
  const { DATABASE_URL_PROPIETARIO: _propietario, ...heredado } = process.env;
  return {
    ...heredado,
    // What next build/start set; an inherited value (e.g. "test") would get in their way.
    NODE_ENV: "production",
    DATABASE_URL: o.databaseUrl,
    NEXTAUTH_URL: `http://localhost:${o.puerto}`,
    NEXTAUTH_SECRET: o.secreto || process.env.NEXTAUTH_SECRET || randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(o.puerto),
    HOST: "local",
    ...o.env,
  };
}

function ultimasLineas(archivo: string, n = 40): string {
  try {
    return readFileSync(archivo, "utf8").trimEnd().split("\n").slice(-n).join("\n");
  } catch {
    return "(sin registro)";
  }
}

const vivo = (p: ChildProcess) => p.exitCode === null && p.signalCode === null;

/**
 * Starts the built application and waits until `/api/health` reports the database available;
 * throws with the log's tail if it does not.
 */
export async function iniciarInstancia(o: OpcionesInstancia): Promise<Instancia> {
  mkdirSync(path.dirname(o.registro), { recursive: true });
  const fd = openSync(o.registro, "w");
  let proceso: ChildProcess;
  try {
    proceso = spawn(TSX_BIN, ["scripts/servidor.ts"], {
      cwd: RAIZ_DEL_PROYECTO,
      env: entornoDeInstancia(o),
      stdio: ["ignore", fd, fd],
    });
  } finally {
    closeSync(fd);
  }
  const salida = new Promise<number | NodeJS.Signals>((resolve) =>
    proceso.once("exit", (code, signal) => resolve(code ?? signal ?? 1)),
  );
  const matarAlSalir = () => {
    if (vivo(proceso)) proceso.kill("SIGKILL");
  };
  process.on("exit", matarAlSalir);
  const url = `http://localhost:${o.puerto}`;
  const instancia: Instancia = {
    url,
    proceso,
    registro: o.registro,
    salida,
    ultimasLineas: (n) => ultimasLineas(o.registro, n),
    detener: async () => {
      process.removeListener("exit", matarAlSalir);
      if (!vivo(proceso)) return;
      proceso.kill("SIGTERM");
      const timer = setTimeout(() => proceso.kill("SIGKILL"), 10_000);
      await salida;
      clearTimeout(timer);
    },
  };
  const limite = Date.now() + LISTA_EN_MS;
  while (Date.now() < limite && vivo(proceso)) {
    try {
      const r = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) });
      if (r.ok && ((await r.json()) as { database?: string }).database === "ok") return instancia;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await instancia.detener();
  throw new Error(
    `La aplicación no respondió en ${url}/api/health con la base disponible.\n` +
      `Últimas líneas de ${o.registro}:\n${ultimasLineas(o.registro)}`,
  );
}

/** Runs `next build` when the production build is missing or older than its sources. */
export async function asegurarCompilacion(
  env: NodeJS.ProcessEnv,
  log: (mensaje: string) => void,
): Promise<void> {
  const state = leerEstadoDeCompilacion(RAIZ_DEL_PROYECTO);
  if (!state.stale) {
    log("La compilación de producción está al día.");
    return;
  }
  log(`Compilando la aplicación (${state.reason})…`);
  invalidarCompilacion(RAIZ_DEL_PROYECTO);
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(NEXT_BIN, ["build"], { cwd: RAIZ_DEL_PROYECTO, env, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    invalidarCompilacion(RAIZ_DEL_PROYECTO);
    throw new Error(`next build falló (código ${code}).`);
  }
}
