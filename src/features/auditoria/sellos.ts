import "server-only";
import { appendFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ResultadoVerificacion } from "./integridad";

/**
 * The heads of the audit chain kept outside the database (decision 0025): one JSON line each, in a
 * file that AUDITORIA_SELLOS names and that can live on another machine (a mounted folder that only
 * accepts appends). Someone able to rewrite the audit log and recompute its whole chain still
 * cannot make it match a head written before: the row it names would carry another hash.
 */
export const ARCHIVO_DE_SELLOS_POR_OMISION = path.join(".data", "sellos-de-auditoria.jsonl");

export function archivoDeSellos(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return path.resolve(env.AUDITORIA_SELLOS?.trim() || ARCHIVO_DE_SELLOS_POR_OMISION);
}

const selloSchema = z.object({
  /** `sello`: the worker's daily check; `restauracion`: the chain a restore left in place. */
  tipo: z.enum(["sello", "restauracion"]),
  id: z.string().regex(/^[1-9]\d{0,18}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  total: z.number().int().nonnegative(),
  hora: z.iso.datetime(),
  respaldo: z.string().max(1000).optional(),
});

export type Sello = z.infer<typeof selloSchema>;

/** The head of a verified chain, or null for an empty audit log (there is nothing to record). */
export function selloDe(
  r: ResultadoVerificacion,
  tipo: Sello["tipo"],
  hora = new Date(),
  respaldo?: string,
): Sello | null {
  if (!r.ultimo?.hash) return null;
  return {
    tipo,
    id: r.ultimo.id.toString(),
    hash: r.ultimo.hash,
    total: r.total,
    hora: hora.toISOString(),
    ...(respaldo ? { respaldo } : {}),
  };
}

export class SellosIlegibles extends Error {
  override name = "SellosIlegibles";
}

/** The heads recorded in `archivo`, oldest first; null when the file does not exist. */
export async function leerSellos(archivo: string): Promise<Sello[] | null> {
  let texto: string;
  try {
    texto = await readFile(archivo, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new SellosIlegibles(`No se pudo leer ${archivo}: ${(error as Error).message}`);
  }
  const sellos: Sello[] = [];
  for (const [i, linea] of texto.split("\n").entries()) {
    if (!linea.trim()) continue;
    let valor: unknown;
    try {
      valor = JSON.parse(linea);
    } catch {
      valor = undefined;
    }
    const r = selloSchema.safeParse(valor);
    if (!r.success)
      throw new SellosIlegibles(`La línea ${i + 1} de ${archivo} no es un sello de la auditoría.`);
    sellos.push(r.data);
  }
  return sellos;
}

/** Appends one head to `archivo` (created readable only by its owner). */
export async function anotarSello(archivo: string, sello: Sello): Promise<void> {
  await mkdir(path.dirname(archivo), { recursive: true });
  await appendFile(archivo, `${JSON.stringify(sello)}\n`, { mode: 0o600 });
}

/**
 * The heads that still describe the chain. A restore puts back the chain as it was at its last
 * row and the ids after it are handed out again, so the heads written before it that name later
 * rows describe a history the restore replaced.
 */
export function sellosVigentes(sellos: readonly Sello[]): Sello[] {
  let vigentes: Sello[] = [];
  for (const sello of sellos) {
    if (sello.tipo === "restauracion") vigentes = vigentes.filter((s) => BigInt(s.id) <= BigInt(sello.id));
    vigentes.push(sello);
  }
  return vigentes;
}

export interface Discrepancia {
  sello: Sello;
  motivo: string;
}

export interface Comparacion {
  /** Heads checked against a row of the chain; the last of them is `ultimo`. */
  comparados: number;
  ultimo: Sello | null;
  discrepancias: Discrepancia[];
  /** Heads that name rows beyond the chain's last one. */
  posteriores: Sello[];
  /** The chain's last id, if it has any row. */
  ultimoId: bigint | null;
}

/** "el sello guardado" or "los 3 sellos guardados", for the messages. */
export function sellosGuardados(n: number): string {
  return n === 1 ? "el sello guardado" : `los ${n} sellos guardados`;
}

const cuando = (s: Sello) => s.hora.replace("T", " ").slice(0, 19) + " UTC";

/** Compares the stored hash of each row a head names with the hash the head recorded. */
export async function compararConSellos(
  prisma: Pick<PrismaClient, "$queryRaw">,
  sellos: readonly Sello[],
): Promise<Comparacion> {
  const vigentes = sellosVigentes(sellos);
  const [fin] = await prisma.$queryRaw<{ id: bigint | null }[]>`SELECT max(id) AS id FROM "AuditLog"`;
  const ultimoId = fin?.id ?? null;
  const alcanzables = vigentes.filter((s) => ultimoId !== null && BigInt(s.id) <= ultimoId);
  const filas = await prisma.$queryRaw<{ id: bigint; hash: string | null }[]>`
    SELECT id, hash FROM "AuditLog" WHERE id = ANY(${alcanzables.map((s) => s.id)}::bigint[])`;
  const hashes = new Map(filas.map((f) => [f.id.toString(), f.hash]));
  const discrepancias: Discrepancia[] = [];
  for (const sello of alcanzables) {
    if (!hashes.has(sello.id)) {
      discrepancias.push({
        sello,
        motivo: `El sello del ${cuando(sello)} registró el #${sello.id}, que ya no existe.`,
      });
    } else if (hashes.get(sello.id) !== sello.hash) {
      discrepancias.push({
        sello,
        motivo: `El #${sello.id} no tiene el sello que se le registró el ${cuando(sello)}: la cadena se reescribió hasta ahí.`,
      });
    }
  }
  return {
    comparados: alcanzables.length,
    ultimo: alcanzables.reduce<Sello | null>((u, s) => (u && BigInt(u.id) >= BigInt(s.id) ? u : s), null),
    discrepancias,
    posteriores: vigentes.filter((s) => !alcanzables.includes(s)),
    ultimoId,
  };
}

/**
 * For the database in use: a head beyond its last row means rows removed from the end (or a
 * restore nobody recorded in this file).
 */
export function faltantesDelFinal(c: Comparacion): Discrepancia[] {
  const fin = c.ultimoId === null ? "está vacía" : `termina en el #${c.ultimoId}`;
  return c.posteriores.map((sello) => ({
    sello,
    motivo: `El sello del ${cuando(sello)} registró el #${sello.id}, pero la auditoría ${fin}: faltan registros del final.`,
  }));
}
