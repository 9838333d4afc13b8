import "server-only";
import { enCache } from "../cache";
import { Prisma } from "@/generated/prisma/client";
import type { TipoReporte } from "@/generated/prisma/enums";
import { fechaEnBogota, ZONA_HORARIA, type FechaCalendario } from "@/lib/fechas";
import { AMBITO_NACIONAL } from "@/lib/obligaciones";
import { db } from "@/server/db";
import type { AmbitoTablero } from "../tipos";
import { periodosEnCurso, periodosEsperados } from "./periodos";
import { tablasDeCumplimiento } from "./tablas";
import { deLaUnidad } from "../sql";

/** Counts as PostgreSQL returns them: one expected report per obliged unit and ended period. */
interface ConteoBase {
  esperados: number;
  /** Submitted at least once (its first submission exists), whatever its status now. */
  recibidos: number;
  /** First submission, as a Bogotá date, on or before the deadline. */
  aTiempo: number;
  aprobados: number;
  /** Not received and the deadline has passed. */
  vencidos: number;
}

export type Conteo = ConteoBase & {
  tarde: number;
  faltantes: number;
  tasaRecepcion: number | null;
  tasaOportunidad: number | null;
  tasaAprobacion: number | null;
};

function tasa(parte: number, total: number): number | null {
  return total === 0 ? null : parte / total;
}

function completar<T extends ConteoBase>(fila: T): T & Conteo {
  return {
    ...fila,
    tarde: fila.recibidos - fila.aTiempo,
    faltantes: fila.esperados - fila.recibidos,
    tasaRecepcion: tasa(fila.recibidos, fila.esperados),
    tasaOportunidad: tasa(fila.aTiempo, fila.esperados),
    tasaAprobacion: tasa(fila.aprobados, fila.esperados),
  };
}

/**
 * `esperados`: every report expected in the ambito, built in the database — the seguimientos of
 * the vigencia times the expected periods (passed as parameters), times the units they oblige (the
 * nation for NACIONAL, each centro active in the vigencia for POR_CENTRO, only those with
 * aprovechamiento when the seguimiento says so and, for the execution report, only those requiring
 * resources; all by the centro's marks in that vigencia, decisión 0020) — joined to the report when
 * it exists. A regional or centro filter leaves the
 * national reports out: they belong to no regional.
 */
function esperados(ambito: AmbitoTablero, hoy: FechaCalendario): Prisma.Sql {
  const periodos = periodosEsperados(ambito.vigencia.anio, ambito.periodo, hoy);
  const { regionalId, centroId, tipo } = ambito;
  const conNacion = regionalId === undefined && centroId === undefined;
  return Prisma.sql`
    WITH periodos AS (
      SELECT * FROM unnest(
        ${periodos.map((p) => p.periodicidad)}::text[],
        ${periodos.map((p) => p.codigo)}::text[],
        ${periodos.map((p) => p.fin)}::date[]
      ) AS p(periodicidad, codigo, fin)
    ),
    obligaciones AS (
      SELECT s.id AS "seguimientoId", s."tipoReporte"::text AS tipo, s.alcance::text AS alcance,
             s.obligados::text AS obligados,
             p.codigo AS periodo, p.fin, p.fin + s."diasOportunidad" AS limite
      FROM "Seguimiento" s
      JOIN periodos p ON p.periodicidad = s.periodicidad::text
      WHERE s."vigenciaId" = ${ambito.vigencia.id} AND s."tipoReporte" IS NOT NULL
        ${tipo === undefined ? Prisma.empty : Prisma.sql`AND s."tipoReporte"::text = ${tipo}`}
    ),
    unidades AS (
      SELECT 'NACIONAL' AS alcance, ${AMBITO_NACIONAL}::text AS ambito, NULL::int AS "centroId",
             NULL::int AS "regionalId", false AS "generaAprovechamiento", false AS "requiereRecursos"
      WHERE ${conNacion}::boolean
      UNION ALL
      SELECT 'POR_CENTRO', c.id::text, c.id, c."regionalId", cv."generaAprovechamiento", cv."requiereRecursos"
      FROM "Centro" c
      JOIN "CentroVigencia" cv ON cv."centroId" = c.id AND cv."vigenciaId" = ${ambito.vigencia.id}
      WHERE cv.activo
        ${deLaUnidad(ambito)}
    ),
    esperados AS (
      SELECT o."seguimientoId", o.tipo, o.periodo, o.fin, o.limite,
             u.ambito, u."centroId", u."regionalId",
             r."primerEnvioEn" IS NOT NULL AS recibido,
             COALESCE(
               (r."primerEnvioEn" AT TIME ZONE 'UTC' AT TIME ZONE ${ZONA_HORARIA}::text)::date <= o.limite,
               false
             ) AS "aTiempo",
             COALESCE(r.estado = 'APROBADO', false) AS aprobado
      FROM obligaciones o
      JOIN unidades u
        ON u.alcance = o.alcance
       AND (u."centroId" IS NULL OR o.obligados = 'TODOS'
            OR (o.obligados = 'CON_APROVECHAMIENTO' AND u."generaAprovechamiento")
            OR (o.obligados = 'CON_RECURSOS' AND u."requiereRecursos"))
      LEFT JOIN "Reporte" r
        ON r."seguimientoId" = o."seguimientoId" AND r.periodo = o.periodo AND r.ambito = u.ambito
    )`;
}

