import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TipoReporte } from "@/generated/prisma/enums";
import { ErrorDeNegocio } from "@/server/action";
import { ESTADO } from "./etiquetas";
import { esEditable } from "@/lib/estado-reporte";
import { autorizar, type Actor, type ReporteAutorizable } from "@/server/authz";
import { conVersion } from "@/server/bloqueo";

export const MENSAJE_VERSION_VIEJA =
  "Otra persona (u otra pestaña) guardó este reporte después de que usted lo abrió. Sus cambios no se " +
  "guardaron para no borrar los de ella: recargue la página, revise la versión actual y vuelva a aplicarlos.";

export type ReporteBloqueable = ReporteAutorizable & {
  id: number;
  version: number;
  tipo: TipoReporte;
  seguimientoId: number;
  periodo: string;
};

/**
 * The report as authorization needs it, read inside the transaction. A missing report and one the
 * user may not see are answered alike by the caller (`autorizar` throws for the latter).
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
      seguimiento: { select: { alcance: true } },
    },
  });
  if (!reporte) throw new ErrorDeNegocio("El reporte no existe o usted no tiene acceso a él.");
  const { seguimiento, ...resto } = reporte;
  return { ...resto, alcance: seguimiento.alcance };
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
  autorizar(actor, { accion: "ver-reporte", reporte });
  if (!esEditable(reporte.estado)) {
    throw new ErrorDeNegocio(
      `Este reporte está ${ESTADO[reporte.estado].nombre.toLowerCase()}${queYaNoSePuede}`,
    );
  }
  autorizar(actor, { accion, reporte });
}
