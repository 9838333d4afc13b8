import "server-only";
import { db } from "@/server/db";

/** The whole plan of a vigencia, in the document's order. */
export function planDeVigencia(vigenciaId: number) {
  return db().tema.findMany({
    where: { vigenciaId },
    orderBy: { orden: "asc" },
    include: {
      lineamientos: {
        orderBy: { orden: "asc" },
        include: {
          acciones: {
            orderBy: { orden: "asc" },
            include: {
              seguimientos: {
                orderBy: { id: "asc" },
                include: { responsables: { orderBy: { orden: "asc" } } },
              },
            },
          },
        },
      },
    },
  });
}

export type PlanDeVigencia = Awaited<ReturnType<typeof planDeVigencia>>;
