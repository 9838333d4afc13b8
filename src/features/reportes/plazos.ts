import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TipoPlazo } from "@/generated/prisma/enums";
import {
  comoColumnaDate,
  desdeColumnaDate,
  fechaEnBogota,
  sumarDias,
  type FechaCalendario,
} from "@/lib/fechas";
import { db } from "@/server/db";

type Escritor = Pick<Prisma.TransactionClient, "plazoReporte">;

/**
 * Starts the clock of a correction (after a return or a reopening) or a review (after a
 * submission): `dias` calendar days from today in Bogotá. The date is kept, so a later change of
 * the settings never moves a deadline already given.
 */
export async function abrirPlazo(
  tx: Escritor,
  reporteId: number,
  tipo: TipoPlazo,
  dias: number,
  ahora: Date,
): Promise<FechaCalendario> {
  const venceEl = sumarDias(fechaEnBogota(ahora), dias);
  await tx.plazoReporte.create({
    data: { reporteId, tipo, abiertoEn: ahora, venceEl: comoColumnaDate(venceEl) },
  });
  return venceEl;
}

/** Stops the clock of the open deadline of that kind, if any: it was met now, on time or late. */
export async function cerrarPlazo(tx: Escritor, reporteId: number, tipo: TipoPlazo, ahora: Date) {
  const abierto = await tx.plazoReporte.findFirst({
    where: { reporteId, tipo, cerradoEn: null },
    orderBy: { id: "desc" },
    select: { id: true, venceEl: true },
  });
  if (!abierto) return null;
  await tx.plazoReporte.updateMany({
    where: { reporteId, tipo, cerradoEn: null },
    data: { cerradoEn: ahora },
  });
  const venceEl = desdeColumnaDate(abierto.venceEl);
  return { venceEl, tarde: fechaEnBogota(ahora) > venceEl };
}

export interface PlazoVista {
  tipo: TipoPlazo;
  abiertoEn: Date;
  venceEl: FechaCalendario;
  cerradoEn: Date | null;
}

/** Every deadline a report has had, oldest first: the report page shows them with the history. */
export async function plazosDelReporte(reporteId: number): Promise<PlazoVista[]> {
  const filas = await db().plazoReporte.findMany({
    where: { reporteId },
    orderBy: { id: "asc" },
    select: { tipo: true, abiertoEn: true, venceEl: true, cerradoEn: true },
  });
  return filas.map((f) => ({ ...f, venceEl: desdeColumnaDate(f.venceEl) }));
}
