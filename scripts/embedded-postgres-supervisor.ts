/**
 * El PostgreSQL embebido de `npm start`, vigilado: si su proceso muere sin que se haya pedido, se
 * vuelve a iniciar con el mismo directorio y puerto.
 */
import { parsePort, startEmbeddedPostgres, type EmbeddedPostgresOptions } from "./embedded-postgres";

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
