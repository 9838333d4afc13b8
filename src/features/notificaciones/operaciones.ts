import "server-only";
import { definirOperacion } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { NOMBRE_TIPO_NOTIFICACION, NOTIFICACIONES_OBLIGATORIAS, notificacionesDelRol } from "./etiquetas";
import { abrirNotificacionSchema, marcarTodasSchema, preferenciasSchema } from "./schemas";

/**
 * Marks one of the user's own notifications as read and returns where it leads. Another user's
 * notification is answered as a missing one.
 */
export const abrirNotificacion = definirOperacion(
  "abrirNotificacion",
  abrirNotificacionSchema,
  async ({ notificacionId }, { actor, tx }) => {
    const notificacion = await tx.notificacion.findFirst({
      where: { id: notificacionId, usuarioId: actor.id },
      select: { id: true, enlace: true, leidaEn: true },
    });
    if (!notificacion) throw new ErrorDeNegocio("La notificación no existe.");
    if (!notificacion.leidaEn) {
      await tx.notificacion.update({ where: { id: notificacion.id }, data: { leidaEn: new Date() } });
    }
    return { enlace: notificacion.enlace };
  },
);

export const marcarTodasLeidas = definirOperacion(
  "marcarTodasLeidas",
  marcarTodasSchema,
  async (_, { actor, tx }) => {
    const { count } = await tx.notificacion.updateMany({
      where: { usuarioId: actor.id, leidaEn: null },
      data: { leidaEn: new Date() },
    });
    return { marcadas: count };
  },
);

/**
 * Which kinds the user keeps to the application only. Only kinds the user's role receives, and
 * never a mandatory one: those always arrive by e-mail too.
 */
export const guardarPreferencias = definirOperacion(
  "guardarPreferencias",
  preferenciasSchema,
  async ({ sinCorreo }, { actor, tx, auditar }) => {
    const propias = new Set(notificacionesDelRol(actor.rol));
    const invalida = sinCorreo.find((tipo) => !propias.has(tipo) || NOTIFICACIONES_OBLIGATORIAS.has(tipo));
    if (invalida) {
      const mensaje = NOTIFICACIONES_OBLIGATORIAS.has(invalida)
        ? `«${NOMBRE_TIPO_NOTIFICACION[invalida]}» es obligatoria: siempre llega también por correo.`
        : `Su rol no recibe «${NOMBRE_TIPO_NOTIFICACION[invalida]}».`;
      throw new ErrorDeNegocio(mensaje, { sinCorreo: [mensaje] });
    }
    const antes = (
      await tx.preferenciaNotificacion.findMany({
        where: { usuarioId: actor.id, correo: false },
        select: { tipo: true },
      })
    )
      .map((p) => p.tipo)
      .sort();
    const elegidas = [...new Set(sinCorreo)].sort();
    if (elegidas.join() === antes.join()) return { sinCorreo: elegidas };
    await tx.preferenciaNotificacion.deleteMany({ where: { usuarioId: actor.id } });
    await tx.preferenciaNotificacion.createMany({
      data: elegidas.map((tipo) => ({ usuarioId: actor.id, tipo, correo: false })),
    });
    await auditar({
      accion: "EDITAR",
      entidad: "PreferenciaNotificacion",
      entidadId: actor.id,
      antes: { sinCorreo: antes },
      despues: { sinCorreo: elegidas },
    });
    return { sinCorreo: elegidas };
  },
);
