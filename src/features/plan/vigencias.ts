import "server-only";
import { anioEnCurso } from "@/lib/fechas";
import { db } from "@/server/db";

export interface VigenciaElegida {
  vigencias: { id: number; anio: number; nombre: string }[];
  vigencia: { id: number; anio: number; nombre: string } | null;
}

/**
 * The vigencia named in the URL when it exists; otherwise the current year's, or else the most
 * recent one that has started.
 */
export async function elegirVigencia(pedida: string | undefined): Promise<VigenciaElegida> {
  const vigencias = await db().vigencia.findMany({
    orderBy: { anio: "desc" },
    select: { id: true, anio: true, nombre: true },
  });
  const anioPedido = Number(pedida);
  const anioActual = anioEnCurso();
  const vigencia =
    vigencias.find((v) => v.anio === anioPedido) ??
    vigencias.find((v) => v.anio <= anioActual) ??
    vigencias[0] ??
    null;
  return { vigencias, vigencia };
}