function conteos(hoy: FechaCalendario): Prisma.Sql {
  return Prisma.sql`
    count(*)::int AS esperados,
    count(*) FILTER (WHERE e.recibido)::int AS recibidos,
    count(*) FILTER (WHERE e."aTiempo")::int AS "aTiempo",
    count(*) FILTER (WHERE e.aprobado)::int AS aprobados,
    count(*) FILTER (WHERE NOT e.recibido AND e.limite < ${hoy}::date)::int AS vencidos`;
}

async function totalNacional(ambito: AmbitoTablero, hoy: FechaCalendario) {
  const [fila] = await db().$queryRaw<ConteoBase[]>`
    ${esperados(ambito, hoy)}
    SELECT ${conteos(hoy)} FROM esperados e`;
  return completar(fila ?? { esperados: 0, recibidos: 0, aTiempo: 0, aprobados: 0, vencidos: 0 });
}

async function porRegional(ambito: AmbitoTablero, hoy: FechaCalendario) {
  const filas = await db().$queryRaw<(ConteoBase & { regionalId: number | null; regional: string | null })[]>`
    ${esperados(ambito, hoy)}
    SELECT e."regionalId", rg.nombre AS regional, ${conteos(hoy)}
    FROM esperados e
    LEFT JOIN "Regional" rg ON rg.id = e."regionalId"
    GROUP BY e."regionalId", rg.nombre
    ORDER BY e."regionalId" IS NOT NULL, rg.nombre`;
  return filas.map(completar);
}

async function porCentro(ambito: AmbitoTablero, hoy: FechaCalendario) {
  const filas = await db().$queryRaw<
    (ConteoBase & { centroId: number; centro: string; codigo: string; regional: string })[]
  >`
    ${esperados(ambito, hoy)}
    SELECT e."centroId", c.nombre AS centro, c.codigo, rg.nombre AS regional, ${conteos(hoy)}
    FROM esperados e
    JOIN "Centro" c ON c.id = e."centroId"
    JOIN "Regional" rg ON rg.id = c."regionalId"
    GROUP BY e."centroId", c.nombre, c.codigo, rg.nombre
    ORDER BY rg.nombre, c.nombre, c.codigo`;
  return filas.map(completar);
}

