-- CreateEnum
CREATE TYPE "TipoCampo" AS ENUM ('pesos', 'cantidad', 'porcentaje', 'fecha', 'texto', 'siNo', 'opcion');

-- AlterTable
ALTER TABLE "Reporte" ADD COLUMN     "justificacion" TEXT;

-- AlterTable
ALTER TABLE "Evidencia" ADD COLUMN     "campo" TEXT;

-- CreateTable
CREATE TABLE "ValorReporte" (
    "reporteId" INTEGER NOT NULL,
    "campo" TEXT NOT NULL,
    "tipo" "TipoCampo" NOT NULL,
    "entero" BIGINT,
    "texto" TEXT,
    "fecha" DATE,
    "booleano" BOOLEAN,

    CONSTRAINT "ValorReporte_pkey" PRIMARY KEY ("reporteId","campo")
);

-- CreateTable
CREATE TABLE "ValorRegional" (
    "reporteId" INTEGER NOT NULL,
    "regionalId" INTEGER NOT NULL,
    "campo" TEXT NOT NULL,
    "monto" BIGINT NOT NULL,

    CONSTRAINT "ValorRegional_pkey" PRIMARY KEY ("reporteId","regionalId","campo")
);

-- CreateIndex
CREATE INDEX "ValorRegional_regionalId_idx" ON "ValorRegional"("regionalId");

-- AddForeignKey
ALTER TABLE "ValorReporte" ADD CONSTRAINT "ValorReporte_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "Reporte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValorRegional" ADD CONSTRAINT "ValorRegional_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "Reporte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValorRegional" ADD CONSTRAINT "ValorRegional_regionalId_fkey" FOREIGN KEY ("regionalId") REFERENCES "Regional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Los valores declarados (decisión 0028). Cada fila lleva el tipo de su campo y solo la columna de
-- ese tipo; los montos van de 0 al tope de MONTO_MAXIMO (src/lib/dinero.ts, decisión 0027), las
-- cantidades de 0 a 2.000.000.000 y los porcentajes (en centésimas) desde 0.
ALTER TABLE "ValorReporte" ADD CONSTRAINT "ValorReporte_columna_de_su_tipo" CHECK (
  CASE tipo
    WHEN 'pesos' THEN entero BETWEEN 0 AND 999999999999999
    WHEN 'cantidad' THEN entero BETWEEN 0 AND 2000000000
    WHEN 'porcentaje' THEN entero BETWEEN 0 AND 10000000
    ELSE entero IS NULL
  END
  AND (texto IS NOT NULL) = (tipo IN ('texto', 'opcion'))
  AND (fecha IS NOT NULL) = (tipo = 'fecha')
  AND (booleano IS NOT NULL) = (tipo = 'siNo')
  AND (entero IS NOT NULL) = (tipo IN ('pesos', 'cantidad', 'porcentaje'))
);
ALTER TABLE "ValorRegional" ADD CONSTRAINT "ValorRegional_monto_en_rango" CHECK (monto BETWEEN 0 AND 999999999999999);

