import { Prisma } from "@/generated/prisma/client";
import type { AmbitoTablero } from "./tipos";

/**
 * The unit filter of a dashboard statement whose centros are aliased `c`: the regional and the
 * centro of the ambito, when it has them. Filtering `c.id` also filters the reports joined on it
 * (PostgreSQL carries the equality across the join).
 */
export function deLaUnidad(ambito: Pick<AmbitoTablero, "regionalId" | "centroId">): Prisma.Sql {
  const regional =
    ambito.regionalId === undefined ? Prisma.empty : Prisma.sql`AND c."regionalId" = ${ambito.regionalId}`;
  const centro = ambito.centroId === undefined ? Prisma.empty : Prisma.sql`AND c.id = ${ambito.centroId}`;
  return Prisma.sql`${regional} ${centro}`;
}

/**
 * A SUM of amounts as PostgreSQL computes it: numeric, which never overflows (cast to bigint, a
 * sum past 2^63 would fail the whole panel for everyone). Read exactly, never through a float.
 */
export function pesosDeSuma(suma: Prisma.Decimal | null): bigint {
  return suma === null ? 0n : BigInt(suma.toFixed(0));
}