async function porPeriodo(ambito: AmbitoTablero, hoy: FechaCalendario) {
  const filas = await db().$queryRaw<
    (ConteoBase & { seguimientoId: number; tipo: TipoReporte; periodo: string; fechaLimite: string })[]
  >`
    ${esperados(ambito, hoy)}
    SELECT e."seguimientoId", e.tipo, e.periodo, e.limite::text AS "fechaLimite", ${conteos(hoy)}
    FROM esperados e
    GROUP BY e."seguimientoId", e.tipo, e.periodo, e.fin, e.limite
    ORDER BY e.fin, e.limite, e.tipo, e."seguimientoId"`;
  return filas.map(completar);
}

export interface ObligacionVencida {
  centroId: number | null;
  centro: string | null;
  regional: string | null;
  tipo: TipoReporte;
  periodo: string;
  fechaLimite: FechaCalendario;
  diasAtraso: number;
  /** Subdirectors of the centro, or the cargos responsible for a national report; null if none. */
  responsable: string | null;
  correo: string | null;
}

/** Expected, not received, deadline passed: the most overdue first. `limite` null returns them all. */
async function vencidas(ambito: AmbitoTablero, hoy: FechaCalendario, limite: number | null) {
  return db().$queryRaw<ObligacionVencida[]>`
    ${esperados(ambito, hoy)}
    SELECT e."centroId", c.nombre AS centro, rg.nombre AS regional, e.tipo, e.periodo,
           e.limite::text AS "fechaLimite", (${hoy}::date - e.limite) AS "diasAtraso",
           CASE WHEN e."centroId" IS NULL THEN responsables.cargos ELSE subdirectores.nombres END
             AS responsable,
           subdirectores.correos AS correo
    FROM esperados e
    LEFT JOIN "Centro" c ON c.id = e."centroId"
    LEFT JOIN "Regional" rg ON rg.id = e."regionalId"
    LEFT JOIN LATERAL (
      SELECT string_agg(u.nombre, '; ' ORDER BY u.nombre, u.id) AS nombres,
             string_agg(u.email, '; ' ORDER BY u.nombre, u.id) AS correos
      FROM "User" u
      WHERE u."centroId" = e."centroId" AND u.rol = 'SUBDIRECTOR' AND u.activo
    ) subdirectores ON true
    LEFT JOIN LATERAL (
      SELECT string_agg(x.cargo, '; ' ORDER BY x.orden) AS cargos
      FROM "Responsable" x
      WHERE x."seguimientoId" = e."seguimientoId"
    ) responsables ON true
    WHERE NOT e.recibido AND e.limite < ${hoy}::date
    ORDER BY "diasAtraso" DESC, e."centroId" IS NOT NULL, rg.nombre, c.nombre, e.tipo, e.periodo
    LIMIT ${limite}::int`;
}

export interface ConteoPlazos {
  tipo: "CORRECCION" | "REVISION";
  /** Deadlines given: one per return (or reopening), one per submission. */
  total: number;
  /** Met (resubmitted, reviewed) on or before the deadline, as a Bogotá date. */
  aTiempo: number;
  tarde: number;
  /** Still running, deadline not passed yet. */
  enCurso: number;
  /** Still running, deadline passed. */
  vencidos: number;
}

/**
 * How corrections and reviews keep their deadlines in the ambito, counted in PostgreSQL over every
 * deadline given for its reports. Like the other figures, a regional or centro filter leaves the
 * national reports out.
 */