-- Mientras los reportes de los cuatro tipos de 2020 guarden su detalle en las tablas de su tipo, la
-- base copia cada escritura de esas tablas a los valores declarados, con las claves de sus
-- formularios sembrados: toda escritura (la aplicación, la siembra, el banco, una sentencia a mano)
-- deja las dos formas iguales.
CREATE FUNCTION valores_de_una_fila(id_reporte integer, fila jsonb, tipos jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  clave_campo text;
  tipo_campo "TipoCampo";
  valor jsonb;
BEGIN
  FOR clave_campo, tipo_campo IN SELECT key, (value #>> '{}')::"TipoCampo" FROM jsonb_each(tipos) LOOP
    valor := fila -> clave_campo;
    IF valor IS NULL OR valor = 'null'::jsonb THEN
      DELETE FROM "ValorReporte" v WHERE v."reporteId" = id_reporte AND v.campo = clave_campo;
    ELSE
      INSERT INTO "ValorReporte" AS v ("reporteId", campo, tipo, entero, texto, fecha, booleano)
      VALUES (
        id_reporte, clave_campo, tipo_campo,
        CASE WHEN tipo_campo IN ('pesos', 'cantidad', 'porcentaje') THEN (valor #>> '{}')::bigint END,
        CASE WHEN tipo_campo IN ('texto', 'opcion') THEN valor #>> '{}' END,
        CASE WHEN tipo_campo = 'fecha' THEN (valor #>> '{}')::date END,
        CASE WHEN tipo_campo = 'siNo' THEN (valor #>> '{}')::boolean END
      )
      ON CONFLICT ON CONSTRAINT "ValorReporte_pkey" DO UPDATE
        SET tipo = EXCLUDED.tipo, entero = EXCLUDED.entero, texto = EXCLUDED.texto,
            fecha = EXCLUDED.fecha, booleano = EXCLUDED.booleano;
    END IF;
  END LOOP;
END $$;

CREATE FUNCTION detalle_a_valores() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tipos jsonb := TG_ARGV[0]::jsonb;
  fila jsonb;
  id_reporte integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "ValorReporte" v WHERE v."reporteId" = OLD."reporteId" AND v.campo IN (SELECT jsonb_object_keys(tipos));
    IF tipos ? 'justificacion' THEN UPDATE "Reporte" SET justificacion = NULL WHERE id = OLD."reporteId"; END IF;
    RETURN NULL;
  END IF;
  fila := to_jsonb(NEW);
  id_reporte := NEW."reporteId";
  PERFORM valores_de_una_fila(id_reporte, fila, tipos - 'justificacion');
  IF tipos ? 'justificacion' THEN
    UPDATE "Reporte" SET justificacion = fila ->> 'justificacion'
     WHERE id = id_reporte AND justificacion IS DISTINCT FROM fila ->> 'justificacion';
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ReporteRecaudo_valores" AFTER INSERT OR UPDATE OR DELETE ON "ReporteRecaudo"
  FOR EACH ROW EXECUTE FUNCTION detalle_a_valores(
    '{"recaudoFiscalizacion":"pesos","recaudoCobroPersuasivo":"pesos","aportantesNuevos":"cantidad","smsEnviados":"cantidad","correosEnviados":"cantidad","analisis":"texto"}');
CREATE TRIGGER "ReporteComitePrecios_valores" AFTER INSERT OR UPDATE OR DELETE ON "ReporteComitePrecios"
  FOR EACH ROW EXECUTE FUNCTION detalle_a_valores(
    '{"fechaActa":"fecha","numeroActa":"texto","productosServiciosPreciados":"cantidad"}');
CREATE TRIGGER "ReporteTrazabilidadVentas_valores" AFTER INSERT OR UPDATE OR DELETE ON "ReporteTrazabilidadVentas"
  FOR EACH ROW EXECUTE FUNCTION detalle_a_valores(
    '{"totalAprovechamientos":"pesos","totalFacturadoDef":"pesos","numeroDef":"cantidad","pagosRecibidos":"pesos","justificacion":"texto"}');
CREATE TRIGGER "ReporteEjecucionRecursos_valores" AFTER INSERT OR UPDATE OR DELETE ON "ReporteEjecucionRecursos"
  FOR EACH ROW EXECUTE FUNCTION detalle_a_valores(
    '{"recursosSolicitados":"pesos","recursosAsignados":"pesos","recursosEjecutados":"pesos","registradoModuloPlanAccion":"siNo","justificacion":"texto"}');

CREATE FUNCTION recaudo_regional_a_valores() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM "ValorRegional" v WHERE v."reporteId" = OLD."reporteId" AND v."regionalId" = OLD."regionalId";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO "ValorRegional" ("reporteId", "regionalId", campo, monto)
    SELECT NEW."reporteId", NEW."regionalId", c.campo, c.monto
      FROM (VALUES ('recaudoFiscalizacion', NEW."recaudoFiscalizacion"),
                   ('recaudoCobroPersuasivo', NEW."recaudoCobroPersuasivo")) c(campo, monto)
     WHERE c.monto IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "ReporteRecaudoRegional_valores" AFTER INSERT OR UPDATE OR DELETE ON "ReporteRecaudoRegional"
  FOR EACH ROW EXECUTE FUNCTION recaudo_regional_a_valores();

-- El acta de un reporte del comité de precios respalda su campo «acta».
CREATE FUNCTION evidencia_del_acta() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.campo IS NULL AND EXISTS (
    SELECT 1 FROM "Reporte" r WHERE r.id = NEW."reporteId" AND r.tipo = 'COMITE_PRECIOS'
  ) THEN
    NEW.campo := 'acta';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Evidencia_del_acta" BEFORE INSERT ON "Evidencia"
  FOR EACH ROW EXECUTE FUNCTION evidencia_del_acta();

-- Lo que ya existe pasa a los valores declarados por el mismo camino.
UPDATE "ReporteRecaudo" SET "reporteId" = "reporteId";
UPDATE "ReporteComitePrecios" SET "reporteId" = "reporteId";
UPDATE "ReporteTrazabilidadVentas" SET "reporteId" = "reporteId";
UPDATE "ReporteEjecucionRecursos" SET "reporteId" = "reporteId";
UPDATE "ReporteRecaudoRegional" SET "reporteId" = "reporteId";
UPDATE "Evidencia" e SET campo = 'acta'
  FROM "Reporte" r WHERE r.id = e."reporteId" AND r.tipo = 'COMITE_PRECIOS' AND e.campo IS NULL;

-- Un reporte enviado o aprobado tiene cada campo obligatorio de su formulario (sin contar los
-- documentos, que son evidencias): lo comprueba la base al confirmar. Los reportes de los cuatro
-- tipos de 2020 los sigue comprobando "detalle_completo" sobre las tablas de su tipo, como antes.
CREATE FUNCTION valores_completos() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  id_reporte integer;
  faltan text;
BEGIN
  IF TG_TABLE_NAME = 'Reporte' THEN
    id_reporte := NEW.id;
  ELSE
    id_reporte := OLD."reporteId";
  END IF;
  SELECT string_agg(c ->> 'clave', ', ' ORDER BY c ->> 'clave') INTO faltan
    FROM "Reporte" r
    JOIN "Seguimiento" s ON s.id = r."seguimientoId"
    CROSS JOIN LATERAL jsonb_array_elements(s.formulario -> 'campos') c
   WHERE r.id = id_reporte AND r.estado IN ('ENVIADO', 'APROBADO') AND r.tipo IS NULL
     AND (c ->> 'obligatorio')::boolean AND c ->> 'tipo' <> 'documento'
     AND NOT EXISTS (SELECT 1 FROM "ValorReporte" v WHERE v."reporteId" = r.id AND v.campo = c ->> 'clave');
  IF faltan IS NOT NULL THEN
    RAISE EXCEPTION 'El reporte % está enviado o aprobado sin %.', id_reporte, faltan
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Reporte_valores_completos" AFTER INSERT OR UPDATE OF estado ON "Reporte"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION valores_completos();
CREATE CONSTRAINT TRIGGER "ValorReporte_completos" AFTER UPDATE OR DELETE ON "ValorReporte"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION valores_completos();

-- Las cifras de los tableros cambian con los valores (decisión 0016).
CREATE TRIGGER "ValorReporte_tableros" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ValorReporte"
  FOR EACH STATEMENT EXECUTE FUNCTION tableros_cambiaron();
CREATE TRIGGER "ValorRegional_tableros" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ValorRegional"
  FOR EACH STATEMENT EXECUTE FUNCTION tableros_cambiaron();
