import "server-only";
import type { ReporteDetalle } from "@/features/reportes/queries";
import { db } from "@/server/db";

/**
 * The audit trail of a report, newest first. It takes the report already loaded for the user
 * (`reporteParaVer`), so only someone allowed to see the report can read its history.
 */
export async function historialDeReporte(reporte: ReporteDetalle) {
  const eventos = await db().auditLog.findMany({
    where: { reporteId: reporte.id },
    orderBy: { id: "desc" },
    take: 200,
    select: {
      id: true,
      accion: true,
      createdAt: true,
      antes: true,
      despues: true,
      actor: { select: { nombre: true } },
    },
  });
  return eventos.map((e) => ({ ...e, id: e.id.toString() }));
}

export type EventoHistorial = Awaited<ReturnType<typeof historialDeReporte>>[number];
