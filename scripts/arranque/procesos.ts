// The child processes of `npm start` (scripts/start.ts) and its orderly shutdown: Next.js first, then
// the queue worker and finally the embedded PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import type { TrabajadorVigilado } from "../cola/proceso";
import type { PostgresVigilado } from "../embedded-postgres-supervisor";
import { RAIZ_DEL_PROYECTO } from "../estado-de-compilacion";
import { info } from "./mensajes";

const CHILD_STOP_TIMEOUT_MS = 15_000;

/** What the start-up has running, shared by its steps and by the shutdown. */
export const arranque: {
  shuttingDown: boolean;
  shutdownStartedAt: number;
  /** Child process currently running (prisma generate, next build or the Next.js server). */
  currentChild: ChildProcess | undefined;
  currentLabel: string;
  embeddedStarting: Promise<PostgresVigilado> | undefined;
  worker: TrabajadorVigilado | undefined;
} = {
  shuttingDown: false,
  shutdownStartedAt: 0,
  currentChild: undefined,
  currentLabel: "",
  embeddedStarting: undefined,
  worker: undefined,
};

function run(command: string, args: string[], label: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: RAIZ_DEL_PROYECTO, env: process.env, stdio: "inherit" });
    arranque.currentChild = child;
    arranque.currentLabel = label;
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (arranque.currentChild === child) arranque.currentChild = undefined;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

export async function runChecked(command: string, args: string[], label: string): Promise<void> {
  const code = await run(command, args, label);
  if (code !== 0 && !arranque.shuttingDown) throw new Error(`${label} falló (código ${code}).`);
}

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
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
export async function shutdown(reason: string, exitCode: number): Promise<void> {
  if (arranque.shuttingDown) return;
  arranque.shuttingDown = true;
  arranque.shutdownStartedAt = Date.now();
  console.log(`\n[inicio] ${reason}: deteniendo…`);
  try {
    if (arranque.currentChild) {
      const running = isRunning(arranque.currentChild);
      await stopChild(arranque.currentChild);
      if (running) info(`${arranque.currentLabel} detenido.`);
    }
    if (arranque.worker) {
      await arranque.worker.detener();
      info("Trabajador de la cola detenido.");
    }
    const database = await arranque.embeddedStarting?.catch(() => undefined);
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
