// What the backup reads from the database's catalog: the tables of `public` in load order with their
// columns, the sequences, and which tables hold data; and, on restore, the check that an archive's
// header names exactly the tables, columns and sequences its migrations create.
import pg from "pg";
import type { Encabezado } from "./respaldo-formato";

/** Tables the restore recreates itself instead of copying. */
const EXCLUIDAS = new Set(["_prisma_migrations"]);
/** Settings whose only row the migrations create: holding it does not make a database "with data". */
const CREADAS_POR_MIGRACIONES = new Set([
  "ConfiguracionSeguimiento",
  "ConfiguracionIngreso",
  "GeneracionTableros",
]);

export const ident = (nombre: string) => `"${nombre.replaceAll('"', '""')}"`;

/** The tables of `esquema`, parents before children (by foreign key), each with its columns. */
export async function tablasEnOrden(
  client: pg.ClientBase,
  esquema = "public",
): Promise<Encabezado["tablas"]> {
  const { rows: tablas } = await client.query<{ nombre: string; columnas: string[] }>(
    `SELECT c.relname AS nombre,
            array_agg(a.attname::text ORDER BY a.attnum) AS columnas
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                          AND a.attgenerated = ''
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
      GROUP BY c.relname
      ORDER BY c.relname`,
    [esquema],
  );
  const { rows: claves } = await client.query<{ hija: string; madre: string }>(
    `SELECT h.relname AS hija, m.relname AS madre
       FROM pg_constraint k
       JOIN pg_class h ON h.oid = k.conrelid
       JOIN pg_class m ON m.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = h.relnamespace
      WHERE k.contype = 'f' AND n.nspname = $1 AND h.oid <> m.oid`,
    [esquema],
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

export async function secuencias(
  client: pg.ClientBase,
  esquema = "public",
): Promise<Encabezado["secuencias"]> {
  const { rows } = await client.query<{ nombre: string }>(
    `SELECT c.relname AS nombre FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'S' ORDER BY c.relname`,
    [esquema],
  );
  const resultado: Encabezado["secuencias"] = [];
  for (const { nombre } of rows) {
    const {
      rows: [s],
    } = await client.query<{ valor: string; llamado: boolean }>(
      `SELECT last_value::text AS valor, is_called AS llamado FROM ${ident(esquema)}.${ident(nombre)}`,
    );
    resultado.push({ nombre, valor: s!.valor, llamado: s!.llamado });
  }
  return resultado;
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

const lista = (nombres: string[]) => nombres.slice(0, 6).join(", ") + (nombres.length > 6 ? ", …" : "");

/**
 * Refuses an archive whose header does not name exactly what the backup's migrations created in
 * `esquema`: a table it lacks (the audit log left out, say) would be restored empty, and one of its
 * own (the migrations' history) would be overwritten.
 */
export async function exigirElEsquemaDelRespaldo(
  client: pg.ClientBase,
  esquema: string,
  encabezado: Encabezado,
): Promise<void> {
  const tablas = new Map((await tablasEnOrden(client, esquema)).map((t) => [t.nombre, t.columnas]));
  const delRespaldo = new Map(encabezado.tablas.map((t) => [t.nombre, t.columnas]));
  const problemas: string[] = [];
  const ajenas = [...delRespaldo.keys()].filter((t) => !tablas.has(t));
  if (ajenas.length > 0) problemas.push(`nombra tablas que sus migraciones no crean (${lista(ajenas)})`);
  const faltan = [...tablas.keys()].filter((t) => !delRespaldo.has(t));
  if (faltan.length > 0) problemas.push(`le faltan tablas (${lista(faltan)})`);
  const distintas = [...delRespaldo].filter(
    ([t, columnas]) => tablas.has(t) && JSON.stringify(columnas) !== JSON.stringify(tablas.get(t)),
  );
  if (distintas.length > 0) {
    problemas.push(`las columnas de ${lista(distintas.map(([t]) => t))} no son las de su esquema`);
  }
  const propias = (await secuencias(client, esquema)).map((s) => s.nombre).sort();
  const nombradas = encabezado.secuencias.map((s) => s.nombre).sort();
  if (JSON.stringify(propias) !== JSON.stringify(nombradas)) {
    problemas.push("sus secuencias no son las de su esquema");
  }
  if (encabezado.tablas.length !== delRespaldo.size) problemas.push("repite tablas");
  if (problemas.length > 0) {
    throw new Error(
      `El respaldo no corresponde al esquema de sus migraciones: ${problemas.join("; ")}. No se tocó la base.`,
    );
  }
}
