import "server-only";
import type { TablaExportable } from "@/features/tableros/tipos";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { consistenciaDeMetas, type Consistencia } from "@/lib/metas";
import { periodosDeVigencia } from "@/lib/periodos";
import { autorizar, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { columna, REGIONAL, SEMESTRE } from "@/features/tableros/columnas";

type Lector = Pick<Prisma.TransactionClient, "metaRecaudo">;

export function filasDeMetas(cliente: Lector, vigenciaId: number, periodos: string[]) {
  return cliente.metaRecaudo.findMany({
    where: { vigenciaId, periodo: { in: periodos } },
    select: { id: true, periodo: true, regionalId: true, ambito: true, monto: true },
  });
}

export type FilaDeMeta = Awaited<ReturnType<typeof filasDeMetas>>[number];

/** Identifies the stored metas of a semester: it changes whenever anyone saves a different value. */
export function huellaDeMetas(filas: readonly Pick<FilaDeMeta, "ambito" | "monto">[]): string {
  const canonica = filas
    .map((f) => `${f.ambito}=${f.monto}`)
    .sort()
    .join(";");
  return createHash("sha256").update(canonica).digest("hex");
}

function separar(filas: readonly FilaDeMeta[]) {
  const nacional = filas.find((f) => f.regionalId === null)?.monto ?? null;
  const regionales = new Map<number, bigint>();
  for (const f of filas) if (f.regionalId !== null) regionales.set(f.regionalId, f.monto);
  return { nacional, regionales };
}

export interface MetaDelPeriodo {
  nacional: bigint | null;
  /** Goal per regional id; a regional without a goal is absent. */
  regionales: Map<number, bigint>;
  consistencia: Consistencia;
}

/** National and per-regional goals of one semester ("2026-S1"), for reports and dashboards. */
export async function metaDelPeriodo(vigenciaId: number, periodo: string): Promise<MetaDelPeriodo> {
  const { nacional, regionales } = separar(await filasDeMetas(db(), vigenciaId, [periodo]));
  return { nacional, regionales, consistencia: consistenciaDeMetas(nacional, [...regionales.values()]) };
}

/** Both semesters of a vigencia with every regional, as the metas screen shows them. */
export async function metasDeVigencia(actor: Actor, vigencia: { id: number; anio: number }) {
  autorizar(actor, { accion: "ver-tableros" });
  const periodos = periodosDeVigencia(vigencia.anio, "SEMESTRAL");
  const [regionales, filas] = await Promise.all([
    db().regional.findMany({ orderBy: { nombre: "asc" }, select: { id: true, nombre: true } }),
    filasDeMetas(
      db(),
      vigencia.id,
      periodos.map((p) => p.codigo),
    ),
  ]);
  return periodos.map((periodo) => {
    const delPeriodo = filas.filter((f) => f.periodo === periodo.codigo);
    const metas = separar(delPeriodo);
    const conMeta = regionales.map((r) => ({ ...r, monto: metas.regionales.get(r.id) ?? null }));
    return {
      periodo: { codigo: periodo.codigo, etiqueta: periodo.etiqueta },
      huella: huellaDeMetas(delPeriodo),
      nacional: metas.nacional,
      regionales: conMeta,
      consistencia: consistenciaDeMetas(
        metas.nacional,
        conMeta.map((r) => r.monto),
      ),
    };
  });
}

export type SemestreDeMetas = Awaited<ReturnType<typeof metasDeVigencia>>[number];

/** The metas of a vigencia as a table to download: one row per semester and regional, then the nation. */
export async function tablaDeMetas(
  actor: Actor,
  vigencia: { id: number; anio: number },
): Promise<TablaExportable> {
  const semestres = await metasDeVigencia(actor, vigencia);
  return {
    nombre: "metas-de-recaudo",
    titulo: `Metas de recaudo ${vigencia.anio}`,
    columnas: [columna("vigencia", "Vigencia"), SEMESTRE, REGIONAL, columna("meta", "Meta", "pesos")],
    filas: semestres.flatMap((s) => [
      ...s.regionales.map((r) => ({
        vigencia: String(vigencia.anio),
        semestre: s.periodo.codigo,
        regional: r.nombre,
        meta: r.monto,
      })),
      { vigencia: String(vigencia.anio), semestre: s.periodo.codigo, regional: "Nacional", meta: s.nacional },
    ]),
  };
}
