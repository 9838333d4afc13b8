import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Alcance } from "@/generated/prisma/enums";
import { MARCAS_DE_VIGENCIA } from "@/features/centros/vigencias";
import { SEGUIMIENTO_OBLIGADO } from "@/features/obligaciones/queries";
import { SE_REPORTAN } from "@/features/plan/declaraciones-2020";
import { nombreDelReporte } from "@/lib/etiquetas";
import { ZONA_HORARIA, type FechaCalendario } from "@/lib/fechas";
import {
  AMBITO_NACIONAL,
  ambitoDeCentro,
  derivarObligaciones,
  obligaAlCentro,
  type CentroObligado,
} from "@/lib/obligaciones";
import { DIAS_DE_RECUPERACION } from "@/lib/recordatorios";
import type * as mensajes from "./mensajes";
// What a pass of the reminders reads: what each unit owes in the running vigencia and the previous
// one (by each centro's marks in it, decisión 0020), and the open correction and review deadlines.

/** `Map.groupBy`, which Node 20 lacks. */
export function agrupar<T, K>(items: readonly T[], clave: (item: T) => K): Map<K, T[]> {
  const grupos = new Map<K, T[]>();
  for (const item of items) {
    const k = clave(item);
    const grupo = grupos.get(k);
    if (grupo) grupo.push(item);
    else grupos.set(k, [item]);
  }
  return grupos;
}

export interface Unidad extends mensajes.UnidadNombrada {
  alcance: Alcance;
  centroId: number | null;
}

export const SEGUIMIENTO = { ...SEGUIMIENTO_OBLIGADO, vigenciaId: true } as const;

/** Obligations of the running vigencia and the previous one (whose annual reports fall due now). */
export async function obligacionesVigentes(tx: Prisma.TransactionClient, hoy: FechaCalendario) {
  const anio = Number(hoy.slice(0, 4));
  const vigencias = await tx.vigencia.findMany({
    where: { anio: { in: [anio - 1, anio] } },
    select: { id: true, anio: true },
  });
  const ids = vigencias.map((v) => v.id);
  const seguimientos = await tx.seguimiento.findMany({
    where: { vigenciaId: { in: ids }, ...SE_REPORTAN },
    select: SEGUIMIENTO,
  });
  // The centros active in each vigencia, with their marks in it (decisión 0020).
  const centros = await tx.centroVigencia.findMany({
    where: { vigenciaId: { in: ids }, activo: true },
    select: {
      vigenciaId: true,
      ...MARCAS_DE_VIGENCIA,
      centro: { select: { id: true, nombre: true, regional: { select: { nombre: true } } } },
    },
  });
  const reportes = await tx.reporte.findMany({
    where: { vigenciaId: { in: ids } },
    select: { id: true, seguimientoId: true, periodo: true, ambito: true, estado: true, primerEnvioEn: true },
  });
  const porAmbito = agrupar(reportes, (r) => r.ambito);
  type UnidadObligada = { unidad: Unidad; marcas: CentroObligado | null };
  const nacion: UnidadObligada = {
    unidad: { alcance: "NACIONAL", centroId: null, centro: null, regional: null },
    marcas: null,
  };
  return vigencias.flatMap((vigencia) =>
    [
      nacion,
      ...centros
        .filter((c) => c.vigenciaId === vigencia.id)
        .map(({ centro, ...marcas }) => ({
          unidad: {
            alcance: "POR_CENTRO" as const,
            centroId: centro.id,
            centro: centro.nombre,
            regional: centro.regional.nombre,
          },
          marcas: { id: centro.id, ...marcas },
        })),
    ].flatMap(({ unidad, marcas }: UnidadObligada) => {
      const obligan = seguimientos.filter(
        (s) =>
          s.vigenciaId === vigencia.id &&
          s.alcance === unidad.alcance &&
          (marcas === null || obligaAlCentro(s, marcas)),
      );
      const ambito = unidad.centroId === null ? AMBITO_NACIONAL : ambitoDeCentro(unidad.centroId);
      return derivarObligaciones({
        anio: vigencia.anio,
        ambito,
        seguimientos: obligan,
        reportes: porAmbito.get(ambito) ?? [],
        hoy,
      }).map((obligacion) => ({ ...obligacion, unidad, anio: vigencia.anio }));
    }),
  );
}

export type ObligacionVigente = Awaited<ReturnType<typeof obligacionesVigentes>>[number];

export interface FilaPlazo {
  id: number;
  tipo: "CORRECCION" | "REVISION";
  abiertoEl: FechaCalendario;
  venceEl: FechaCalendario;
  reporteId: number;
  seguimiento: string;
  periodo: string;
  alcance: Alcance;
  centroId: number | null;
  centro: string | null;
  regional: string | null;
}

/**
 * Open deadlines that may have a reminder due today: from `antes` days before they lapse to the
 * end of the catch-up window after it. The others cannot match any stage, so they are not read.
 */
export async function plazosAbiertos(tx: Prisma.TransactionClient, hoy: FechaCalendario, antes: number) {
  const filas = await tx.$queryRaw<FilaPlazo[]>`
    SELECT p.id, p.tipo::text AS tipo,
           to_char((p."abiertoEn" AT TIME ZONE 'UTC' AT TIME ZONE ${ZONA_HORARIA}::text)::date, 'YYYY-MM-DD') AS "abiertoEl",
           to_char(p."venceEl", 'YYYY-MM-DD') AS "venceEl",
           r.id AS "reporteId", s.nombre AS seguimiento, r.periodo, s.alcance::text AS alcance,
           r."centroId", c.nombre AS centro, rg.nombre AS regional
    FROM "PlazoReporte" p
    JOIN "Reporte" r ON r.id = p."reporteId"
    JOIN "Seguimiento" s ON s.id = r."seguimientoId"
    LEFT JOIN "Centro" c ON c.id = r."centroId"
    LEFT JOIN "Regional" rg ON rg.id = c."regionalId"
    WHERE p."cerradoEn" IS NULL
      AND p."venceEl" BETWEEN ${hoy}::date - ${DIAS_DE_RECUPERACION + 1}::int AND ${hoy}::date + ${antes}::int`;
  return filas.map((f) => ({
    ...f,
    reporte: nombreDelReporte(f.seguimiento, f.periodo),
    unidad: {
      alcance: f.alcance,
      centroId: f.centroId,
      centro: f.centro,
      regional: f.regional,
    } satisfies Unidad,
  }));
}

/** How many corrections and reviews are overdue, whenever they lapsed: the digest says so. */
export async function plazosVencidos(tx: Prisma.TransactionClient, hoy: FechaCalendario) {
  const filas = await tx.$queryRaw<{ tipo: "CORRECCION" | "REVISION"; n: number }[]>`
    SELECT tipo::text AS tipo, count(*)::int AS n FROM "PlazoReporte"
    WHERE "cerradoEn" IS NULL AND "venceEl" < ${hoy}::date
    GROUP BY tipo`;
  const de = (tipo: "CORRECCION" | "REVISION") => filas.find((f) => f.tipo === tipo)?.n ?? 0;
  return { correcciones: de("CORRECCION"), revisiones: de("REVISION") };
}

export type PlazoAbierto = Awaited<ReturnType<typeof plazosAbiertos>>[number];
