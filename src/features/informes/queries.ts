import "server-only";
import { db } from "@/server/db";

/** The centros of a regional, for choosing a centro's informes. */
export function centrosDeLaRegional(regionalId: number) {
  return db().centro.findMany({
    where: { regionalId },
    orderBy: { nombre: "asc" },
    select: { id: true, nombre: true },
  });
}
