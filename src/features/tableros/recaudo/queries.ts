import "server-only";
import { enCache } from "../cache";
import { Prisma } from "@/generated/prisma/client";
import type { EstadoReporte } from "@/generated/prisma/enums";
import { metaDelPeriodo } from "@/features/metas/queries";
import { ESTADO } from "@/lib/etiquetas";
import { parsePeriodo, periodosDeVigencia } from "@/lib/periodos";
import { razon } from "@/lib/razones";
import { db } from "@/server/db";
import type { AmbitoTablero } from "../tipos";
import { pesosDeSuma } from "../sql";

/** Both recaudo sums of a row, as the statement returns them: numeric (../sql.ts). */
interface SumasLeidas {
  fiscalizacion: Prisma.Decimal;
  cobroPersuasivo: Prisma.Decimal;
}

function enPesos(fila: SumasLeidas) {
  return {
    fiscalizacion: pesosDeSuma(fila.fiscalizacion),
    cobroPersuasivo: pesosDeSuma(fila.cobroPersuasivo),
  };
}

/**
 * Recaudo of the national RECAUDO reports whose estado counts, per period: the national totals, or
 * one regional's line of the per-regional breakdown. Without `vigenciaId`, every vigencia.
 */
async function sumasPorPeriodo(filtro: {
  estados: EstadoReporte[];
  vigenciaId?: number;
  regionalId?: number;
}) {
  const deVigencia =
    filtro.vigenciaId === undefined ? Prisma.empty : Prisma.sql`AND r."vigenciaId" = ${filtro.vigenciaId}`;
  const detalle =
    filtro.regionalId === undefined
      ? Prisma.sql`JOIN "ReporteRecaudo" d ON d."reporteId" = r.id`
      : Prisma.sql`JOIN "ReporteRecaudoRegional" d
          ON d."reporteId" = r.id AND d."regionalId" = ${filtro.regionalId}`;
  const filas = await db().$queryRaw<(SumasLeidas & { periodo: string })[]>`
    SELECT r.periodo,
           SUM(d."recaudoFiscalizacion") AS fiscalizacion,
           SUM(d."recaudoCobroPersuasivo") AS "cobroPersuasivo"
      FROM "Reporte" r ${detalle}
     WHERE r.tipo = 'RECAUDO' AND r."centroId" IS NULL
       AND r.estado = ANY(${filtro.estados}::"EstadoReporte"[]) ${deVigencia}
     GROUP BY r.periodo
     ORDER BY r.periodo`;
  return filas.map((f) => ({ periodo: f.periodo, ...enPesos(f) }));
}

interface SumasRegional extends SumasLeidas {
  regionalId: number;
  regional: string;
  meta: Prisma.Decimal | null;
}

/** Per regional, the breakdown of the counted reports of `periodos` against the sum of its metas. */
async function sumasPorRegional(ambito: AmbitoTablero, periodos: string[]) {
  const deRegional =
    ambito.regionalId === undefined ? Prisma.empty : Prisma.sql`AND g.id = ${ambito.regionalId}`;
  const filas = await db().$queryRaw<SumasRegional[]>`
    WITH recaudo AS (
      SELECT d."regionalId",
             SUM(d."recaudoFiscalizacion") AS fiscalizacion,
             SUM(d."recaudoCobroPersuasivo") AS "cobroPersuasivo"
        FROM "Reporte" r JOIN "ReporteRecaudoRegional" d ON d."reporteId" = r.id
       WHERE r."vigenciaId" = ${ambito.vigencia.id} AND r.tipo = 'RECAUDO' AND r."centroId" IS NULL
         AND r.estado = ANY(${ambito.estados}::"EstadoReporte"[])
         AND r.periodo = ANY(${periodos}::text[])
       GROUP BY d."regionalId"
    ), meta AS (
      SELECT m."regionalId", SUM(m.monto) AS meta
        FROM "MetaRecaudo" m
       WHERE m."vigenciaId" = ${ambito.vigencia.id} AND m."regionalId" IS NOT NULL
         AND m.periodo = ANY(${periodos}::text[])
       GROUP BY m."regionalId"
    )
    SELECT g.id AS "regionalId", g.nombre AS regional, recaudo.fiscalizacion, recaudo."cobroPersuasivo", meta.meta
      FROM recaudo
      JOIN "Regional" g ON g.id = recaudo."regionalId"
      LEFT JOIN meta ON meta."regionalId" = g.id
     WHERE TRUE ${deRegional}`;
  return filas.map((f) => ({
    regionalId: f.regionalId,
    regional: f.regional,
    ...enPesos(f),
    meta: f.meta === null ? null : pesosDeSuma(f.meta),
  }));
}

function conTotal<T extends { fiscalizacion: bigint; cobroPersuasivo: bigint }>(
  fila: T,
  meta: bigint | null,
) {
  const total = fila.fiscalizacion + fila.cobroPersuasivo;
  return { ...fila, total, meta, cumplimiento: meta === null ? null : razon(total, meta) };
}

