import "server-only";
import { db } from "@/server/db";
import { enCache } from "./cache";
import type { AmbitoTablero } from "./tipos";

/** What the filter bar offers: vigencias and regionales. */
export const opcionesDeFiltros = enCache("opciones", async () => {
  const [vigencias, regionales] = await Promise.all([
    db().vigencia.findMany({ orderBy: { anio: "desc" }, select: { anio: true, nombre: true } }),
    db().regional.findMany({ orderBy: { nombre: "asc" }, select: { id: true, nombre: true } }),
  ]);
  return { vigencias, regionales };
});

/** Names for the scope header ("Nacional › Regional Antioquia › Centro …"). */
export const nombresDelAmbito = enCache("nombres", async (ambito: AmbitoTablero) => {
  const [regional, centro] = await Promise.all([
    ambito.regionalId
      ? db().regional.findUnique({ where: { id: ambito.regionalId }, select: { id: true, nombre: true } })
      : null,
    ambito.centroId
      ? db().centro.findUnique({ where: { id: ambito.centroId }, select: { id: true, nombre: true } })
      : null,
  ]);
  return { regional, centro };
});
