import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AccesoDenegado, puede, type Actor, type ReporteAutorizable } from "@/server/autorizacion";
import { db } from "@/server/db";

const REPORTE_AUTORIZABLE = {
  select: { centroId: true, estado: true, seguimiento: { select: { alcance: true } } },
} satisfies Prisma.ReporteDefaultArgs;

function autorizable({
  centroId,
  estado,
  seguimiento,
}: Prisma.ReporteGetPayload<typeof REPORTE_AUTORIZABLE>): ReporteAutorizable {
  return { centroId, estado, alcance: seguimiento.alcance };
}

const VISTA = {
  id: true,
  campo: true,
  nombreArchivo: true,
  tamanoBytes: true,
  sha256: true,
  subidoEn: true,
  subidoPor: { select: { nombre: true } },
} satisfies Prisma.EvidenciaSelect;

export type EvidenciaVista = Prisma.EvidenciaGetPayload<{ select: typeof VISTA }>;

/**
 * The files attached to a report, oldest first, for someone allowed to see the report. A missing
 * report is refused like a foreign one, so the answer does not reveal which ids exist.
 */
export async function evidenciasDeReporte(actor: Actor, reporteId: number): Promise<EvidenciaVista[]> {
  const reporte = await db().reporte.findUnique({ where: { id: reporteId }, ...REPORTE_AUTORIZABLE });
  if (!reporte || !puede(actor, { accion: "ver-reporte", reporte: autorizable(reporte) })) {
    throw new AccesoDenegado("ver-reporte");
  }
  return db().evidencia.findMany({ where: { reporteId }, orderBy: { id: "asc" }, select: VISTA });
}

/**
 * An evidence with its bytes, for someone allowed to download it; null when it does not exist or
 * belongs to a centro the user may not see (both answered alike, with a 404).
 */
export async function evidenciaParaDescargar(
  tx: Pick<Prisma.TransactionClient, "evidencia">,
  actor: Actor,
  evidenciaId: number,
) {
  const evidencia = await tx.evidencia.findUnique({
    where: { id: evidenciaId },
    select: {
      id: true,
      reporteId: true,
      nombreArchivo: true,
      sha256: true,
      contenido: { select: { bytes: true } },
      reporte: REPORTE_AUTORIZABLE,
    },
  });
  if (!evidencia) return null;
  return puede(actor, { accion: "descargar-evidencia", reporte: autorizable(evidencia.reporte) })
    ? evidencia
    : null;
}

/** How many files a report has, or back one of its form's documents (`campo`). */
export function contarEvidencias(
  tx: Pick<Prisma.TransactionClient, "evidencia">,
  reporteId: number,
  campo?: string,
): Promise<number> {
  return tx.evidencia.count({ where: { reporteId, ...(campo === undefined ? {} : { campo }) } });
}