/** The estado of the national report of each semester of the vigencia. */
async function informesDeVigencia(vigenciaId: number): Promise<Map<string, EstadoReporte>> {
  const informes = await db().reporte.findMany({
    where: { vigenciaId, tipo: "RECAUDO", centroId: null },
    select: { periodo: true, estado: true },
  });
  return new Map(informes.map((i) => [i.periodo, i.estado]));
}

/** "Pendiente" without a report; a counted report without this regional's line says so. */
function etiquetaDeInforme(ambito: AmbitoTablero, estado: EstadoReporte | undefined, conCifras: boolean) {
  if (!estado) return "Pendiente";
  const sinDesglose = ambito.regionalId !== undefined && ambito.estados.includes(estado) && !conCifras;
  return sinDesglose ? `${ESTADO[estado].nombre}, sin desglose por regional` : ESTADO[estado].nombre;
}

async function semestresDeVigencia(ambito: AmbitoTablero) {
  const periodos = periodosDeVigencia(ambito.vigencia.anio, "SEMESTRAL");
  const [sumas, informes, metas] = await Promise.all([
    sumasPorPeriodo({ ...ambito, vigenciaId: ambito.vigencia.id }),
    informesDeVigencia(ambito.vigencia.id),
    Promise.all(periodos.map((p) => metaDelPeriodo(ambito.vigencia.id, p.codigo))),
  ]);
  const filas = periodos.map((periodo, i) => {
    const meta =
      ambito.regionalId === undefined
        ? (metas[i]?.nacional ?? null)
        : (metas[i]?.regionales.get(ambito.regionalId) ?? null);
    const suma = sumas.find((s) => s.periodo === periodo.codigo);
    const informe = etiquetaDeInforme(ambito, informes.get(periodo.codigo), suma !== undefined);
    const cifras = suma
      ? conTotal(suma, meta)
      : { fiscalizacion: null, cobroPersuasivo: null, total: null, meta, cumplimiento: null };
    return {
      ...cifras,
      periodo: periodo.codigo,
      numero: periodo.numero,
      etiqueta: periodo.etiqueta,
      informe,
    };
  });
  return filas.filter((f) => f.informe !== "Pendiente" || f.meta !== null);
}

/** The semester chosen in the filters, or the whole vigencia when none (or a non-semester) is. */
function periodoDelRanking(ambito: AmbitoTablero) {
  const elegido = ambito.periodo ? parsePeriodo(ambito.periodo) : null;
  if (elegido?.periodicidad === "SEMESTRAL")
    return { periodos: [elegido.codigo], etiqueta: elegido.etiqueta };
  return {
    periodos: periodosDeVigencia(ambito.vigencia.anio, "SEMESTRAL").map((p) => p.codigo),
    etiqueta: `vigencia ${ambito.vigencia.anio}`,
  };
}

function ordenDeRanking(
  a: { cumplimiento: number | null; total: bigint; regional: string },
  b: typeof a,
): number {
  if (a.cumplimiento !== b.cumplimiento) {
    if (a.cumplimiento === null) return 1;
    if (b.cumplimiento === null) return -1;
    return b.cumplimiento - a.cumplimiento;
  }
  if (a.total !== b.total) return a.total > b.total ? -1 : 1;
  return a.regional.localeCompare(b.regional, "es");
}

/**
 * Recaudo against meta for the dashboard: per semester of the vigencia (national, or the chosen
 * regional's breakdown), the regional ranking and the trend over every vigencia. Recaudo is filed
 * nationally, so a centro view has none: null.
 */
async function consultarRecaudoSinCache(ambito: AmbitoTablero) {
  if (ambito.centroId !== undefined) return null;
  const ranking = periodoDelRanking(ambito);
  const [semestres, regionales, tendencia] = await Promise.all([
    semestresDeVigencia(ambito),
    sumasPorRegional(ambito, ranking.periodos),
    sumasPorPeriodo({ estados: ambito.estados, regionalId: ambito.regionalId }),
  ]);
  return {
    semestres,
    ranking: {
      etiqueta: ranking.etiqueta,
      filas: regionales.map((r) => conTotal(r, r.meta)).sort(ordenDeRanking),
    },
    tendencia: tendencia.map((t) => ({
      ...t,
      total: t.fiscalizacion + t.cobroPersuasivo,
      etiqueta: parsePeriodo(t.periodo)?.etiqueta ?? t.periodo,
    })),
  };
}

/** `consultarRecaudoSinCache`, kept per generation of the data (../cache.ts). */
export const consultarRecaudo = enCache("recaudo", consultarRecaudoSinCache);

export type DatosRecaudo = NonNullable<Awaited<ReturnType<typeof consultarRecaudo>>>;
