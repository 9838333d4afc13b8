import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Alcance } from "@/generated/prisma/enums";
import { nombreDelReporte } from "@/lib/etiquetas";
import { formatearFecha, type FechaCalendario } from "@/lib/fechas";
import { notificar } from "./crear";
import { quienesReportan, quienesRevisan } from "./destinatarios";

/** What the notifications of a report event need to know about the report. */
export interface ReporteNotificable {
  id: number;
  /** Its seguimiento's name. */
  seguimiento: string;
  periodo: string;
  alcance: Alcance;
  centroId: number | null;
}

/** "de Centro X (Regional Y)" or "del nivel nacional", as the messages say it. */
async function unidadDe(tx: Prisma.TransactionClient, centroId: number | null): Promise<string> {
  if (centroId === null) return "del nivel nacional";
  const centro = await tx.centro.findUniqueOrThrow({
    where: { id: centroId },
    select: { nombre: true, regional: { select: { nombre: true } } },
  });
  return `de ${centro.nombre} (Regional ${centro.regional.nombre})`;
}

async function nombreDe(tx: Prisma.TransactionClient, usuarioId: number): Promise<string> {
  const u = await tx.user.findUniqueOrThrow({ where: { id: usuarioId }, select: { nombre: true } });
  return u.nombre;
}

function sin(ids: number[], excluido: number): number[] {
  return ids.filter((id) => id !== excluido);
}

/** A report was submitted (or resubmitted after a return): its reviewers are told, with their deadline. */
export async function avisarEnvio(
  tx: Prisma.TransactionClient,
  reporte: ReporteNotificable,
  p: { actorId: number; reenvio: boolean; revisionVenceEl: FechaCalendario },
): Promise<void> {
  const revisores = await quienesRevisan(tx, reporte.alcance);
  const unidad = await unidadDe(tx, reporte.centroId);
  const autor = await nombreDe(tx, p.actorId);
  const nombre = nombreDelReporte(reporte.seguimiento, reporte.periodo);
  const verbo = p.reenvio ? "corrigió y reenvió" : "envió";
  await notificar(
    tx,
    sin(revisores, p.actorId).map((usuarioId) => ({
      usuarioId,
      tipo: "REPORTE_ENVIADO" as const,
      titulo: `${p.reenvio ? "Reporte reenviado" : "Reporte enviado"} para revisión: ${nombre}`,
      mensaje:
        `${autor} ${verbo} «${nombre}» ${unidad}; espera su revisión.\n\n` +
        `Apruébelo o devuélvalo con un comentario a más tardar el ${formatearFecha(p.revisionVenceEl)}.`,
      enlace: `/reportes/${reporte.id}`,
      reporteId: reporte.id,
    })),
  );
}

export type Decision = "APROBAR" | "DEVOLVER" | "REABRIR";

/** A reviewer decided, or an admin reopened: whoever files the report is told, and why. */
export async function avisarDecision(
  tx: Prisma.TransactionClient,
  reporte: ReporteNotificable,
  p: {
    actorId: number;
    decision: Decision;
    comentario: string | null;
    correccionVenceEl: FechaCalendario | null;
  },
): Promise<void> {
  const responsables = await quienesReportan(tx, reporte);
  const unidad = await unidadDe(tx, reporte.centroId);
  const revisor = await nombreDe(tx, p.actorId);
  const nombre = nombreDelReporte(reporte.seguimiento, reporte.periodo);
  const plazo = p.correccionVenceEl
    ? `\n\nCorríjalo y vuelva a enviarlo a más tardar el ${formatearFecha(p.correccionVenceEl)}.`
    : "";
  const contenido = {
    APROBAR: {
      tipo: "REPORTE_APROBADO" as const,
      titulo: `Reporte aprobado: ${nombre}`,
      mensaje: `${revisor} aprobó «${nombre}» ${unidad}. No requiere nada más de su parte.`,
    },
    DEVOLVER: {
      tipo: "REPORTE_DEVUELTO" as const,
      titulo: `Reporte devuelto para corrección: ${nombre}`,
      mensaje: `${revisor} devolvió «${nombre}» ${unidad} con este comentario:\n\n«${p.comentario ?? ""}»${plazo}`,
    },
    REABRIR: {
      tipo: "REPORTE_REABIERTO" as const,
      titulo: `Reporte reabierto por administración: ${nombre}`,
      mensaje: `${revisor} reabrió «${nombre}» ${unidad}, que estaba aprobado. Motivo:\n\n«${p.comentario ?? ""}»${plazo}`,
    },
  }[p.decision];
  await notificar(
    tx,
    sin(responsables, p.actorId).map((usuarioId) => ({
      usuarioId,
      ...contenido,
      enlace: `/reportes/${reporte.id}`,
      reporteId: reporte.id,
    })),
  );
}
