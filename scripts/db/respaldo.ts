// Logical backup of the whole database into a single file (decision 0015); its restore is
// scripts/db/restauracion.ts.
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
import { open, rename, rm, stat } from "node:fs/promises";
import { finished } from "node:stream/promises";
import type { Readable } from "node:stream";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { ident, secuencias, tablasConDatos, tablasEnOrden } from "./respaldo-catalogo";
import {
  escribir,
  escribirJson,
  FIRMA,
  FORMATO,
  leerRespaldo,
  longitud,
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
