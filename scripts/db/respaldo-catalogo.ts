// What the backup reads from the database's catalog: the tables of `public` in load order with their
// columns, the sequences, and which tables hold data.
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

/** The tables of `public`, parents before children (by foreign key), each with its columns. */
export async function tablasEnOrden(client: pg.ClientBase): Promise<Encabezado["tablas"]> {
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

export async function secuencias(client: pg.ClientBase): Promise<Encabezado["secuencias"]> {
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
