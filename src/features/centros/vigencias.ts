import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CentroObligado } from "@/lib/obligaciones";

/** How a centro was in one vigencia (decisión 0020). */
export interface CentroEnVigencia extends CentroObligado {
  activo: boolean;
}

export const MARCAS_DE_VIGENCIA = {
  activo: true,
  generaAprovechamiento: true,
  requiereRecursos: true,
} as const;

/** A centro that has no row in a vigencia did not exist in it: it owes nothing there. */
const SIN_FILA = { activo: false, generaAprovechamiento: false, requiereRecursos: false };

/** The centro's marks in the vigencia, from its own row (never today's marks of the centro). */
export async function centroEnVigencia(
  cliente: Prisma.TransactionClient,
  centroId: number,
  vigenciaId: number,
): Promise<CentroEnVigencia> {
  const fila = await cliente.centroVigencia.findUnique({
    where: { centroId_vigenciaId: { centroId, vigenciaId } },
    select: MARCAS_DE_VIGENCIA,
  });
  return { id: centroId, ...(fila ?? SIN_FILA) };
}
