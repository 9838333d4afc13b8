import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { comoColumnaDate } from "@/lib/fechas";
import type { DatosReporte } from "./schemas";

/**
 * The typed detail of a report as stored, for the audit trail's "before". One query: a transaction
 * has a single connection, which cannot run several queries at once.
 */
export async function leerDetalle(tx: Prisma.TransactionClient, reporteId: number) {
  const reporte = await tx.reporte.findUnique({
    where: { id: reporteId },
    select: {
      recaudo: true,
      recaudoPorRegional: { orderBy: { regionalId: "asc" } },
      comitePrecios: true,
      trazabilidadVentas: true,
      ejecucionRecursos: true,
    },
  });
  if (!reporte) return null;
  const { recaudo, recaudoPorRegional, comitePrecios, trazabilidadVentas, ejecucionRecursos } = reporte;
  const detalle = recaudo ?? comitePrecios ?? trazabilidadVentas ?? ejecucionRecursos;
  if (!detalle) return null;
  const { reporteId: _id, ...campos } = detalle;
  return recaudo
    ? { ...campos, regionales: recaudoPorRegional.map(({ reporteId: _r, ...fila }) => fila) }
    : campos;
}

/** Writes the typed detail of the report's kind (insert or replace). */
export async function escribirDetalle(tx: Prisma.TransactionClient, reporteId: number, datos: DatosReporte) {
  switch (datos.tipo) {
    case "RECAUDO": {
      const { tipo: _t, regionales, ...campos } = datos;
      await tx.reporteRecaudo.upsert({
        where: { reporteId },
        create: { reporteId, ...campos },
        update: campos,
      });
      await tx.reporteRecaudoRegional.deleteMany({ where: { reporteId } });
      if (regionales.length > 0) {
        await tx.reporteRecaudoRegional.createMany({ data: regionales.map((r) => ({ reporteId, ...r })) });
      }
      return;
    }
    case "COMITE_PRECIOS": {
      const { tipo: _t, fechaActa, ...resto } = datos;
      const campos = { ...resto, fechaActa: fechaActa === null ? null : comoColumnaDate(fechaActa) };
      await tx.reporteComitePrecios.upsert({
        where: { reporteId },
        create: { reporteId, ...campos },
        update: campos,
      });
      return;
    }
    case "TRAZABILIDAD_VENTAS": {
      const { tipo: _t, ...campos } = datos;
      await tx.reporteTrazabilidadVentas.upsert({
        where: { reporteId },
        create: { reporteId, ...campos },
        update: campos,
      });
      return;
    }
    case "EJECUCION_RECURSOS": {
      const { tipo: _t, ...campos } = datos;
      await tx.reporteEjecucionRecursos.upsert({
        where: { reporteId },
        create: { reporteId, ...campos },
        update: campos,
      });
      return;
    }
  }
}
