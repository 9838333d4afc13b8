import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TipoReporte } from "@/generated/prisma/enums";
import { ErrorDeNegocio } from "@/server/errores";
import { ESTADO } from "@/lib/etiquetas";
import { esEditable } from "@/lib/estado-reporte";
import { autorizar, puede, type Actor, type ReporteAutorizable } from "@/server/autorizacion";
import { conVersion } from "@/server/bloqueo";

export const MENSAJE_VERSION_VIEJA =
  "Otra persona (u otra pestaña) guardó este reporte después de que usted lo abrió. Sus cambios no se " +
  "guardaron para no borrar los de ella: recargue la página, revise la versión actual y vuelva a aplicarlos.";

/** The one answer to a report that does not exist and to one the user may not see: ids reveal nothing. */
export const MENSAJE_NO_EXISTE = "El reporte no existe o usted no tiene acceso a él.";

export type ReporteBloqueable = ReporteAutorizable & {
  id: number;
  version: number;
  tipo: TipoReporte;
  seguimientoId: number;
  /** Its seguimiento's name. */
  seguimiento: string;
  periodo: string;
};

/**
 * The report as authorization needs it, read inside the transaction. A missing report is refused
 * with the same message `exigirVisible` gives for one the user may not see.
 */
export async function cargarReporteBloqueable(
  tx: Prisma.TransactionClient,
  id: number,
): Promise<ReporteBloqueable> {
  const reporte = await tx.reporte.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      estado: true,
      tipo: true,
      centroId: true,
      seguimientoId: true,
      periodo: true,
      seguimiento: { select: { alcance: true, nombre: true } },
    },
  });
  if (!reporte) throw new ErrorDeNegocio(MENSAJE_NO_EXISTE);
  const { seguimiento, ...resto } = reporte;
  return { ...resto, alcance: seguimiento.alcance, seguimiento: seguimiento.nombre };
}

/**
 * Optimistic locking: the write happens only if nobody saved since `versionLeida`, and it
 * increments the version. Two tabs or two people can never silently overwrite each other.
 */
export async function actualizarConVersion(
  tx: Prisma.TransactionClient,
  id: number,
  versionLeida: number,
  data: Prisma.ReporteUncheckedUpdateManyInput,
): Promise<number> {
  return conVersion(
    (condicion) =>
      tx.reporte.updateMany({ where: { id, ...condicion }, data: { ...data, version: { increment: 1 } } }),
    versionLeida,
    MENSAJE_VERSION_VIEJA,
  );
}

/** Someone who may not see a report is told it does not exist, exactly as for a missing one. */
export function exigirVisible(actor: Actor, reporte: ReporteBloqueable): void {
  if (!puede(actor, { accion: "ver-reporte", reporte })) throw new ErrorDeNegocio(MENSAJE_NO_EXISTE);
}

/**
 * The one check before changing what a report holds (its data or its files): the user may see it,
 * it is still with its author (the reason is said when not), and the user is that author.
 */
export function autorizarCambioDelReporte(
  actor: Actor,
  reporte: ReporteBloqueable,
  accion: "editar-reporte" | "subir-evidencia" | "eliminar-evidencia",
  queYaNoSePuede: string,
): void {
  exigirVisible(actor, reporte);
  if (!esEditable(reporte.estado)) {
    throw new ErrorDeNegocio(
      `Este reporte está ${ESTADO[reporte.estado].nombre.toLowerCase()}${queYaNoSePuede}`,
    );
  }
  autorizar(actor, { accion, reporte });
}
