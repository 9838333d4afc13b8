import "server-only";
import { desdeColumnaDate, fechaEnBogota } from "@/lib/fechas";
import {
  AMBITO_NACIONAL,
  ambitoDeCentro,
  derivarObligaciones,
  obligaAlCentro,
  type Obligacion,
  type SeguimientoObligado,
} from "@/lib/obligaciones";
import { centroEnVigencia } from "@/features/centros/vigencias";
import { SE_REPORTAN } from "@/features/plan/declaraciones-2020";
import { autorizar, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";

/** What deriving obligations needs of a seguimiento. */
export const SEGUIMIENTO_OBLIGADO = {
  id: true,
  nombre: true,
  periodicidad: true,
  alcance: true,
  diasOportunidad: true,
  obligados: true,
} as const;

export interface ObligacionesDeUnidad {
  unidad: string;
  obligaciones: Obligacion[];
}

async function reportesDe(vigenciaId: number, ambito: string, seguimientos: SeguimientoObligado[]) {
  const reportes = await db().reporte.findMany({
    where: { vigenciaId, ambito, seguimientoId: { in: seguimientos.map((s) => s.id) } },
    select: {
      id: true,
      seguimientoId: true,
      periodo: true,
      ambito: true,
      estado: true,
      primerEnvioEn: true,
      plazos: {
        where: { tipo: "CORRECCION", cerradoEn: null },
        orderBy: { id: "desc" },
        take: 1,
        select: { venceEl: true },
      },
    },
  });
  return reportes.map(({ plazos, ...r }) => ({
    ...r,
    plazoCorreccion: plazos[0] ? desdeColumnaDate(plazos[0].venceEl) : null,
  }));
}

/**
 * Every report a centro owes in the vigencia, by its marks in that vigencia (decisión 0020). A
 * centro inactive in it owes nothing new, and one that did not generate aprovechamiento or require
 * resources then does not owe those reports: in every case the reports it already has stay in the
 * list. Only people allowed to see that centro may ask.
 */
export async function obligacionesDelCentro(
  actor: Actor,
  centroId: number,
  vigencia: { id: number; anio: number },
  hoy = fechaEnBogota(new Date()),
): Promise<ObligacionesDeUnidad> {
  autorizar(actor, { accion: "ver-centro", centroId });
  const { nombre } = await db().centro.findUniqueOrThrow({
    where: { id: centroId },
    select: { nombre: true },
  });
  const centro = await centroEnVigencia(db(), centroId, vigencia.id);
  const seguimientos = await db().seguimiento.findMany({
    where: { vigenciaId: vigencia.id, alcance: "POR_CENTRO", ...SE_REPORTAN },
    select: SEGUIMIENTO_OBLIGADO,
  });
  const obligados = new Set(
    seguimientos.filter((s) => centro.activo && obligaAlCentro(s, centro)).map((s) => s.id),
  );
  const ambito = ambitoDeCentro(centro.id);
  const reportes = await reportesDe(vigencia.id, ambito, seguimientos);
  const obligaciones = derivarObligaciones({ anio: vigencia.anio, ambito, seguimientos, reportes, hoy });
  return {
    unidad: nombre,
    obligaciones: obligaciones.filter((o) => obligados.has(o.seguimientoId) || o.reporteId !== null),
  };
}

/** The national reports of the vigencia, filed by the coordinator. */
export async function obligacionesNacionales(
  vigencia: { id: number; anio: number },
  hoy = fechaEnBogota(new Date()),
): Promise<ObligacionesDeUnidad> {
  const seguimientos = await db().seguimiento.findMany({
    where: { vigenciaId: vigencia.id, alcance: "NACIONAL", ...SE_REPORTAN },
    select: SEGUIMIENTO_OBLIGADO,
  });
  const reportes = await reportesDe(vigencia.id, AMBITO_NACIONAL, seguimientos);
  return {
    unidad: "Nivel nacional",
    obligaciones: derivarObligaciones({
      anio: vigencia.anio,
      ambito: AMBITO_NACIONAL,
      seguimientos,
      reportes,
      hoy,
    }),
  };
}

/**
 * What the logged-in user must file: a subdirector, their own centro's reports (the centro comes
 * from the database, never from the request); the coordinator, the national ones; other roles file
 * nothing.
 */
export async function misObligaciones(
  actor: Actor,
  vigencia: { id: number; anio: number },
  hoy = fechaEnBogota(new Date()),
): Promise<ObligacionesDeUnidad | null> {
  if (actor.rol === "COORDINADOR") return obligacionesNacionales(vigencia, hoy);
  if (actor.rol === "SUBDIRECTOR" && actor.centroId !== null) {
    return obligacionesDelCentro(actor, actor.centroId, vigencia, hoy);
  }
  return null;
}