async function oportunidadDePlazos(ambito: AmbitoTablero, hoy: FechaCalendario): Promise<ConteoPlazos[]> {
  const { tipo, periodo } = ambito;
  const cerradoEl = Prisma.sql`(p."cerradoEn" AT TIME ZONE 'UTC' AT TIME ZONE ${ZONA_HORARIA}::text)::date`;
  const filas = await db().$queryRaw<ConteoPlazos[]>`
    SELECT t.tipo,
           count(p.id)::int AS total,
           count(p.id) FILTER (WHERE p."cerradoEn" IS NOT NULL AND ${cerradoEl} <= p."venceEl")::int AS "aTiempo",
           count(p.id) FILTER (WHERE p."cerradoEn" IS NOT NULL AND ${cerradoEl} > p."venceEl")::int AS tarde,
           count(p.id) FILTER (WHERE p."cerradoEn" IS NULL AND p."venceEl" >= ${hoy}::date)::int AS "enCurso",
           count(p.id) FILTER (WHERE p."cerradoEn" IS NULL AND p."venceEl" < ${hoy}::date)::int AS vencidos
    FROM (VALUES ('CORRECCION'), ('REVISION')) AS t(tipo)
    LEFT JOIN "PlazoReporte" p ON p.tipo::text = t.tipo
      AND EXISTS (
        SELECT 1 FROM "Reporte" r LEFT JOIN "Centro" c ON c.id = r."centroId"
        WHERE r.id = p."reporteId" AND r."vigenciaId" = ${ambito.vigencia.id}
          ${tipo === undefined ? Prisma.empty : Prisma.sql`AND r.tipo::text = ${tipo}`}
          ${periodo === undefined ? Prisma.empty : Prisma.sql`AND r.periodo = ${periodo}`}
          ${deLaUnidad(ambito)}
      )
    GROUP BY t.tipo
    ORDER BY t.tipo`;
  return filas;
}

async function periodicidadesDeLaVigencia(ambito: AmbitoTablero) {
  const filas = await db().seguimiento.findMany({
    where: { vigenciaId: ambito.vigencia.id, ...(ambito.tipo ? { tipoReporte: ambito.tipo } : {}) },
    distinct: ["periodicidad"],
    select: { periodicidad: true },
  });
  return filas.map((f) => f.periodicidad);
}

export interface OpcionesCumplimiento {
  /** Today in Bogotá; decides which periods have ended and which deadlines have passed. */
  hoy?: FechaCalendario;
  /** Most overdue obligations to list (the total is always counted); null lists them all. */
  limiteVencidas?: number | null;
}

/**
 * Reporting completeness and timeliness of the ambito: expected, received, on time, late, missing
 * and approved, for the whole ambito, per regional, per centro and per seguimiento and period, the
 * overdue obligations with who must file them, and how corrections and reviews keep their
 * deadlines. Everything is counted in PostgreSQL.
 */
async function consultarCumplimientoSinCache(ambito: AmbitoTablero, opciones: OpcionesCumplimiento = {}) {
  const hoy = opciones.hoy ?? fechaEnBogota(new Date());
  const [total, regionales, centros, periodos, filasVencidas, periodicidades, plazos] = await Promise.all([
    totalNacional(ambito, hoy),
    porRegional(ambito, hoy),
    porCentro(ambito, hoy),
    porPeriodo(ambito, hoy),
    vencidas(ambito, hoy, opciones.limiteVencidas ?? null),
    periodicidadesDeLaVigencia(ambito),
    oportunidadDePlazos(ambito, hoy),
  ]);
  return {
    hoy,
    periodoElegido: ambito.periodo,
    /** Running periods left out of the figures; empty when a period was picked. */
    periodosEnCurso:
      ambito.periodo === undefined
        ? periodosEnCurso(ambito.vigencia.anio, periodicidades, hoy).map((p) => p.codigo)
        : [],
    total,
    porRegional: regionales,
    porCentro: centros,
    porPeriodo: periodos,
    vencidas: { filas: filasVencidas, total: total.vencidos },
    /** Corrections and reviews against their own deadlines, next to the submissions'. */
    plazos,
  };
}

/** `consultarCumplimientoSinCache`, kept per generation of the data (../cache.ts). */
export const consultarCumplimiento = enCache("cumplimiento", consultarCumplimientoSinCache);

export type Cumplimiento = Awaited<ReturnType<typeof consultarCumplimiento>>;

/** The panel's tables, as shown and exported; the export lists every overdue obligation. */
export async function tablasCumplimiento(
  ambito: AmbitoTablero,
  opciones: OpcionesCumplimiento = {},
): Promise<ReturnType<typeof tablasDeCumplimiento>> {
  return tablasDeCumplimiento(await consultarCumplimiento(ambito, { limiteVencidas: null, ...opciones }));
}
