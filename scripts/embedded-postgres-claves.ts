/**
 * The credentials of the embedded PostgreSQL (decision 0024): its superuser's password, drawn at
 * random when the cluster is initialised, and the application's login role with its own. Both live
 * next to the data directory (`.data/postgres.clave`, `.data/aplicacion.clave`), readable only by
 * whoever runs `npm start`: another local user reaches the port (127.0.0.1) but not the passwords.
 * Versions before this one initialised the cluster with the public password `postgres`; such a
 * cluster gets a random one the first time it starts.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { asegurarUsuarioDeLaAplicacion, verificadorScram } from "./db/permisos";
import { ErrorDePostgresEmbebido, SUPERUSUARIO } from "./embedded-postgres-cluster";

/** The login role the application and the worker connect as. */
export const USUARIO_DE_LA_APLICACION = "plan_accion";
/** What `initdb` was given before passwords were drawn at random. */
const CLAVE_PUBLICA_ANTERIOR = "postgres";
const CLAVE_INCORRECTA = "28P01";

export interface Claves {
  superusuario: string;
  aplicacion: string;
}

export function archivosDeClaves(stateDir: string): Record<keyof Claves, string> {
  return {
    superusuario: path.join(stateDir, "postgres.clave"),
    aplicacion: path.join(stateDir, "aplicacion.clave"),
  };
}

/** The password kept in `archivo`, with its mode brought back to 0600; undefined if there is none. */
function leerClave(archivo: string): string | undefined {
  if (!existsSync(archivo)) return undefined;
  if ((statSync(archivo).mode & 0o077) !== 0) chmodSync(archivo, 0o600);
  return readFileSync(archivo, "utf8").trim() || undefined;
}

function leerOCrearClave(archivo: string): string {
  const existente = leerClave(archivo);
  if (existente) return existente;
  const clave = randomBytes(32).toString("base64url");
  try {
    writeFileSync(archivo, `${clave}\n`, { mode: 0o600, flag: "wx" });
    return clave;
  } catch (error) {
    // Another process drew it at the same moment: its password is the one.
    const otra = (error as NodeJS.ErrnoException).code === "EEXIST" ? leerClave(archivo) : undefined;
    if (otra) return otra;
    throw error;
  }
}

/** The passwords of the cluster in `stateDir`, drawn now for those that do not exist yet. */
export function leerOCrearClaves(stateDir: string): Claves {
  const archivos = archivosDeClaves(stateDir);
  return {
    superusuario: leerOCrearClave(archivos.superusuario),
    aplicacion: leerOCrearClave(archivos.aplicacion),
  };
}

/** The passwords of a cluster that `npm start` is running, to join it. */
export function leerClaves(stateDir: string): Claves {
  const archivos = archivosDeClaves(stateDir);
  const superusuario = leerClave(archivos.superusuario);
  const aplicacion = leerClave(archivos.aplicacion);
  if (!superusuario || !aplicacion) {
    throw new ErrorDePostgresEmbebido(
      `Faltan las contraseñas del PostgreSQL embebido (${archivos.superusuario}, ${archivos.aplicacion}).`,
    );
  }
  return { superusuario, aplicacion };
}

export function configuracionDelCliente(
  port: number,
  database: string,
  usuario: string,
  clave: string,
): pg.ClientConfig {
  return {
    host: "127.0.0.1",
    port,
    user: usuario,
    password: clave,
    database,
    connectionTimeoutMillis: 2_000,
  };
}

export function esClaveIncorrecta(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === CLAVE_INCORRECTA;
}

async function conectar(config: pg.ClientConfig): Promise<pg.Client> {
  const client = new pg.Client(config);
  client.on("error", () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}

/**
 * A connection as the superuser with `clave`. A cluster of an earlier version still answers to the
 * public password: it is changed to `clave` (sent as its SCRAM verifier) before anything else.
 */
export async function conectarComoSuperusuario(
  port: number,
  clave: string,
  archivo: string,
  log: (mensaje: string) => void,
): Promise<pg.Client> {
  try {
    return await conectar(configuracionDelCliente(port, "postgres", SUPERUSUARIO, clave));
  } catch (error) {
    if (!esClaveIncorrecta(error)) throw error;
  }
  let anterior: pg.Client;
  try {
    anterior = await conectar(
      configuracionDelCliente(port, "postgres", SUPERUSUARIO, CLAVE_PUBLICA_ANTERIOR),
    );
  } catch (error) {
    if (!esClaveIncorrecta(error)) throw error;
    throw new ErrorDePostgresEmbebido(
      `El PostgreSQL embebido rechaza la contraseña de ${archivo}: ese archivo no es el de esta base ` +
        "(¿se copió .data/postgres sin él?). Póngalo de vuelta, o borre .data/postgres para empezar una base nueva.",
    );
  }
  await anterior.query(
    `ALTER ROLE ${anterior.escapeIdentifier(SUPERUSUARIO)} PASSWORD ${anterior.escapeLiteral(verificadorScram(clave))}`,
  );
  log(
    `El superusuario «${SUPERUSUARIO}» del PostgreSQL embebido tenía la contraseña pública de versiones ` +
      `anteriores: ahora tiene una al azar, guardada en ${archivo}.`,
  );
  return anterior;
}

/** Creates `database` if missing and the application's login role with its password. */
export async function asegurarBaseYUsuario(
  superusuario: pg.Client,
  database: string,
  claveDeLaAplicacion: string,
): Promise<void> {
  const existing = await superusuario.query("select 1 from pg_database where datname = $1", [database]);
  if (existing.rowCount === 0) {
    await superusuario.query(`create database ${superusuario.escapeIdentifier(database)}`);
  }
  await asegurarUsuarioDeLaAplicacion(superusuario, USUARIO_DE_LA_APLICACION, claveDeLaAplicacion);
}
