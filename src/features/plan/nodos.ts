import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ErrorDeNegocio } from "@/server/errores";
import type { ReportesBajo } from "./reglas";

type Tx = Prisma.TransactionClient;

export const MENSAJE_NODO_AJENO =
  "Ese elemento ya no está en el plan de esta vigencia (quizás otra persona lo eliminó). Recargue la página.";

/** What a stale edit or delete of a node is told (`conVersion` found no row at the version read). */
export function mensajeDesactualizado(queCosa: string): string {
  return (
    `Otra persona (u otra pestaña) modificó ${queCosa} después de que usted abrió la página. No se ` +
    "guardó nada para no borrar ese cambio: lo que usted escribió sigue en el formulario; cópielo, " +
    "recargue la página y vuelva a aplicarlo."
  );
}

/**
 * Every write to a vigencia's plan takes this lock first, so plan writes of one vigencia happen one
 * after the other: sibling order and "one seguimiento per report kind" cannot race, and the node
 * read is the one the write replaces (the audit's `antes`). `FOR NO KEY UPDATE` does not block reports or metas being inserted for the vigencia.
 */
export async function bloquearVigencia(tx: Tx, vigenciaId: number) {
  const [vigencia] = await tx.$queryRaw<{ id: number; anio: number }[]>`
    SELECT id, anio FROM "Vigencia" WHERE id = ${vigenciaId} FOR NO KEY UPDATE`;
  if (!vigencia) throw new ErrorDeNegocio("La vigencia no existe.");
  return vigencia;
}

/**
 * Locks seguimientos against new reports: inserting a report takes a key-share lock on its
 * seguimiento, which waits for this one, so the count read afterwards is final for the transaction.
 */
async function bloquearSeguimientos(tx: Tx, ids: number[]) {
  if (ids.length === 0) return;
  await tx.$queryRaw`SELECT id FROM "Seguimiento" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
}

/** Reports (drafts included) of the seguimientos matching `filtro`, with those locked first. */
export async function reportesBajo(tx: Tx, filtro: Prisma.SeguimientoWhereInput): Promise<ReportesBajo> {
  const seguimientos = await tx.seguimiento.findMany({ where: filtro, select: { id: true } });
  const ids = seguimientos.map((s) => s.id);
  await bloquearSeguimientos(tx, ids);
  const grupos = await tx.reporte.groupBy({
    by: ["seguimientoId"],
    where: { seguimientoId: { in: ids } },
    _count: { _all: true },
  });
  return { seguimientos: grupos.length, reportes: grupos.reduce((n, g) => n + g._count._all, 0) };
}

/**
 * A node read in the transaction must exist and belong to the vigencia being edited. Whether it is
 * still at the version the user read is decided by the write itself (`conVersion`).
 */
export function exigirNodo<T extends { vigenciaId: number }>(nodo: T | null, vigenciaId: number): T {
  if (!nodo || nodo.vigenciaId !== vigenciaId) throw new ErrorDeNegocio(MENSAJE_NODO_AJENO);
  return nodo;
}

export async function siguienteOrden(agregado: Promise<{ _max: { orden: number | null } }>): Promise<number> {
  return ((await agregado)._max.orden ?? 0) + 1;
}

/** The tema, lineamiento, acción or seguimiento with the vigencia it belongs to, read in `tx`. */
export const cargar = {
  async tema(tx: Tx, id: number) {
    return tx.tema.findUnique({ where: { id } });
  },
  async lineamiento(tx: Tx, id: number) {
    const l = await tx.lineamiento.findUnique({
      where: { id },
      include: { tema: { select: { vigenciaId: true } } },
    });
    return l && { ...l, vigenciaId: l.tema.vigenciaId };
  },
  async accion(tx: Tx, id: number) {
    const a = await tx.accion.findUnique({
      where: { id },
      include: { lineamiento: { select: { tema: { select: { vigenciaId: true } } } } },
    });
    return a && { ...a, vigenciaId: a.lineamiento.tema.vigenciaId };
  },
  async seguimiento(tx: Tx, id: number) {
    return tx.seguimiento.findUnique({
      where: { id },
      include: { responsables: { orderBy: { orden: "asc" } } },
    });
  },
};
