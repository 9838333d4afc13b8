import { randomBytes } from "node:crypto";
import pg from "pg";
import { asegurarUsuarioDeLaAplicacion } from "../../scripts/db/permisos";
import { prepararBase } from "../../scripts/db/preparar";

/** Read on each use: the embedded test server (servidor-pruebas.ts) sets it at start. */
function urlDelServidor(): string {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url)
    throw new Error("Falta TEST_DATABASE_URL: la define asegurarServidorDePruebas al iniciar las pruebas.");
  return url;
}
/** Test databases older than this belong to aborted runs and are dropped. */
const staleAfterMs = 6 * 60 * 60 * 1000;

async function enElServidor<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlDelServidor() });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `No se pudo conectar al PostgreSQL de las pruebas (TEST_DATABASE_URL=${urlDelServidor()}): ` +
        `${(error as Error).message}. Inícielo, corrija la variable o quítela para usar uno embebido.`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The login role of a test database: its own, so that parallel runs on one server never share one. */
const rolDeLaBase = (base: string) => `${base}_aplicacion`;

/** Drops `<prefix>_<creation ms>_<random>` databases left by runs that ended without cleaning up. */
async function borrarViejas(client: pg.Client, prefix: string): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    `SELECT datname FROM pg_database d WHERE starts_with(datname, $1)
       AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datid = d.oid)`,
    [`${prefix}_`],
  );
  const pattern = new RegExp(`^${prefix}_(\\d+)_[0-9a-f]+$`);
  for (const { datname } of rows) {
    const createdAt = Number(pattern.exec(datname)?.[1]);
    if (!(Date.now() - createdAt > staleAfterMs)) continue;
    // Without FORCE: should someone connect meanwhile, the database stays.
    await client.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => {});
  }
  const { rows: roles } = await client.query<{ rolname: string }>(
    `SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1) AND rolname LIKE '%\\_aplicacion'
        AND NOT EXISTS (SELECT 1 FROM pg_database d WHERE rolname = d.datname || '_aplicacion')`,
    [`${prefix}_`],
  );
  for (const { rolname } of roles) {
    await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(rolname)}`).catch(() => {});
  }
}

export interface BaseDePrueba {
  /** As the application connects (decision 0024): a login role of the application's group. */
  url: string;
  /** As the owner of the tables, for the migrations and for what a test does behind the application. */
  urlPropietario: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database on the server of TEST_DATABASE_URL, applies every migration to it as
 * the server's administrator, creates its login role in the application's group and returns both
 * URLs; `drop()` disconnects everyone from it and drops it and its role.
 */
export async function crearBaseDePrueba(prefix = "plan_test"): Promise<BaseDePrueba> {
  if (!/^[a-z][a-z0-9_]*$/.test(prefix)) throw new Error(`Prefijo no válido: ${prefix}`);
  const name = `${prefix}_${Date.now()}_${randomBytes(4).toString("hex")}`;
  const rol = rolDeLaBase(name);
  const clave = randomBytes(24).toString("base64url");
  await enElServidor(async (client) => {
    await borrarViejas(client, prefix);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  const propietario = new URL(urlDelServidor());
  propietario.pathname = `/${name}`;
  const aplicacion = new URL(propietario);
  aplicacion.username = rol;
  aplicacion.password = clave;
  const drop = () =>
    enElServidor(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.query(`DROP ROLE IF EXISTS "${rol}"`);
    });
  try {
    await prepararBase(propietario.toString());
    await enElServidor((client) => asegurarUsuarioDeLaAplicacion(client, rol, clave));
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: aplicacion.toString(), urlPropietario: propietario.toString(), drop };
}
