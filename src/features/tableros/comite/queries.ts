import { Prisma } from "@/generated/prisma/client";
import "server-only";
import { enCache } from "../cache";
import type { EstadoReporte } from "@/generated/prisma/enums";
import { ESTADO } from "@/lib/etiquetas";
import { formatearFecha, type FechaCalendario } from "@/lib/fechas";
import { obligaAlCentro } from "@/lib/obligaciones";
import { razon } from "@/lib/razones";
import { db } from "@/server/db";
import type { AmbitoTablero } from "../tipos";
import { deLaUnidad } from "../sql";

/**
 * Which values of `generaAprovechamiento` the vigencia's comité de precios seguimientos oblige:
 * [true] when only centros with aprovechamiento report, [] when there is no such seguimiento.
 */
async function aprovechamientoObligado(vigenciaId: number): Promise<boolean[]> {
  const seguimientos = await db().seguimiento.findMany({
    where: { vigenciaId, tipoReporte: "COMITE_PRECIOS" },
  });
  return [true, false].filter((generaAprovechamiento) =>
    seguimientos.some((s) => obligaAlCentro(s, { id: 0, generaAprovechamiento, requiereRecursos: true })),
  );
}

/**
 * One row per obliged centro in scope (active in the vigencia, by its marks in it: decisión 0020)
 * with its most advanced comité report of the vigencia (approved first, then in review, returned,
 * draft), or none.
 */
function actaPorCentro(ambito: AmbitoTablero, aprovechamiento: boolean[]) {
  return Prisma.sql`
    SELECT DISTINCT ON (c.id)
           c.id AS "centroId", c.nombre AS centro, c."regionalId",
           r.id AS "reporteId", r.estado,
           to_char(d."fechaActa", 'YYYY-MM-DD') AS "fechaActa", d."numeroActa"
      FROM "Centro" c
      JOIN "CentroVigencia" cv ON cv."centroId" = c.id AND cv."vigenciaId" = ${ambito.vigencia.id}
      LEFT JOIN "Reporte" r
        ON r."centroId" = c.id AND r."vigenciaId" = ${ambito.vigencia.id} AND r.tipo = 'COMITE_PRECIOS'
      LEFT JOIN "ReporteComitePrecios" d ON d."reporteId" = r.id
     WHERE cv.activo AND cv."generaAprovechamiento" = ANY(${aprovechamiento}::boolean[])
           ${deLaUnidad(ambito)}
     ORDER BY c.id,
              CASE r.estado WHEN 'APROBADO' THEN 0 WHEN 'ENVIADO' THEN 1 WHEN 'DEVUELTO' THEN 2 ELSE 3 END,
              r."updatedAt" DESC`;
}

interface ConteoRegional {
  regionalId: number | null;
  regional: string | null;
  obligados: number;
  aprobados: number;
  enTramite: number;
  faltantes: number;
  /** Centros whose report's estado counts under the dashboard's data filter. */
  cubiertos: number;
}

/** Counts per regional plus the total row (regionalId null), in one pass of the database. */
function conteosPorRegional(ambito: AmbitoTablero, aprovechamiento: boolean[]) {
  return db().$queryRaw<ConteoRegional[]>`
    WITH acta AS (${actaPorCentro(ambito, aprovechamiento)})
    SELECT g.id AS "regionalId", g.nombre AS regional,
           COUNT(*)::int AS obligados,
           COUNT(*) FILTER (WHERE acta.estado = 'APROBADO')::int AS aprobados,
           COUNT(*) FILTER (WHERE acta.estado IN ('ENVIADO', 'DEVUELTO'))::int AS "enTramite",
           COUNT(*) FILTER (WHERE acta.estado IS NULL OR acta.estado = 'BORRADOR')::int AS faltantes,
           COUNT(*) FILTER (WHERE acta.estado = ANY(${ambito.estados}::"EstadoReporte"[]))::int AS cubiertos
      FROM acta JOIN "Regional" g ON g.id = acta."regionalId"
     GROUP BY ROLLUP ((g.id, g.nombre))`;
}

interface ActaDeCentro {
  centroId: number;
  centro: string;
  regional: string;
  reporteId: number | null;
  estado: EstadoReporte | null;
  fechaActa: FechaCalendario | null;
  numeroActa: string | null;
}

/**
 * The act's date and number are shown only when its report's estado counts under the dashboard's
 * data filter: with "solo aprobados", what a draft or a report under review says stays out.
 */
function actasDeCentros(ambito: AmbitoTablero, aprovechamiento: boolean[]) {
  const cuenta = Prisma.sql`acta.estado = ANY(${ambito.estados}::"EstadoReporte"[])`;
  return db().$queryRaw<ActaDeCentro[]>`
    WITH acta AS (${actaPorCentro(ambito, aprovechamiento)})
    SELECT acta."centroId", acta.centro, g.nombre AS regional, acta."reporteId", acta.estado,
           CASE WHEN ${cuenta} THEN acta."fechaActa" END AS "fechaActa",
           CASE WHEN ${cuenta} THEN acta."numeroActa" END AS "numeroActa"
      FROM acta JOIN "Regional" g ON g.id = acta."regionalId"`;
}

export type SituacionActa = "Aprobado" | "En trámite" | "Falta";

function situacion(estado: EstadoReporte | null): SituacionActa {
  if (estado === "APROBADO") return "Aprobado";
  if (estado === "ENVIADO" || estado === "DEVUELTO") return "En trámite";
  return "Falta";
}

function conCobertura({ cubiertos, ...conteo }: ConteoRegional) {
  return { ...conteo, cobertura: razon(BigInt(cubiertos), BigInt(conteo.obligados)) };
}

const porNombre = (a: string, b: string) => a.localeCompare(b, "es");

/**
 * Comité de precios compliance of the vigencia among the obliged centros in scope: totals, per
 * regional and per centro. Coverage counts the centros whose act's estado is in `ambito.estados`.
 */
async function consultarComiteSinCache(ambito: AmbitoTablero) {
  const aprovechamiento = await aprovechamientoObligado(ambito.vigencia.id);
  if (aprovechamiento.length === 0) return { hayObligacion: false, total: null, regionales: [], centros: [] };
  const [conteos, actas] = await Promise.all([
    conteosPorRegional(ambito, aprovechamiento),
    actasDeCentros(ambito, aprovechamiento),
  ]);
  const total = conteos.find((c) => c.regionalId === null);
  return {
    hayObligacion: true,
    total: total && total.obligados > 0 ? conCobertura(total) : null,
    regionales: conteos
      .filter((c) => c.regionalId !== null)
      .map((c) => ({ ...conCobertura(c), regionalId: c.regionalId ?? 0, regional: c.regional ?? "" }))
      .sort((a, b) => porNombre(a.regional, b.regional)),
    centros: actas
      .map((a) => ({
        ...a,
        situacion: situacion(a.estado),
        detalle: a.estado ? ESTADO[a.estado].nombre : "Sin reporte",
        fecha: a.fechaActa ? formatearFecha(a.fechaActa) : null,
      }))
      .sort((a, b) => porNombre(a.regional, b.regional) || porNombre(a.centro, b.centro)),
  };
}

/** `consultarComiteSinCache`, kept per generation of the data (../cache.ts). */
export const consultarComite = enCache("comite", consultarComiteSinCache);

export type DatosComite = Awaited<ReturnType<typeof consultarComite>>;
