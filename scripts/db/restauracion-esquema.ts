// A backup rebuilt beside the live data (decision 0025): the backup's migrations applied to a
// staging schema of the same database, its data loaded there, this version's newer migrations on
// top, and only then, once the caller has verified it, put in place of `public` in one transaction.
// A restore that fails or is refused at any step leaves `public` as it was.
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { aplicarMigraciones, defaultMigrationsDir } from "./migrations";
import { exigirElEsquemaDelRespaldo, ident } from "./respaldo-catalogo";
import { abrir, escribir, leerEncabezado, recorrerDatos, type Encabezado } from "./respaldo-formato";

const PREFIJO = "restauracion_";

/** `url` with `esquema` first in the search path: what names no schema lands or is found there. */
export function conEsquema(url: string, esquema: string): string {
  const u = new URL(url);
  u.searchParams.set("options", `${u.searchParams.get("options") ?? ""} -c search_path=${esquema}`.trim());
  return u.toString();
}

async function conCliente<T>(url: string, trabajo: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await trabajo(client);
  } finally {
    await client.end();
  }
}

/** A migrations folder with only `nombres`, for bringing an empty schema to the backup's. */
async function migracionesHasta(nombres: readonly string[]): Promise<string> {
  const carpeta = await mkdtemp(path.join(os.tmpdir(), "migraciones-respaldo-"));
  try {
    await cp(
      path.join(defaultMigrationsDir, "migration_lock.toml"),
      path.join(carpeta, "migration_lock.toml"),
    );
    for (const nombre of nombres) {
      await cp(path.join(defaultMigrationsDir, nombre), path.join(carpeta, nombre), {
        recursive: true,
        errorOnExist: true,
      }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") {
          throw new Error(
            `El respaldo viene de una versión más nueva de la aplicación (no conoce la migración ${nombre}): ` +
              "restáurelo con esa versión o una posterior.",
          );
        }
        throw error;
      });
    }
    return carpeta;
  } catch (error) {
    await rm(carpeta, { recursive: true, force: true });
    throw error;
  }
}

export interface EsquemaProvisional {
  esquema: string;
  filas: Record<string, number>;
  /** Migrations of this version newer than the backup, applied after loading it. */
  migracionesNuevas: string[];
}

/**
 * Builds the backup of `archivo` (header already read and checked) in a new staging schema of the
 * database of `urlPropietario`. The header must name exactly what the backup's migrations create
 * there; the data goes in one transaction, without user triggers so that the audit chain comes in
 * as it was, not sealed again, and with the foreign keys checked.
 */
export async function construirEnEsquemaProvisional(
  urlPropietario: string,
  archivo: string,
  encabezado: Encabezado,
): Promise<EsquemaProvisional> {
  const carpeta = await migracionesHasta(encabezado.migraciones);
  const esquema = `${PREFIJO}${randomBytes(6).toString("hex")}`;
  try {
    await conCliente(urlPropietario, (c) => c.query(`CREATE SCHEMA ${ident(esquema)}`));
    await aplicarMigraciones(urlPropietario, { migrationsDir: carpeta, esquema });
    const filas = await conCliente(conEsquema(urlPropietario, esquema), async (client) => {
      await exigirElEsquemaDelRespaldo(client, esquema, encabezado);
      return cargar(client, esquema, archivo, encabezado);
    });
    const migracionesNuevas = await aplicarMigraciones(urlPropietario, { esquema });
    return { esquema, filas, migracionesNuevas };
  } catch (error) {
    await descartarEsquema(urlPropietario, esquema).catch(() => undefined);
    throw error;
  } finally {
    await rm(carpeta, { recursive: true, force: true });
  }
}

async function cargar(
  client: pg.Client,
  esquema: string,
  archivo: string,
  encabezado: Encabezado,
): Promise<Record<string, number>> {
  const tabla = (nombre: string) => `${ident(esquema)}.${ident(nombre)}`;
  const { lector, cerrar } = abrir(archivo);
  try {
    await leerEncabezado(lector, archivo);
    await client.query("BEGIN");
    // What the migrations themselves inserted (a settings row) gives way to the backup's values.
    const todas = encabezado.tablas.map((t) => tabla(t.nombre));
    for (const t of todas) await client.query(`ALTER TABLE ${t} DISABLE TRIGGER USER`);
    await client.query(`TRUNCATE ${todas.join(", ")}`);
    let destino: Writable | undefined;
    const filas = await recorrerDatos(
      lector,
      encabezado,
      archivo,
      async (t, tramo) => {
        destino ??= client.query(
          copyFrom(`COPY ${tabla(t.nombre)} (${t.columnas.map(ident).join(", ")}) FROM STDIN`),
        );
        await escribir(destino, tramo);
      },
      async () => {
        if (!destino) return;
        destino.end();
        await finished(destino);
        destino = undefined;
      },
    );
    for (const t of todas) await client.query(`ALTER TABLE ${t} ENABLE TRIGGER USER`);
    for (const s of encabezado.secuencias) {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [
        tabla(s.nombre),
        s.valor,
        s.llamado,
      ]);
    }
    await client.query("COMMIT");
    return filas;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    cerrar();
  }
}

export function descartarEsquema(urlPropietario: string, esquema: string): Promise<unknown> {
  return conCliente(urlPropietario, (c) => c.query(`DROP SCHEMA IF EXISTS ${ident(esquema)} CASCADE`));
}

/** Staging schemas left by a restore that was killed halfway. */
export function descartarEsquemasAbandonados(urlPropietario: string): Promise<unknown> {
  return conCliente(urlPropietario, async (c) => {
    const { rows } = await c.query<{ nombre: string }>(
      `SELECT nspname AS nombre FROM pg_namespace WHERE nspname ~ $1`,
      [`^${PREFIJO}[0-9a-f]{12}$`],
    );
    for (const { nombre } of rows) await c.query(`DROP SCHEMA IF EXISTS ${ident(nombre)} CASCADE`);
  });
}

/**
 * Puts the staging schema in place of `public`, in one transaction: the job queue goes too (its
 * jobs referred to the rows being replaced) and is installed again afterwards.
 */
export function ponerEnLugarDePublic(urlPropietario: string, esquema: string): Promise<unknown> {
  return conCliente(urlPropietario, async (c) => {
    await c.query("BEGIN");
    try {
      await c.query("DROP SCHEMA IF EXISTS graphile_worker CASCADE");
      await c.query('DROP SCHEMA IF EXISTS "public" CASCADE');
      await c.query(`ALTER SCHEMA ${ident(esquema)} RENAME TO "public"`);
      await c.query("COMMIT");
    } catch (error) {
      await c.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
  });
}
