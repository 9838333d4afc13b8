// The worker as a child process of the launcher (`npm start`), supervised: if it exits without
// being asked to, it is restarted with increasing waits (and a line in the log), and it is stopped
// in an orderly way.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { RAIZ_DEL_PROYECTO } from "../estado-de-compilacion";

const TSX = path.join(RAIZ_DEL_PROYECTO, "node_modules", ".bin", "tsx");
const ESPERA_INICIAL_MS = 1_000;
const ESPERA_MAXIMA_MS = 60_000;
/** Running this long resets the wait: the next failure is a new one, not a crash loop. */
const ESTABLE_MS = 60_000;
const DETENER_TIMEOUT_MS = 20_000;

export interface TrabajadorVigilado {
  detener(): Promise<void>;
}

/**
 * `seguir` says whether an unexpected exit is to be restarted: not once the launcher is shutting
 * down (a Ctrl-C reaches the whole process group, the worker included, before `detener`).
 */
export function iniciarTrabajadorVigilado(
  env: NodeJS.ProcessEnv,
  log: (m: string) => void,
  seguir: () => boolean,
): TrabajadorVigilado {
  let hijo: ChildProcess | undefined;
  let deteniendo = false;
  let espera = ESPERA_INICIAL_MS;
  let reinicio: NodeJS.Timeout | undefined;

  const arrancar = () => {
    const inicio = Date.now();
    const proceso = spawn(TSX, ["--conditions=react-server", "scripts/trabajador.ts"], {
      cwd: RAIZ_DEL_PROYECTO,
      env,
      stdio: "inherit",
    });
    hijo = proceso;
    proceso.once("exit", (code, signal) => {
      if (deteniendo || !seguir()) return;
      if (Date.now() - inicio > ESTABLE_MS) espera = ESPERA_INICIAL_MS;
      log(
        `El trabajador de la cola terminó (${signal ? `señal ${signal}` : `código ${code}`}); ` +
          `se reinicia en ${Math.round(espera / 1000)} s.`,
      );
      reinicio = setTimeout(arrancar, espera);
      espera = Math.min(espera * 2, ESPERA_MAXIMA_MS);
    });
  };
  arrancar();

  return {
    async detener() {
      deteniendo = true;
      clearTimeout(reinicio);
      const proceso = hijo;
      if (!proceso || proceso.exitCode !== null || proceso.signalCode !== null) return;
      const termino = new Promise<void>((resolve) => proceso.once("exit", () => resolve()));
      proceso.kill("SIGTERM");
      const forzar = setTimeout(() => proceso.kill("SIGKILL"), DETENER_TIMEOUT_MS);
      await termino;
      clearTimeout(forzar);
    },
  };
}
