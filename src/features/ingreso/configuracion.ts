import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export interface ConfiguracionIngreso {
  /** Whether an account linked to its institutional identity may still sign in with its password. */
  claveParaCuentasVinculadas: boolean;
  version: number;
  /** When it last changed: a password session of a linked account begun before then has ended. */
  updatedAt: Date;
}

/** The settings row (created by its migration); the default (passwords allowed) if it is missing. */
export async function leerConfiguracionIngreso(
  tx: Pick<Prisma.TransactionClient, "configuracionIngreso">,
): Promise<ConfiguracionIngreso> {
  const fila = await tx.configuracionIngreso.findUnique({
    where: { id: 1 },
    select: { claveParaCuentasVinculadas: true, version: true, updatedAt: true },
  });
  return fila ?? { claveParaCuentasVinculadas: true, version: 0, updatedAt: new Date(0) };
}
