// Logical backup of the whole database into a single file, and its restore (decision 0015).
//
// The file is a gzip with: the signature `RESPALDO-PLAN-ACCION 1\n`, a JSON header (applied
// migrations, tables in dependency order with their columns, sequences), each table's data in
// PostgreSQL's COPY text format, in length-prefixed chunks, and a JSON closing section with the
// rows and the SHA-256 of each table's data. Everything comes from a single snapshot
// (REPEATABLE READ): the evidencias live in the database (0014), so rows, files and audit log are
// consistent with each other by construction.
//
// pg_dump is not used: the embedded PostgreSQL does not ship it, and the distribution's one does not
// work against a server newer than itself. COPY is what pg_dump uses internally.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { cp, mkdtemp, open, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import type { Readable, Writable } from "node:stream";
import { createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { defaultMigrationsDir, aplicarMigraciones } from "./migrations";
import { ident, secuencias, tablasConDatos, tablasEnOrden } from "./respaldo-catalogo";
import {
  abrir,
  escribir,
  escribirJson,
  FIRMA,
  FORMATO,
  leerEncabezado,
  leerRespaldo,
  longitud,
  recorrerDatos,
  verificarRespaldo,
  type Cierre,
  type Encabezado,
} from "./respaldo-formato";

export { leerRespaldo, tablasConDatos, verificarRespaldo, type Encabezado };

export interface Resumen {
  archivo: string;
  bytes: number;
  migraciones: number;
  /** Rows per table. */
  filas: Record<string, number>;
}

/**
 * Backs up the whole database of `databaseUrl` into `archivo` (written to a temporary name and
 * renamed when complete: a backup that fails halfway leaves no archive that looks whole).
 */
export async function respaldar(databaseUrl: string, archivo: string): Promise<Resumen> {
  const temporal = `${archivo}.${process.pid}.parcial`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const gzip = createGzip({ level: 6 });
  const salida = createWriteStream(temporal, { flags: "wx", mode: 0o600 });
  gzip.pipe(salida);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows: migraciones } = await client.query<{ nombre: string }>(
      `SELECT migration_name AS nombre FROM _prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const encabezado: Encabezado = {
      formato: FORMATO,
      version: 1,
      creado: new Date().toISOString(),
      migraciones: migraciones.map((m) => m.nombre),
      tablas: await tablasEnOrden(client),
      secuencias: await secuencias(client),
    };
    await escribir(gzip, Buffer.from(FIRMA, "utf8"));
    await escribirJson(gzip, encabezado);
    const cierre: Cierre = { tablas: [] };
    for (const tabla of encabezado.tablas) {
      const hash = createHash("sha256");
      let filas = 0;
      const columnas = tabla.columnas.map(ident).join(", ");
      const datos: Readable = client.query(
        copyTo(`COPY public.${ident(tabla.nombre)} (${columnas}) TO STDOUT`),
      );
      for await (const tramo of datos as AsyncIterable<Buffer>) {
        hash.update(tramo);
        for (const byte of tramo) if (byte === 10) filas += 1;
        await escribir(gzip, longitud(tramo.length));
        await escribir(gzip, tramo);
      }
      await escribir(gzip, longitud(0));
      cierre.tablas.push({ nombre: tabla.nombre, filas, sha256: hash.digest("hex") });
    }
    await escribirJson(gzip, cierre);
    await client.query("COMMIT");
    gzip.end();
    await finished(salida);
    const handle = await open(temporal, "r");
    await handle.sync().finally(() => handle.close());
    await rename(temporal, archivo);
    return {
      archivo,
      bytes: (await stat(archivo)).size,
      migraciones: encabezado.migraciones.length,
      filas: Object.fromEntries(cierre.tablas.map((t) => [t.nombre, t.filas])),
    };
  } catch (error) {
    gzip.destroy();
    salida.destroy();
    await rm(temporal, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** A migrations folder with only `nombres`, for bringing an empty database to the backup's schema. */
async function migracionesHasta(nombres: readonly string[]): Promise<string> {
  const carpeta = await mkdtemp(path.join(os.tmpdir(), "migraciones-respaldo-"));
  await cp(path.join(defaultMigrationsDir, "migration_lock.toml"), path.join(carpeta, "migration_lock.toml"));
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
}

export interface OpcionesRestauracion {
  /** Replaces a database that already holds data. */
  forzar?: boolean;
}

/**
 * Restores `archivo` into the database of `databaseUrl`. Nothing is touched until the whole archive
 * has been read and checked, the database found without data (or `forzar` given) and the backup's
 * migrations found in this version. Then it empties the database, applies the backup's migrations,
 * loads every table in one transaction (checking again each table against the archive before
 * committing) and sets the sequences. Newer migrations of this version and the job queue are the
 * caller's next step (`prepararBase`). Returns the rows per table.
 */
export async function restaurar(
  databaseUrl: string,
  archivo: string,
  { forzar = false }: OpcionesRestauracion = {},
): Promise<Record<string, number>> {
  const encabezado = await leerRespaldo(archivo);
  await verificarRespaldo(archivo);
  const conDatos = await tablasConDatos(databaseUrl);
  if (conDatos.length > 0 && !forzar) {
    throw new Error(
      `La base de datos no está vacía (${conDatos.slice(0, 6).join(", ")}${conDatos.length > 6 ? ", …" : ""}). ` +
        "Restaurar borraría lo que tiene: si es lo que quiere, repita con --forzar.",
    );
  }
  const carpeta = await migracionesHasta(encabezado.migraciones);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      'DROP SCHEMA IF EXISTS graphile_worker CASCADE; DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public";',
    );
    await aplicarMigraciones(databaseUrl, { migrationsDir: carpeta });
    const { lector, cerrar } = abrir(archivo);
    try {
      await leerEncabezado(lector, archivo);
      await client.query("BEGIN");
      // Without user triggers: the audit chain is loaded as it was, not sealed again. What the
      // migrations themselves inserted (a settings row) gives way to the backup's values.
      const todas = encabezado.tablas.map((t) => `public.${ident(t.nombre)}`);
      for (const tabla of todas) await client.query(`ALTER TABLE ${tabla} DISABLE TRIGGER USER`);
      await client.query(`TRUNCATE ${todas.join(", ")}`);
      let destino: Writable | undefined;
      const filas = await recorrerDatos(
        lector,
        encabezado,
        archivo,
        async (tabla, tramo) => {
          destino ??= client.query(
            copyFrom(
              `COPY public.${ident(tabla.nombre)} (${tabla.columnas.map(ident).join(", ")}) FROM STDIN`,
            ),
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
      for (const tabla of todas) await client.query(`ALTER TABLE ${tabla} ENABLE TRIGGER USER`);
      for (const s of encabezado.secuencias) {
        await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [
          `public.${ident(s.nombre)}`,
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
  } finally {
    await client.end();
    await rm(carpeta, { recursive: true, force: true });
  }
}
