import "server-only";
import { elegirVigencia } from "@/features/plan/vigencias";
import { AccesoDenegado, autorizar, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import type { Filtros } from "./filtros";
import type { AmbitoTablero } from "./tipos";

/**
 * Turns the URL filters into what the queries may read. A subdirector sees only their own centro:
 * asking for another centro or for a regional is refused, not silently widened or narrowed.
 */
export async function resolverAmbito(actor: Actor, filtros: Filtros): Promise<AmbitoTablero | null> {
  autorizar(actor, { accion: "ver-tableros" });
  if (actor.rol === "SUBDIRECTOR") {
    if (actor.centroId === null) throw new AccesoDenegado("ver-centro");
    if (
      filtros.regional !== undefined ||
      (filtros.centro !== undefined && filtros.centro !== actor.centroId)
    ) {
      throw new AccesoDenegado("ver-centro");
    }
  }
  const centroId = actor.rol === "SUBDIRECTOR" ? (actor.centroId ?? undefined) : filtros.centro;
  if (centroId !== undefined) autorizar(actor, { accion: "ver-centro", centroId });
  const { vigencia } = await elegirVigencia(filtros.vigencia?.toString());
  if (!vigencia) return null;
  const regionalId = centroId !== undefined ? await regionalDelCentro(centroId) : filtros.regional;
  return {
    vigencia,
    periodo: filtros.periodo?.startsWith(String(vigencia.anio)) ? filtros.periodo : undefined,
    regionalId,
    centroId,
    tipo: filtros.tipo,
    estados: filtros.datos === "enviados" ? ["ENVIADO", "APROBADO"] : ["APROBADO"],
  };
}

async function regionalDelCentro(centroId: number): Promise<number | undefined> {
  const centro = await db().centro.findUnique({ where: { id: centroId }, select: { regionalId: true } });
  return centro?.regionalId;
}
