-- Every amount in pesos lies between 0 and 999999999999999, MONTO_MAXIMO of src/lib/dinero.ts
-- (decision 0027): the forms and imports refuse anything above it, and the database refuses it
-- from any other path too. The dashboards add these amounts; with the ceiling no amount is absurd,
-- and the sums are numeric anyway. Counts are never negative.
--
-- Rows already outside those ranges are never changed here: the migration stops and lists them
-- (up to 50, with the total), so that someone corrects them knowingly, marks this migration as
-- rolled back and applies it again.
DO $$
DECLARE
  total integer;
  lista text;
BEGIN
  WITH valores(tabla, fila, columna, valor, maximo) AS (
    SELECT 'ReporteRecaudo', 'reporte ' || "reporteId", v.*
      FROM "ReporteRecaudo",
           LATERAL (VALUES ('recaudoFiscalizacion', "recaudoFiscalizacion"::numeric, 999999999999999::numeric),
                           ('recaudoCobroPersuasivo', "recaudoCobroPersuasivo", 999999999999999),
                           ('aportantesNuevos', "aportantesNuevos", NULL),
                           ('smsEnviados', "smsEnviados", NULL),
                           ('correosEnviados', "correosEnviados", NULL)) v
    UNION ALL
    SELECT 'ReporteRecaudoRegional', 'reporte ' || "reporteId" || ', regional ' || "regionalId", v.*
      FROM "ReporteRecaudoRegional",
           LATERAL (VALUES ('recaudoFiscalizacion', "recaudoFiscalizacion"::numeric, 999999999999999::numeric),
                           ('recaudoCobroPersuasivo', "recaudoCobroPersuasivo", 999999999999999)) v
    UNION ALL
    SELECT 'ReporteComitePrecios', 'reporte ' || "reporteId", v.*
      FROM "ReporteComitePrecios",
           LATERAL (VALUES ('productosServiciosPreciados', "productosServiciosPreciados"::numeric, NULL::numeric)) v
    UNION ALL
    SELECT 'ReporteTrazabilidadVentas', 'reporte ' || "reporteId", v.*
      FROM "ReporteTrazabilidadVentas",
           LATERAL (VALUES ('totalAprovechamientos', "totalAprovechamientos"::numeric, 999999999999999::numeric),
                           ('totalFacturadoDef', "totalFacturadoDef", 999999999999999),
                           ('numeroDef', "numeroDef", NULL),
                           ('pagosRecibidos', "pagosRecibidos", 999999999999999)) v
    UNION ALL
    SELECT 'ReporteEjecucionRecursos', 'reporte ' || "reporteId", v.*
      FROM "ReporteEjecucionRecursos",
           LATERAL (VALUES ('recursosSolicitados', "recursosSolicitados"::numeric, 999999999999999::numeric),
                           ('recursosAsignados', "recursosAsignados", 999999999999999),
                           ('recursosEjecutados', "recursosEjecutados", 999999999999999)) v
    UNION ALL
    SELECT 'MetaRecaudo', 'meta ' || id || ' (' || periodo || ', ' || ambito || ')', v.*
      FROM "MetaRecaudo",
           LATERAL (VALUES ('monto', monto::numeric, 999999999999999::numeric)) v
  ), fuera AS (
    SELECT * FROM valores WHERE valor < 0 OR valor > maximo
  )
  SELECT count(*),
         string_agg(format('%s, %s: %s = %s', tabla, fila, columna, valor), E'\n' ORDER BY tabla, fila, columna)
           FILTER (WHERE n <= 50)
    INTO total, lista
    FROM (SELECT fuera.*, row_number() OVER (ORDER BY tabla, fila, columna) AS n FROM fuera) f;
  IF total > 0 THEN
    RAISE EXCEPTION E'No se aplicó el tope de los montos: % valores están fuera de rango (los montos van de 0 a 999.999.999.999.999 pesos; las cantidades no son negativas):\n%\nCorríjalos, marque esta migración como revertida (UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = ''20261208100000_topes_de_montos'' AND finished_at IS NULL) y vuelva a aplicar las migraciones (decisión 0027).', total, lista
      USING ERRCODE = 'check_violation';
  END IF;
END $$;

ALTER TABLE "ReporteRecaudo"
  ADD CONSTRAINT "ReporteRecaudo_recaudoFiscalizacion_rango"
    CHECK ("recaudoFiscalizacion" BETWEEN 0 AND 999999999999999),
  ADD CONSTRAINT "ReporteRecaudo_recaudoCobroPersuasivo_rango"
    CHECK ("recaudoCobroPersuasivo" BETWEEN 0 AND 999999999999999),
  ADD CONSTRAINT "ReporteRecaudo_aportantesNuevos_rango" CHECK ("aportantesNuevos" >= 0),
  ADD CONSTRAINT "ReporteRecaudo_smsEnviados_rango" CHECK ("smsEnviados" >= 0),
  ADD CONSTRAINT "ReporteRecaudo_correosEnviados_rango" CHECK ("correosEnviados" >= 0);

ALTER TABLE "ReporteRecaudoRegional"
  ADD CONSTRAINT "ReporteRecaudoRegional_recaudoFiscalizacion_rango"
    CHECK ("recaudoFiscalizacion" BETWEEN 0 AND 999999999999999),
  ADD CONSTRAINT "ReporteRecaudoRegional_recaudoCobroPersuasivo_rango"
    CHECK ("recaudoCobroPersuasivo" BETWEEN 0 AND 999999999999999);

ALTER TABLE "ReporteComitePrecios"
  ADD CONSTRAINT "ReporteComitePrecios_productosServiciosPreciados_rango"
    CHECK ("productosServiciosPreciados" >= 0);

ALTER TABLE "ReporteTrazabilidadVentas"
  ADD CONSTRAINT "ReporteTrazabilidadVentas_totalAprovechamientos_rango"
    CHECK ("totalAprovechamientos" BETWEEN 0 AND 999999999999999),
  ADD CONSTRAINT "ReporteTrazabilidadVentas_totalFacturadoDef_rango"
    CHECK ("totalFacturadoDef" BETWEEN 0 AND 999999999999999),
  ADD CONSTRAINT "ReporteTrazabilidadVentas_numeroDef_rango" CHECK ("numeroDef" >= 0),
  ADD CONSTRAINT "ReporteTrazabilidadVentas_pagosRecibidos_rango"
    CHECK ("pagosRecibidos" BETWEEN 0 AND 999999999999999);

ALTER TABLE "ReporteEjecucionRecursos"
  ADD CONSTRAINT "ReporteEjecucionRecursos_recursosSolicitados_rango"
    CHECK ("recursosSolicitados" BETWEEN 0 AND 999999999999999),
  ADD CONSTRAINT "ReporteEjecucionRecursos_recursosAsignados_rango"
    CHECK ("recursosAsignados" BETWEEN 0 AND 999999999999999),
  ADD CONSTRAINT "ReporteEjecucionRecursos_recursosEjecutados_rango"
    CHECK ("recursosEjecutados" BETWEEN 0 AND 999999999999999);

ALTER TABLE "MetaRecaudo"
  ADD CONSTRAINT "MetaRecaudo_monto_rango" CHECK (monto BETWEEN 0 AND 999999999999999);
