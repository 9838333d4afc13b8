// Los plazos de corrección y de revisión que corresponden a la historia de los reportes: cada envío
// abrió un plazo de revisión (cerrado por la aprobación o la devolución siguiente) y cada devolución
// o reapertura, uno de corrección (cerrado por el reenvío siguiente). Se reconstruyen desde la
// auditoría, solo para los reportes que aún no tienen ninguno, con los días de la configuración.
// La migración 20261201232908_seguimiento_activo hace lo mismo con los reportes que ya existían.

import type { PrismaClient } from "@/generated/prisma/client";

export async function reconstruirPlazos(prisma: PrismaClient): Promise<number> {
  return prisma.$executeRaw`
    WITH eventos AS (
      SELECT a."reporteId", a.accion, a."createdAt",
             lead(a.accion) OVER w AS siguiente, lead(a."createdAt") OVER w AS "siguienteEn"
      FROM "AuditLog" a
      WHERE a.entidad = 'Reporte' AND a."reporteId" IS NOT NULL
        AND a.accion IN ('ENVIAR', 'APROBAR', 'DEVOLVER', 'REABRIR')
        AND NOT EXISTS (SELECT 1 FROM "PlazoReporte" p WHERE p."reporteId" = a."reporteId")
      WINDOW w AS (PARTITION BY a."reporteId" ORDER BY a."createdAt", a.id)
    ),
    dias AS (
      SELECT COALESCE(max("diasCorreccion"), 10) AS correccion, COALESCE(max("diasRevision"), 10) AS revision
      FROM "ConfiguracionSeguimiento"
    )
    INSERT INTO "PlazoReporte" ("reporteId", "tipo", "abiertoEn", "venceEl", "cerradoEn")
    SELECT e."reporteId",
           CASE WHEN e.accion = 'ENVIAR' THEN 'REVISION' ELSE 'CORRECCION' END::"TipoPlazo",
           e."createdAt",
           ((e."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'America/Bogota')::date
             + CASE WHEN e.accion = 'ENVIAR' THEN d.revision ELSE d.correccion END,
           CASE
             WHEN e.accion = 'ENVIAR' AND e.siguiente IN ('APROBAR', 'DEVOLVER') THEN e."siguienteEn"
             WHEN e.accion IN ('DEVOLVER', 'REABRIR') AND e.siguiente = 'ENVIAR' THEN e."siguienteEn"
           END
    FROM eventos e CROSS JOIN dias d
    WHERE e.accion IN ('ENVIAR', 'DEVOLVER', 'REABRIR')`;
}
