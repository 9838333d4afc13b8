import "server-only";
import type { Prisma } from "@/generated/prisma/client";

export const CENTRO_AUDITABLE = {
  id: true,
  codigo: true,
  nombre: true,
  regionalId: true,
  generaAprovechamiento: true,
  requiereRecursos: true,
  activo: true,
  version: true,
  regional: { select: { nombre: true } },
} as const satisfies Prisma.CentroSelect;

export type CentroAuditable = Prisma.CentroGetPayload<{ select: typeof CENTRO_AUDITABLE }>;

/** What the audit trail keeps of a centro: its fields, with the regional's name to read it later. */
export function estadoAuditable(c: CentroAuditable) {
  return {
    codigo: c.codigo,
    nombre: c.nombre,
    regionalId: c.regionalId,
    regional: c.regional.nombre,
    generaAprovechamiento: c.generaAprovechamiento,
    requiereRecursos: c.requiereRecursos,
    activo: c.activo,
  };
}

/**
 * The audit entity of the centros imports made before every import audited one event per row
 * (decisión 0021): one event held every centro, keyed by id. The centro's history still reads them.
 */
export const ENTIDAD_IMPORTACION = "ImportacionCentros";
