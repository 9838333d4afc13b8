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
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { cp, mkdtemp, open, rename, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import type { Readable, Writable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { defaultMigrationsDir, deployMigrations } from "./migrations";

const FIRMA = "RESPALDO-PLAN-ACCION 1\n";
const FORMATO = "seguimiento-plan-accion/respaldo";
/** Tables the restore recreates itself instead of copying. */
const EXCLUIDAS = new Set(["_prisma_migrations"]);
/** Settings whose only row the migrations create: holding it does not make a database "with data". */
const CREADAS_POR_MIGRACIONES = new Set([
  "ConfiguracionSeguimiento",
  "ConfiguracionIngreso",
  "GeneracionTableros",
]);

export interface Encabezado {
  formato: typeof FORMATO;
  version: 1;
  creado: string;
  migraciones: string[];
  tablas: { nombre: string; columnas: string[] }[];
  secuencias: { nombre: string; valor: string; llamado: boolean }[];
}

interface Cierre {
  tablas: { nombre: string; filas: number; sha256: string }[];
}

export interface Resumen {
  archivo: string;
  bytes: number;
  migraciones: number;
  /** Rows per table. */
  filas: Record<string, number>;
}

const ident = (nombre: string) => `"${nombre.replaceAll('"', '""')}"`;

/** The tables of `public`, parents before children (by foreign key), each with its columns. */
async function tablasEnOrden(client: pg.ClientBase): Promise<Encabezado["tablas"]> {
  const { rows: tablas } = await client.query<{ nombre: string; columnas: string[] }>(
    `SELECT c.relname AS nombre,
            array_agg(a.attname::text ORDER BY a.attnum) AS columnas
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                          AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      GROUP BY c.relname
      ORDER BY c.relname`,
  );
  const { rows: claves } = await client.query<{ hija: string; madre: string }>(
    `SELECT h.relname AS hija, m.relname AS madre
       FROM pg_constraint k
       JOIN pg_class h ON h.oid = k.conrelid
       JOIN pg_class m ON m.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = h.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND h.oid <> m.oid`,
  );
  const pendientes = new Map(
    tablas.filter((t) => !EXCLUIDAS.has(t.nombre)).map((t) => [t.nombre, t] as const),
  );
  const orden: Encabezado["tablas"] = [];
  while (pendientes.size > 0) {
    const listas = [...pendientes.keys()].filter(
      (nombre) => !claves.some((k) => k.hija === nombre && pendientes.has(k.madre)),
    );
    if (listas.length === 0) {
      throw new Error(
        `Las tablas ${[...pendientes.keys()].join(", ")} se referencian en ciclo: no hay un orden de carga.`,
      );
    }
    for (const nombre of listas) {
      orden.push(pendientes.get(nombre)!);
      pendientes.delete(nombre);
    }
  }
  return orden;
}

async function secuencias(client: pg.ClientBase): Promise<Encabezado["secuencias"]> {
  const { rows } = await client.query<{ nombre: string }>(
    `SELECT c.relname AS nombre FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`,
  );
  const resultado: Encabezado["secuencias"] = [];
  for (const { nombre } of rows) {
    const {
      rows: [s],
    } = await client.query<{ valor: string; llamado: boolean }>(
      `SELECT last_value::text AS valor, is_called AS llamado FROM public.${ident(nombre)}`,
    );
    resultado.push({ nombre, valor: s!.valor, llamado: s!.llamado });
  }
  return resultado;
}

/** Writes `data` to `destino` honouring back-pressure. */
async function escribir(destino: Writable, data: Uint8Array): Promise<void> {
  if (!destino.write(data)) await once(destino, "drain");
}

function longitud(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

async function escribirJson(destino: Writable, valor: unknown): Promise<void> {
  const json = Buffer.from(JSON.stringify(valor), "utf8");
  await escribir(destino, longitud(json.length));
  await escribir(destino, json);
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

/** Reads exact byte counts from a stream, for the framed sections of the archive. */
class Lector {
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

function abrir(archivo: string): { lector: Lector; cerrar: () => void } {
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

async function leerEncabezado(lector: Lector, archivo: string): Promise<Encabezado> {
  const firma = await lector.leer(Buffer.byteLength(FIRMA)).catch(() => Buffer.alloc(0));
  if (firma.toString("utf8") !== FIRMA) {
    throw new Error(`${archivo} no es un respaldo de esta aplicación (npm run respaldo).`);
  }
  const encabezado = await lector.json<Encabezado>();
  if (encabezado.formato !== FORMATO || encabezado.version !== 1) {
    throw new Error(`${archivo} es un respaldo de un formato que esta versión no conoce.`);
  }
  return encabezado;
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
 * The tables of `public` that hold data, as "Tabla (n)" for a message: a freshly migrated database
 * has none (the migrations' history and the settings row they create do not count).
 */
export async function tablasConDatos(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ nombre: string }>(
      `SELECT c.relname AS nombre FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
        ORDER BY c.relname`,
    );
    const conDatos: string[] = [];
    for (const { nombre } of rows) {
      const {
        rows: [r],
      } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM public.${ident(nombre)}`);
      const propias = CREADAS_POR_MIGRACIONES.has(nombre) ? "1" : "0";
      if (r && BigInt(r.n) > BigInt(propias)) conDatos.push(`${nombre} (${r.n})`);
    }
    return conDatos;
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

/**
 * Reads the data sections of `lector` (positioned after the header), handing each piece of each
 * table to `alTramo`, and checks them against the archive's closing section: a damaged or truncated
 * archive throws.
 */
async function recorrerDatos(
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
    await deployMigrations(databaseUrl, { migrationsDir: carpeta });
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
