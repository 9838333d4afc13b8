import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { logger } from "./logger";

/** Stored names are generated here, never taken from the user: a UUID and the extension. */
const NOMBRE_ALMACENADO = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf$/;

/** Folder of the evidence files (EVIDENCIAS_DIR, `.data/evidencias` by default); read on every use. */
export function directorioEvidencias(): string {
  // Evidence lives outside the build: keep the bundler from tracing this runtime-chosen folder.
  return path.resolve(/*turbopackIgnore: true*/ process.env.EVIDENCIAS_DIR || ".data/evidencias");
}

export function nombreAlmacenadoNuevo(): string {
  return `${randomUUID()}.pdf`;
}

/** The absolute path of a stored name; anything that is not one of ours is refused, not resolved. */
function rutaAbsoluta(nombre: string): string {
  if (!NOMBRE_ALMACENADO.test(nombre)) throw new Error(`Nombre de archivo almacenado inválido: ${nombre}`);
  return path.join(/*turbopackIgnore: true*/ directorioEvidencias(), nombre);
}

/**
 * Makes the rename itself survive a power cut. Best effort: some platforms (Windows) and file
 * systems cannot sync a folder, and the file's bytes are already on disk by then.
 */
async function sincronizarDirectorio(directorio: string): Promise<void> {
  const handle = await open(directorio, "r").catch(() => null);
  await handle
    ?.sync()
    .catch(() => undefined)
    .finally(() => handle.close());
}

/**
 * Writes the file whole or not at all: into a temporary file in the same folder, flushed to disk,
 * then renamed (atomic on the same file system). A reader never sees half a file; on failure the
 * temporary file is removed and the error propagates.
 */
export async function guardarArchivo(nombre: string, bytes: Uint8Array): Promise<void> {
  const destino = rutaAbsoluta(nombre);
  const temporal = path.join(path.dirname(destino), `.${nombre}.${randomUUID()}.tmp`);
  await mkdir(path.dirname(destino), { recursive: true });
  try {
    const handle = await open(temporal, "wx", 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporal, destino);
  } catch (error) {
    await rm(temporal, { force: true });
    throw error;
  }
  await sincronizarDirectorio(path.dirname(destino));
}

/** Size in bytes of a stored file, or null when it is not on disk. */
export async function tamanoDeArchivo(nombre: string): Promise<number | null> {
  try {
    return (await stat(rutaAbsoluta(nombre))).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The stored file as a web stream, for a `Response`. */
export function leerArchivo(nombre: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(rutaAbsoluta(nombre))) as ReadableStream<Uint8Array>;
}

/**
 * Removes a stored file, if present. Used after the database no longer points to it, so a failure
 * leaves an unreferenced file behind (logged), never a row without its file.
 */
export async function borrarArchivo(nombre: string): Promise<void> {
  try {
    await rm(rutaAbsoluta(nombre), { force: true });
  } catch (error) {
    logger.warn({ err: error, archivo: nombre }, "no se pudo borrar un archivo de evidencia");
  }
}
