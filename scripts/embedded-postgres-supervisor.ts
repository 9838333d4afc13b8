/**
 * The embedded PostgreSQL of `npm start`, supervised: if its process dies without being asked to,
 * it is started again with the same directory and port.
 */
import { leerPuerto, iniciarPostgresEmbebido, type OpcionesDePostgresEmbebido } from "./embedded-postgres";

/** Wait before restart attempt `n` (counting from 1): 1, 2, 4, 8, 16 and then 30 s. */
export function esperaDeReinicio(n: number): number {
  return Math.min(30_000, 1_000 * 2 ** (n - 1));
}

export interface PostgresVigilado {
  /** As the application's role; `urlPropietario`, as the superuser. */
  url: string;
  urlPropietario: string;
  /** Stops the server and its supervision. */
  stop(): Promise<void>;
}

/**
 * The embedded PostgreSQL of `npm start`, supervised: if its process exits without being asked to
 * (a crash, a `kill -9`), it is started again with the same data directory and the same port, so
 * the URL does not change and the application serves again without restarting. Failed attempts are
 * retried with increasing waits; each step goes to `log`.
 */
export async function vigilarPostgresEmbebido(
  opciones: OpcionesDePostgresEmbebido = {},
): Promise<PostgresVigilado> {
  const log = opciones.log ?? ((message: string) => console.log(message));
  // The same port every time: the application's DATABASE_URL stays valid across restarts.
  const options = { ...opciones, port: opciones.port ?? leerPuerto(process.env.EMBEDDED_PG_PORT) };
  let actual = await iniciarPostgresEmbebido(options);
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
          actual = await iniciarPostgresEmbebido({ ...options, log: () => undefined });
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
    urlPropietario: actual.urlPropietario,
    stop: async () => {
      deteniendo = true;
      despertar?.();
      await actual.stop();
      await vigilancia;
    },
  };
}
