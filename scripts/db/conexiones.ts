// The two connections to the application's database (decision 0024): the application's, which only
// reads and writes data and can only add to the audit log, and the owner's, which migrates and
// restores. With an external database they are DATABASE_URL and DATABASE_URL_PROPIETARIO (without
// the latter, DATABASE_URL is also the owner, as before); without DATABASE_URL, the embedded
// database of `npm start` as its application role and its superuser.
import { usarOIniciarPostgresEmbebido } from "../embedded-postgres";
import { prepararBase } from "./preparar";

/** The owner's connection of an external database: DATABASE_URL_PROPIETARIO, else DATABASE_URL. */
export function urlDelPropietario(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.DATABASE_URL_PROPIETARIO?.trim() || env.DATABASE_URL?.trim() || undefined;
}

export interface BaseDeLaOrden {
  aplicacion: string;
  propietario: string;
  /** The embedded database of an `npm start` that is running (and keeps it running). */
  compartida: boolean;
  /** Stops the embedded database if this command started it. */
  detener(): Promise<void>;
}

/**
 * The database a one-off command works on. An embedded one that this command starts is brought up
 * to date first (migrations and queue), as `npm start` would; `preparar: false` leaves it as it is
 * (a restore replaces it).
 */
export async function abrirBaseDeLaOrden({
  log,
  preparar = true,
}: {
  log: (mensaje: string) => void;
  preparar?: boolean;
}): Promise<BaseDeLaOrden> {
  const externa = process.env.DATABASE_URL?.trim();
  if (externa) {
    return {
      aplicacion: externa,
      propietario: urlDelPropietario()!,
      compartida: false,
      detener: async () => {},
    };
  }
  const base = await usarOIniciarPostgresEmbebido({ log });
  try {
    if (preparar && !base.shared) await prepararBase(base.urlPropietario);
  } catch (error) {
    await base.stop();
    throw error;
  }
  return {
    aplicacion: base.url,
    propietario: base.urlPropietario,
    compartida: base.shared,
    detener: base.stop,
  };
}
