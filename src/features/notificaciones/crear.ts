import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TipoNotificacion } from "@/generated/prisma/enums";
import { encolarCorreos } from "@/server/cola";
import { urlPublica } from "@/server/url-publica";
import { NOTIFICACIONES_OBLIGATORIAS } from "./etiquetas";
import { componerCorreo } from "./plantillas";

/** One notification for one user. */
export interface Aviso {
  usuarioId: number;
  tipo: TipoNotificacion;
  titulo: string;
  mensaje: string;
  /** Path inside the application: the report, the review queue, a dashboard. */
  enlace: string;
  reporteId?: number | null;
}

const TEXTO_ENLACE: Partial<Record<TipoNotificacion, string>> = {
  REPORTE_ENVIADO: "Revisar el reporte",
  REVISION_VENCIDA: "Abrir la cola de revisión",
  ESCALAMIENTO: "Ver el detalle",
  RESUMEN_SEMANAL: "Abrir el tablero de cumplimiento",
  AUDITORIA_ALTERADA: "Abrir la auditoría",
};

/**
 * Creates the notifications in the caller's transaction, and for each recipient who gets e-mail
 * for that kind (always for the mandatory ones) the message in the outbox and the job that sends
 * it: all of it exists only if the event that causes it commits. Inactive users are skipped.
 */
export async function notificar(
  tx: Prisma.TransactionClient,
  avisos: readonly Aviso[],
): Promise<{ notificaciones: number; correos: number }> {
  if (avisos.length === 0) return { notificaciones: 0, correos: 0 };
  const ids = [...new Set(avisos.map((a) => a.usuarioId))];
  // One query at a time: a transaction holds a single connection.
  const usuarios = await tx.user.findMany({
    where: { id: { in: ids }, activo: true },
    select: { id: true, nombre: true, email: true },
  });
  const sinCorreo = await tx.preferenciaNotificacion.findMany({
    where: { usuarioId: { in: ids }, correo: false },
    select: { usuarioId: true, tipo: true },
  });
  const usuario = new Map(usuarios.map((u) => [u.id, u]));
  const silenciado = new Set(sinCorreo.map((p) => `${p.usuarioId}|${p.tipo}`));
  const creadas = await tx.notificacion.createManyAndReturn({
    data: avisos
      .filter((a) => usuario.has(a.usuarioId))
      .map((a) => ({ ...a, reporteId: a.reporteId ?? null })),
    select: { id: true, usuarioId: true, tipo: true, titulo: true, mensaje: true, enlace: true },
  });
  const urlPreferencias = urlPublica("/cuenta#notificaciones");
  const correos = creadas.flatMap((n) => {
    const destinatario = usuario.get(n.usuarioId);
    const obligatoria = NOTIFICACIONES_OBLIGATORIAS.has(n.tipo);
    if (!destinatario || (!obligatoria && silenciado.has(`${n.usuarioId}|${n.tipo}`))) return [];
    const correo = componerCorreo({
      nombre: destinatario.nombre,
      titulo: n.titulo,
      mensaje: n.mensaje,
      enlace: urlPublica(n.enlace),
      textoEnlace: TEXTO_ENLACE[n.tipo] ?? "Abrir el reporte",
      obligatoria,
      urlPreferencias,
    });
    return [{ usuarioId: n.usuarioId, notificacionId: n.id, para: destinatario.email, ...correo }];
  });
  if (correos.length > 0) {
    const enBandeja = await tx.correo.createManyAndReturn({ data: correos, select: { id: true } });
    await encolarCorreos(
      tx,
      enBandeja.map((c) => c.id),
    );
  }
  return { notificaciones: creadas.length, correos: correos.length };
}
