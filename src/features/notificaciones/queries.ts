import "server-only";
import type { TipoNotificacion } from "@/generated/prisma/enums";
import type { Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { NOTIFICACIONES_OBLIGATORIAS, notificacionesDelRol } from "./etiquetas";
import type { FiltrosNotificaciones } from "./schemas";
import { MAS_RECIENTES_PRIMERO, paginar } from "@/lib/paginas";

export const POR_PAGINA = 30;

/** The number in the bell. */
export function contarNoLeidas(usuarioId: number): Promise<number> {
  return db().notificacion.count({ where: { usuarioId, leidaEn: null } });
}

/** The user's own notifications, newest first, one page at a time; nobody reads another's. */
export async function notificacionesDe(actor: Actor, filtros: FiltrosNotificaciones) {
  const where = { usuarioId: actor.id, ...(filtros.estado === "no-leidas" ? { leidaEn: null } : {}) };
  const [total, noLeidas] = await Promise.all([db().notificacion.count({ where }), contarNoLeidas(actor.id)]);
  const { pagina, paginas, skip, take } = paginar(total, filtros.pagina, POR_PAGINA);
  const filas = await db().notificacion.findMany({
    where,
    orderBy: [...MAS_RECIENTES_PRIMERO],
    skip,
    take,
    select: {
      id: true,
      tipo: true,
      titulo: true,
      mensaje: true,
      enlace: true,
      leidaEn: true,
      createdAt: true,
    },
  });
  return { filas, total, noLeidas, pagina, paginas };
}

export type NotificacionVista = Awaited<ReturnType<typeof notificacionesDe>>["filas"][number];

export interface PreferenciaVista {
  tipo: TipoNotificacion;
  correo: boolean;
  obligatoria: boolean;
}

/** What the user may receive, and whether each also arrives by e-mail (mandatory ones always do). */
export async function preferenciasDe(actor: Actor): Promise<PreferenciaVista[]> {
  const sinCorreo = await db().preferenciaNotificacion.findMany({
    where: { usuarioId: actor.id, correo: false },
    select: { tipo: true },
  });
  const apagadas = new Set(sinCorreo.map((p) => p.tipo));
  return notificacionesDelRol(actor.rol).map((tipo) => {
    const obligatoria = NOTIFICACIONES_OBLIGATORIAS.has(tipo);
    return { tipo, obligatoria, correo: obligatoria || !apagadas.has(tipo) };
  });
}
