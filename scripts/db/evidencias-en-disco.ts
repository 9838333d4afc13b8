// The evidencias that earlier versions stored as files in EVIDENCIAS_DIR move into the database
// (EvidenciaContenido, decision 0014). `npm start` does it at startup, before serving:
// - each file whose SHA-256 matches the recorded one goes into the database and its row stops
//   pointing to the disk, in one transaction per evidencia; the file is deleted afterwards;
// - a file that is missing or whose content does not match is reported and its row stays as it was
//   (its download answers that the file does not exist): nothing is made up or silently lost;
// - whatever is left over in the folder (files without a row, temporary files of an interrupted
//   upload) is reported and deleted.
// Without the folder there is nothing to do.
import { createHash } from "node:crypto";
import { readdir, readFile, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** Names the old storage generated: a UUID and `.pdf`, or its temporary files. */
const NOMBRE_ALMACENADO = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf$/;
const TEMPORAL = /^\.[0-9a-f-]{36}\.pdf\.[0-9a-f-]{36}\.tmp$/;

export interface ResultadoImportacion {
  importadas: number;
  /** Rows whose file is not in the folder. */
  faltantes: string[];
  /** Rows whose file does not have the recorded SHA-256. */
  alteradas: string[];
  /** Files of the folder that no row refers to, removed. */
  huerfanos: string[];
}

/** Folder of the old storage: EVIDENCIAS_DIR, or `.data/evidencias` under `raiz`. */
export function carpetaDeEvidenciasEnDisco(raiz: string): string {
  return path.resolve(raiz, process.env.EVIDENCIAS_DIR?.trim() || ".data/evidencias");
}

async function leerSiExiste(archivo: string): Promise<Buffer | null> {
  try {
    return await readFile(archivo);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export async function importarEvidenciasEnDisco(
  databaseUrl: string,
  carpeta: string,
): Promise<ResultadoImportacion> {
  const resultado: ResultadoImportacion = { importadas: 0, faltantes: [], alteradas: [], huerfanos: [] };
  const nombres = await readdir(carpeta).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (nombres === null) return resultado;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number; ruta: string; sha256: string }>(
      `SELECT id, "rutaAlmacenamiento" AS ruta, sha256 FROM "Evidencia"
        WHERE "rutaAlmacenamiento" IS NOT NULL ORDER BY id`,
    );
    // Imported files are removed as they go; these are the rest that rows still use.
    const conFila = new Set(rows.map((r) => r.ruta));
    for (const fila of rows) {
      const descripcion = `evidencia #${fila.id} (${fila.ruta})`;
      const bytes = NOMBRE_ALMACENADO.test(fila.ruta)
        ? await leerSiExiste(path.join(carpeta, fila.ruta))
        : null;
      if (bytes === null) {
        resultado.faltantes.push(descripcion);
        continue;
      }
      if (createHash("sha256").update(bytes).digest("hex") !== fila.sha256) {
        resultado.alteradas.push(descripcion);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(
          `INSERT INTO "EvidenciaContenido" ("evidenciaId", bytes) VALUES ($1, $2)
           ON CONFLICT ("evidenciaId") DO NOTHING`,
          [fila.id, bytes],
        );
        await client.query(`UPDATE "Evidencia" SET "rutaAlmacenamiento" = NULL WHERE id = $1`, [fila.id]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      await rm(path.join(carpeta, fila.ruta), { force: true });
      resultado.importadas += 1;
    }
    for (const nombre of nombres.sort()) {
      if (conFila.has(nombre)) continue;
      if (!NOMBRE_ALMACENADO.test(nombre) && !TEMPORAL.test(nombre)) continue;
      await rm(path.join(carpeta, nombre), { force: true });
      resultado.huerfanos.push(nombre);
    }
  } finally {
    await client.end();
  }
  // An emptied folder goes too; one that still holds something (unknown files) stays.
  await rmdir(carpeta).catch(() => undefined);
  return resultado;
}

/** The lines `npm start` prints about an import; none when there was nothing to do. */
export function informeDeImportacion(r: ResultadoImportacion, carpeta: string): string[] {
  const lineas: string[] = [];
  if (r.importadas > 0) {
    lineas.push(`${r.importadas} evidencias de ${carpeta} pasaron a la base de datos.`);
  }
  for (const d of r.faltantes) {
    lineas.push(`ATENCIÓN: falta el archivo de la ${d}; su descarga responderá que no existe.`);
  }
  for (const d of r.alteradas) {
    lineas.push(
      `ATENCIÓN: el archivo de la ${d} no coincide con su SHA-256 registrado; se dejó en ${carpeta} sin importar.`,
    );
  }
  if (r.huerfanos.length > 0) {
    lineas.push(
      `Se borraron ${r.huerfanos.length} archivos de ${carpeta} que ninguna evidencia usaba: ${r.huerfanos.join(", ")}.`,
    );
  }
  return lineas;
}
