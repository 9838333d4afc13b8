// Watching the processes that launched `npm start`, so that the application does not outlive them.
import { readFileSync } from "node:fs";
import { arranque, apagar } from "./procesos";

/** PID of the parent process of `pid`, read from /proc (Linux); `undefined` if it cannot be known. */
function padreDe(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (command) state ppid …"; the command may contain spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return Number.isInteger(ppid) && ppid > 0 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

function comandoDe(pid: number): string {
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
export function vigilarLanzador(): void {
  if (!process.env.npm_lifecycle_event) return;
  const chain: number[] = [];
  let pid = process.ppid;
  for (let depth = 0; depth < 6 && pid > 1; depth += 1) {
    chain.push(pid);
    if (/(^|[\s/])npm(-cli\.js)?(\s|$)/.test(comandoDe(pid))) break;
    const parent = padreDe(pid);
    if (parent === undefined) break;
    pid = parent;
  }
  if (chain.length === 0) return;
  const timer = setInterval(() => {
    const gone = chain.find((ancestor) => !existeProceso(ancestor));
    if (gone !== undefined && !arranque.apagando) {
      clearInterval(timer);
      void apagar(`El proceso que lanzó la aplicación (PID ${gone}) terminó`, 0);
    }
  }, 1_000);
  timer.unref();
}

function existeProceso(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
