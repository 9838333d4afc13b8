// The child processes of `npm start` (scripts/start.ts) and its orderly shutdown: Next.js first, then
// the queue worker and finally the embedded PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import type { TrabajadorVigilado } from "../cola/proceso";
import type { PostgresVigilado } from "../embedded-postgres-supervisor";
import { RAIZ_DEL_PROYECTO } from "../estado-de-compilacion";
import { info } from "./mensajes";

const ESPERA_AL_DETENER_HIJO_MS = 15_000;

/** What the start-up has running, shared by its steps and by the shutdown. */
export const arranque: {
  apagando: boolean;
  inicioDelApagado: number;
  /** Child process currently running (prisma generate, next build or the Next.js server). */
  hijoActual: ChildProcess | undefined;
  etiquetaActual: string;
  arrancandoEmbebido: Promise<PostgresVigilado> | undefined;
  worker: TrabajadorVigilado | undefined;
} = {
  apagando: false,
  inicioDelApagado: 0,
  hijoActual: undefined,
  etiquetaActual: "",
  arrancandoEmbebido: undefined,
  worker: undefined,
};

function ejecutar(command: string, args: string[], label: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: RAIZ_DEL_PROYECTO, env: process.env, stdio: "inherit" });
    arranque.hijoActual = child;
    arranque.etiquetaActual = label;
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (arranque.hijoActual === child) arranque.hijoActual = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

export async function ejecutarComprobando(command: string, args: string[], label: string): Promise<void> {
  const code = await ejecutar(command, args, label);
  if (code !== 0 && !arranque.apagando) throw new Error(`${label} falló (código ${code}).`);
}

export function estaCorriendo(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

async function detenerHijo(child: ChildProcess): Promise<void> {
  if (!estaCorriendo(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => {
    if (estaCorriendo(child)) child.kill("SIGKILL");
  }, ESPERA_AL_DETENER_HIJO_MS);
  await exited;
  clearTimeout(timer);
}

/** Stops, in order, the running child process (Next.js), the worker and the embedded PostgreSQL. */
export async function apagar(reason: string, exitCode: number): Promise<void> {
  if (arranque.apagando) return;
  arranque.apagando = true;
  arranque.inicioDelApagado = Date.now();
  console.log(`\n[inicio] ${reason}: deteniendo…`);
  try {
    if (arranque.hijoActual) {
      const running = estaCorriendo(arranque.hijoActual);
      await detenerHijo(arranque.hijoActual);
      if (running) info(`${arranque.etiquetaActual} detenido.`);
    }
    if (arranque.worker) {
      await arranque.worker.detener();
      info("Trabajador de la cola detenido.");
    }
    const database = await arranque.arrancandoEmbebido?.catch(() => undefined);
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
