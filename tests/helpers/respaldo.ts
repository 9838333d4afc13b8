// What the backup tests share: a snapshot of everything a database holds, and an archive taken apart
// and put back together the way someone who edits it would, checksums recomputed.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import type { Encabezado } from "../../scripts/db/respaldo";

export async function conBase<T>(url: string, trabajo: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await trabajo(client);
  } finally {
    await client.end();
  }
}

/**
 * Everything a database holds, comparable across two of them: a fingerprint of every row of every
 * table, every sequence's position, and in full the rows that matter most (reports, evidence
 * hashes recomputed from the stored bytes, the audit trail with its seals).
 */
export function instantanea(url: string) {
  return conBase(url, async (c) => {
    const { rows: tablas } = await c.query<{ nombre: string }>(
      `SELECT tablename AS nombre FROM pg_tables WHERE schemaname = 'public'
          AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    );
    const huellas: Record<string, string> = {};
    const { rows: generacion } = await c.query<{ valor: string }>(
      `SELECT valor::text FROM "GeneracionTableros" WHERE id = 1`,
    );
    for (const { nombre } of tablas) {
      // Not data but a counter of its changes, deliberately new after a restore (compared apart).
      if (nombre === "GeneracionTableros") continue;
      const { rows } = await c.query<{ n: string; huella: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS huella
           FROM public."${nombre}" t`,
      );
      huellas[nombre] = `${rows[0]!.n}:${rows[0]!.huella}`;
    }
    const { rows: secuencias } = await c.query(
      `SELECT sequencename, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    );
    const { rows: reportes } = await c.query(`SELECT * FROM "Reporte" ORDER BY id`);
    const { rows: evidencias } = await c.query(
      `SELECT e.id, e.sha256, encode(sha256(c.bytes), 'hex') AS "sha256DeLosBytes"
         FROM "Evidencia" e LEFT JOIN "EvidenciaContenido" c ON c."evidenciaId" = e.id ORDER BY e.id`,
    );
    const { rows: auditoria } = await c.query(`SELECT * FROM "AuditLog" ORDER BY id`);
    return { huellas, secuencias, reportes, evidencias, auditoria, generacion: generacion[0]?.valor };
  });
}

const FIRMA = "RESPALDO-PLAN-ACCION 1\n";

function prefijo(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

/** An archive's contents: its header and each table's data, in COPY text format. */
export interface Partes {
  encabezado: Encabezado;
  datos: Map<string, Buffer>;
}

/**
 * Reads `origen`, lets `cambiar` edit its header and data, and writes `destino` with a closing
 * section that matches the edited data: an archive that checks out against itself.
 */
export async function reescribirRespaldo(
  origen: string,
  destino: string,
  cambiar: (partes: Partes) => void,
): Promise<void> {
  const crudo = gunzipSync(await readFile(origen));
  let i = FIRMA.length;
  const leerSeccion = () => {
    const n = crudo.readUInt32BE(i);
    const seccion = crudo.subarray(i + 4, i + 4 + n);
    i += 4 + n;
    return seccion;
  };
  const encabezado = JSON.parse(leerSeccion().toString("utf8")) as Encabezado;
  const datos = new Map<string, Buffer>();
  for (const tabla of encabezado.tablas) {
    const tramos: Buffer[] = [];
    for (let tramo = leerSeccion(); tramo.length > 0; tramo = leerSeccion()) tramos.push(tramo);
    datos.set(tabla.nombre, Buffer.concat(tramos));
  }
  const partes = { encabezado, datos };
  cambiar(partes);
  const salida: Buffer[] = [Buffer.from(FIRMA)];
  const json = (valor: unknown) => {
    const b = Buffer.from(JSON.stringify(valor), "utf8");
    salida.push(prefijo(b.length), b);
  };
  json(partes.encabezado);
  const cierre = partes.encabezado.tablas.map((t) => {
    const d = partes.datos.get(t.nombre) ?? Buffer.alloc(0);
    if (d.length > 0) salida.push(prefijo(d.length), d);
    salida.push(prefijo(0));
    const filas = d.reduce((n, byte) => n + (byte === 10 ? 1 : 0), 0);
    return { nombre: t.nombre, filas, sha256: createHash("sha256").update(d).digest("hex") };
  });
  json({ tablas: cierre });
  await writeFile(destino, gzipSync(Buffer.concat(salida)));
}
