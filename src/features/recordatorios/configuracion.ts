import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { CONFIGURACION_POR_DEFECTO, type ConfiguracionRecordatorios } from "@/lib/recordatorios";

export type ConfiguracionGuardada = ConfiguracionRecordatorios & { version: number; updatedAt: Date | null };

/** The settings row (created by its migration); the defaults if somebody removed it. */
export async function leerConfiguracion(
  tx: Pick<Prisma.TransactionClient, "configuracionSeguimiento">,
): Promise<ConfiguracionGuardada> {
  const fila = await tx.configuracionSeguimiento.findUnique({ where: { id: 1 } });
  if (!fila) return { ...CONFIGURACION_POR_DEFECTO, version: 0, updatedAt: null };
  const { id: _id, ...configuracion } = fila;
  return configuracion;
}
