// The correction and review deadlines that match the reports' history: each submission opened a
// review deadline (closed by the next approval or return) and each return or reopening, a
// correction deadline (closed by the next resubmission). They are rebuilt from the audit trail,
// only for the reports that have none yet, with the configured days.
// Migration 20261201232908_seguimiento_activo does the same for the reports that already existed.

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
