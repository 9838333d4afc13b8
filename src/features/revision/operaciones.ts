import "server-only";
import type { EstadoReporte } from "@/generated/prisma/enums";
import { avisarDecision, type Decision } from "@/features/notificaciones/eventos";
import { leerConfiguracion } from "@/features/recordatorios/configuracion";
import { actualizarConVersion, cargarReporteBloqueable, exigirVisible } from "@/features/reportes/bloqueo";
import { abrirPlazo, cerrarPlazo } from "@/features/reportes/plazos";
import { siguienteEstado } from "@/lib/estado-reporte";
import { definirOperacion, type Contexto } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { autorizar } from "@/server/autorizacion";
import { aprobarSchema, devolverSchema, reabrirSchema } from "./schemas";

const PERMISO = {
  APROBAR: "revisar-reporte",
  DEVOLVER: "revisar-reporte",
  REABRIR: "reabrir-reporte",
} as const satisfies Record<Decision, string>;

const VERBO: Record<Decision, string> = { APROBAR: "aprobar", DEVOLVER: "devolver", REABRIR: "reabrir" };

const SITUACION: Record<EstadoReporte, string> = {
  BORRADOR: "todavía es un borrador que su responsable no ha enviado",
  ENVIADO: "ya fue enviado y está pendiente de revisión",
  APROBADO: "ya fue aprobado",
  DEVUELTO: "ya fue devuelto a su responsable",
};

export const PREFIJO_REAPERTURA = "Reabierto por administración: ";

/** Names the state the report is really in, so a second click or a stale tab explains itself. */
export function mensajeEstadoInvalido(estado: EstadoReporte, decision: Decision): string {
  return (
    `Este reporte ${SITUACION[estado]}, así que no se puede ${VERBO[decision]}. ` +
    "Recargue la página para ver su estado actual."
  );
}

/**
 * One review decision: the report must still be in a state the decision applies to, the user must
 * be its reviewer, and nobody may have saved it since the version the user read.
 */
async function decidir(
  { actor, tx, auditar }: Contexto,
  referencia: { reporteId: number; version: number },
  decision: Decision,
  comentario: string | null,
) {
  const comentarioRevision = decision === "REABRIR" ? `${PREFIJO_REAPERTURA}${comentario}` : comentario;
  const reporte = await cargarReporteBloqueable(tx, referencia.reporteId);
  exigirVisible(actor, reporte);
  const estado = siguienteEstado(reporte.estado, decision);
  if (!estado) throw new ErrorDeNegocio(mensajeEstadoInvalido(reporte.estado, decision));
  autorizar(actor, { accion: PERMISO[decision], reporte });
  const anterior = await tx.reporte.findUniqueOrThrow({
    where: { id: reporte.id },
    select: { comentarioRevision: true },
  });
  const ahora = new Date();
  const version = await actualizarConVersion(tx, reporte.id, referencia.version, {
    estado,
    revisadoPorId: actor.id,
    revisadoEn: ahora,
    comentarioRevision,
  });
  await auditar({
    accion: decision,
    entidad: "Reporte",
    entidadId: reporte.id,
    reporteId: reporte.id,
    antes: { estado: reporte.estado, comentarioRevision: anterior.comentarioRevision },
    despues: { estado, comentarioRevision },
  });
  await cerrarPlazo(tx, reporte.id, "REVISION", ahora);
  const correccionVenceEl =
    estado === "DEVUELTO"
      ? await abrirPlazo(tx, reporte.id, "CORRECCION", (await leerConfiguracion(tx)).diasCorreccion, ahora)
      : null;
  await avisarDecision(tx, reporte, { actorId: actor.id, decision, comentario, correccionVenceEl });
  return { reporteId: reporte.id, version, estado };
}

/** Approval leaves the report read-only; the last return comment stays in the audit trail. */
export const aprobar = definirOperacion("aprobarReporte", aprobarSchema, (input, ctx) =>
  decidir(ctx, input, "APROBAR", null),
);

export const devolver = definirOperacion("devolverReporte", devolverSchema, (input, ctx) =>
  decidir(ctx, input, "DEVOLVER", input.comentario),
);

/** An admin sends an approved report back to its author, who reads the reason as the comment. */
export const reabrir = definirOperacion("reabrirReporte", reabrirSchema, (input, ctx) =>
  decidir(ctx, input, "REABRIR", input.motivo),
);
