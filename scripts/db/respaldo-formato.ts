// The backup archive's format (see scripts/db/respaldo.ts): its signature and header, the
// length-prefixed framing of its sections, and reading it back with the check of every table
// against the closing section. Whatever the header names is used to build SQL on restore, so it is
// checked here before anything else: an archive is input like any other.
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createReadStream } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { createGunzip } from "node:zlib";
import { z } from "zod";

export const FIRMA = "RESPALDO-PLAN-ACCION 1\n";
export const FORMATO = "seguimiento-plan-accion/respaldo";

/** The names Prisma gives tables, columns and sequences: letters, digits and "_", as PostgreSQL's limit. */
const IDENTIFICADOR = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/** A migration's folder, as `prisma/migrations` names them (never a path). */
const MIGRACION = /^\d{14}_[a-z0-9_]{1,200}$/;

const identificador = z.string().regex(IDENTIFICADOR, {
  error: (issue) => `«${String(issue.input).slice(0, 80)}» no es un nombre permitido`,
});

const encabezadoSchema = z.strictObject({
  formato: z.literal(FORMATO),
  version: z.literal(1),
  creado: z.iso.datetime(),
  migraciones: z
    .array(
      z.string().regex(MIGRACION, {
        error: (issue) => `«${String(issue.input).slice(0, 80)}» no es el nombre de una migración`,
      }),
    )
    .max(10_000),
  tablas: z
    .array(z.strictObject({ nombre: identificador, columnas: z.array(identificador).min(1).max(1600) }))
    .max(1000),
  secuencias: z
    .array(
      z.strictObject({
        nombre: identificador,
        valor: z.string().regex(/^-?\d{1,19}$/, { error: "no es un número de secuencia" }),
        llamado: z.boolean(),
      }),
    )
    .max(1000),
});

export type Encabezado = z.infer<typeof encabezadoSchema>;

export interface Cierre {
  tablas: { nombre: string; filas: number; sha256: string }[];
}

/** Writes `data` to `destino` honouring back-pressure. */
export async function escribir(destino: Writable, data: Uint8Array): Promise<void> {
  if (!destino.write(data)) await once(destino, "drain");
}

export function longitud(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

export async function escribirJson(destino: Writable, valor: unknown): Promise<void> {
  const json = Buffer.from(JSON.stringify(valor), "utf8");
  await escribir(destino, longitud(json.length));
  await escribir(destino, json);
}

/** Reads exact byte counts from a stream, for the framed sections of the archive. */
export class Lector {
  private pendiente: Buffer[] = [];
  private disponibles = 0;
  private readonly iterador: AsyncIterator<Buffer>;

  constructor(origen: Readable) {
    this.iterador = (origen as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }

  async leer(n: number): Promise<Buffer> {
    while (this.disponibles < n) {
      const { value, done } = await this.iterador.next();
      if (done) throw new Error("El respaldo está incompleto: el archivo termina antes de tiempo.");
      this.pendiente.push(value);
      this.disponibles += value.length;
    }
    const todo = Buffer.concat(this.pendiente);
    this.pendiente = [todo.subarray(n)];
    this.disponibles -= n;
    return todo.subarray(0, n);
  }

  async longitud(): Promise<number> {
    return (await this.leer(4)).readUInt32BE();
  }

  async json<T>(): Promise<T> {
    const texto = (await this.leer(await this.longitud())).toString("utf8");
    try {
      return JSON.parse(texto) as T;
    } catch {
      throw new Error("El respaldo está dañado: una de sus secciones no se puede leer.");
    }
  }

  async terminado(): Promise<boolean> {
    if (this.disponibles > 0) return false;
    const { value, done } = await this.iterador.next();
    if (done) return true;
    this.pendiente = [value];
    this.disponibles = value.length;
    return value.length === 0 ? this.terminado() : false;
  }
}

export function abrir(archivo: string): { lector: Lector; cerrar: () => void } {
  const entrada = createReadStream(archivo);
  const gunzip = createGunzip();
  entrada.on("error", (error) => gunzip.destroy(error));
  entrada.pipe(gunzip);
  return {
    lector: new Lector(gunzip),
    cerrar: () => {
      gunzip.destroy();
      entrada.destroy();
    },
  };
}

export async function leerEncabezado(lector: Lector, archivo: string): Promise<Encabezado> {
  const firma = await lector.leer(Buffer.byteLength(FIRMA)).catch(() => Buffer.alloc(0));
  if (firma.toString("utf8") !== FIRMA) {
    throw new Error(`${archivo} no es un respaldo de esta aplicación (npm run respaldo).`);
  }
  const encabezado = await lector.json<Record<string, unknown>>();
  if (encabezado?.formato !== FORMATO || encabezado.version !== 1) {
    throw new Error(`${archivo} es un respaldo de un formato que esta versión no conoce.`);
  }
  const r = encabezadoSchema.safeParse(encabezado);
  if (!r.success) {
    const problema = r.error.issues[0]!;
    throw new Error(
      `El encabezado del respaldo ${archivo} no es válido (${problema.path.join(".")}: ${problema.message}); ` +
        "no se tocó la base.",
    );
  }
  return r.data;
}

/** The header of a backup, without reading its data. */
export async function leerRespaldo(archivo: string): Promise<Encabezado> {
  const { lector, cerrar } = abrir(archivo);
  try {
    return await leerEncabezado(lector, archivo);
  } finally {
    cerrar();
  }
}

/**
 * Reads the data sections of `lector` (positioned after the header), handing each piece of each
 * table to `alTramo`, and checks them against the archive's closing section: a damaged or truncated
 * archive throws.
 */
export async function recorrerDatos(
  lector: Lector,
  encabezado: Encabezado,
  archivo: string,
  alTramo: (tabla: Encabezado["tablas"][number], tramo: Buffer) => Promise<void>,
  alTerminarTabla: (tabla: Encabezado["tablas"][number]) => Promise<void> = async () => undefined,
): Promise<Record<string, number>> {
  const leidas: Cierre["tablas"] = [];
  for (const tabla of encabezado.tablas) {
    const hash = createHash("sha256");
    let filas = 0;
    for (let n = await lector.longitud(); n > 0; n = await lector.longitud()) {
      const tramo = await lector.leer(n);
      hash.update(tramo);
      for (const byte of tramo) if (byte === 10) filas += 1;
      await alTramo(tabla, tramo);
    }
    await alTerminarTabla(tabla);
    leidas.push({ nombre: tabla.nombre, filas, sha256: hash.digest("hex") });
  }
  const cierre = await lector.json<Cierre>();
  if (JSON.stringify(cierre.tablas) !== JSON.stringify(leidas) || !(await lector.terminado())) {
    throw new Error(`El respaldo ${archivo} está dañado: sus datos no coinciden con su propio cierre.`);
  }
  return Object.fromEntries(leidas.map((t) => [t.nombre, t.filas]));
}

/** Reads a whole backup and checks every table against its closing section; returns rows per table. */
export async function verificarRespaldo(archivo: string): Promise<Record<string, number>> {
  const { lector, cerrar } = abrir(archivo);
  try {
    const encabezado = await leerEncabezado(lector, archivo);
    return await recorrerDatos(lector, encabezado, archivo, async () => undefined);
  } catch (error) {
    if (error instanceof Error && (error as NodeJS.ErrnoException).code?.startsWith("Z_")) {
      throw new Error(`El respaldo ${archivo} está dañado: ${error.message}.`);
    }
    throw error;
  } finally {
    cerrar();
  }
}
