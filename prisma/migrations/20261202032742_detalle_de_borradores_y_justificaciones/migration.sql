-- AlterTable
ALTER TABLE "ReporteRecaudo" ALTER COLUMN "recaudoFiscalizacion" DROP NOT NULL,
ALTER COLUMN "recaudoCobroPersuasivo" DROP NOT NULL,
ALTER COLUMN "aportantesNuevos" DROP NOT NULL,
ALTER COLUMN "smsEnviados" DROP NOT NULL,
ALTER COLUMN "correosEnviados" DROP NOT NULL,
ALTER COLUMN "analisis" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ReporteRecaudoRegional" ALTER COLUMN "recaudoFiscalizacion" DROP NOT NULL,
ALTER COLUMN "recaudoCobroPersuasivo" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ReporteComitePrecios" ALTER COLUMN "fechaActa" DROP NOT NULL,
ALTER COLUMN "numeroActa" DROP NOT NULL,
ALTER COLUMN "productosServiciosPreciados" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ReporteTrazabilidadVentas" ADD COLUMN     "justificacion" TEXT,
ALTER COLUMN "totalAprovechamientos" DROP NOT NULL,
ALTER COLUMN "totalFacturadoDef" DROP NOT NULL,
ALTER COLUMN "numeroDef" DROP NOT NULL,
ALTER COLUMN "pagosRecibidos" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ReporteEjecucionRecursos" ADD COLUMN     "justificacion" TEXT,
ALTER COLUMN "recursosSolicitados" DROP NOT NULL,
ALTER COLUMN "recursosAsignados" DROP NOT NULL,
ALTER COLUMN "recursosEjecutados" DROP NOT NULL,
ALTER COLUMN "registradoModuloPlanAccion" DROP NOT NULL;

-- Un borrador guarda lo que se alcanzó a escribir; un reporte enviado o aprobado, nunca un campo
-- vacío: los tableros suman solo reportes enviados o aprobados y un nulo no debe llegar a sus cifras
-- (decisión 0018). Diferido, para que el detalle y el envío se escriban en la misma transacción en
-- cualquier orden. La justificación es la única columna que puede quedar vacía.
CREATE FUNCTION detalle_completo() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  id_reporte integer;
BEGIN
  -- Cada rama se compila al ejecutarse: NEW es un Reporte o una fila de detalle.
  IF TG_TABLE_NAME = 'Reporte' THEN
    id_reporte := NEW.id;
  ELSE
    id_reporte := NEW."reporteId";
  END IF;
  IF EXISTS (
    SELECT 1 FROM "Reporte" r
     WHERE r.id = id_reporte AND r.estado IN ('ENVIADO', 'APROBADO')
       AND (
         EXISTS (SELECT 1 FROM "ReporteRecaudo" d WHERE d."reporteId" = r.id
                   AND (d."recaudoFiscalizacion" IS NULL OR d."recaudoCobroPersuasivo" IS NULL
                        OR d."aportantesNuevos" IS NULL OR d."smsEnviados" IS NULL
                        OR d."correosEnviados" IS NULL OR d.analisis IS NULL))
         OR EXISTS (SELECT 1 FROM "ReporteRecaudoRegional" d WHERE d."reporteId" = r.id
                   AND (d."recaudoFiscalizacion" IS NULL OR d."recaudoCobroPersuasivo" IS NULL))
         OR EXISTS (SELECT 1 FROM "ReporteComitePrecios" d WHERE d."reporteId" = r.id
                   AND (d."fechaActa" IS NULL OR d."numeroActa" IS NULL
                        OR d."productosServiciosPreciados" IS NULL))
         OR EXISTS (SELECT 1 FROM "ReporteTrazabilidadVentas" d WHERE d."reporteId" = r.id
                   AND (d."totalAprovechamientos" IS NULL OR d."totalFacturadoDef" IS NULL
                        OR d."numeroDef" IS NULL OR d."pagosRecibidos" IS NULL))
         OR EXISTS (SELECT 1 FROM "ReporteEjecucionRecursos" d WHERE d."reporteId" = r.id
                   AND (d."recursosSolicitados" IS NULL OR d."recursosAsignados" IS NULL
                        OR d."recursosEjecutados" IS NULL OR d."registradoModuloPlanAccion" IS NULL))
       )
  ) THEN
    RAISE EXCEPTION 'El reporte % está enviado o aprobado con datos incompletos.', id_reporte
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Reporte_detalle_completo" AFTER INSERT OR UPDATE OF estado ON "Reporte"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION detalle_completo();

CREATE CONSTRAINT TRIGGER "ReporteRecaudo_completo" AFTER INSERT OR UPDATE ON "ReporteRecaudo"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION detalle_completo();

CREATE CONSTRAINT TRIGGER "ReporteRecaudoRegional_completo" AFTER INSERT OR UPDATE ON "ReporteRecaudoRegional"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION detalle_completo();

CREATE CONSTRAINT TRIGGER "ReporteComitePrecios_completo" AFTER INSERT OR UPDATE ON "ReporteComitePrecios"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION detalle_completo();

CREATE CONSTRAINT TRIGGER "ReporteTrazabilidadVentas_completo" AFTER INSERT OR UPDATE ON "ReporteTrazabilidadVentas"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION detalle_completo();

CREATE CONSTRAINT TRIGGER "ReporteEjecucionRecursos_completo" AFTER INSERT OR UPDATE ON "ReporteEjecucionRecursos"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION detalle_completo();
