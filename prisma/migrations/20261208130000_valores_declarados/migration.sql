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
ALTER TABLE "ValorRegional" ADD CONSTRAINT "ValorRegional_monto_rango" CHECK (monto >= 0 AND monto <= 999999999999999);

-- Mientras los reportes de los cuatro tipos de 2020 guarden su detalle en las tablas de su tipo, la
-- base copia cada escritura de esas tablas a los valores declarados, con las claves de sus
-- formularios sembrados: toda escritura (la aplicación, la siembra, el banco, una sentencia a mano)
-- deja las dos formas iguales. Disparadores por sentencia, con las filas de la sentencia: una carga
-- de miles de reportes se copia en unas pocas sentencias.
CREATE FUNCTION detalle_a_valores() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  tipos jsonb := TG_ARGV[0]::jsonb;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM "ValorReporte" v
     USING viejas o
     WHERE v."reporteId" = o."reporteId" AND tipos ? v.campo;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ValorReporte" ("reporteId", campo, tipo, entero, texto, fecha, booleano)
    SELECT n."reporteId", c.key, c.value::"TipoCampo",
           CASE WHEN c.value IN ('pesos', 'cantidad', 'porcentaje') THEN (to_jsonb(n) ->> c.key)::bigint END,
           CASE WHEN c.value IN ('texto', 'opcion') THEN to_jsonb(n) ->> c.key END,
           CASE WHEN c.value = 'fecha' THEN (to_jsonb(n) ->> c.key)::date END,
           CASE WHEN c.value = 'siNo' THEN (to_jsonb(n) ->> c.key)::boolean END
      FROM nuevas n
     CROSS JOIN LATERAL jsonb_each_text(tipos - 'justificacion') c
     WHERE to_jsonb(n) ->> c.key IS NOT NULL
    ON CONFLICT ON CONSTRAINT "ValorReporte_pkey" DO UPDATE
      SET tipo = EXCLUDED.tipo, entero = EXCLUDED.entero, texto = EXCLUDED.texto,
          fecha = EXCLUDED.fecha, booleano = EXCLUDED.booleano;
    IF tipos ? 'justificacion' THEN
      UPDATE "Reporte" r SET justificacion = to_jsonb(n) ->> 'justificacion'
        FROM nuevas n
       WHERE r.id = n."reporteId" AND r.justificacion IS DISTINCT FROM to_jsonb(n) ->> 'justificacion';
    END IF;
  ELSIF tipos ? 'justificacion' THEN
    UPDATE "Reporte" r SET justificacion = NULL FROM viejas o WHERE r.id = o."reporteId";
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION recaudo_regional_a_valores() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM "ValorRegional" v USING viejas o
     WHERE v."reporteId" = o."reporteId" AND v."regionalId" = o."regionalId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO "ValorRegional" ("reporteId", "regionalId", campo, monto)
    SELECT n."reporteId", n."regionalId", c.campo, c.monto
      FROM nuevas n
     CROSS JOIN LATERAL (VALUES ('recaudoFiscalizacion', n."recaudoFiscalizacion"),
                                ('recaudoCobroPersuasivo', n."recaudoCobroPersuasivo")) c(campo, monto)
     WHERE c.monto IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('ReporteRecaudo', 'detalle_a_valores', '{"recaudoFiscalizacion":"pesos","recaudoCobroPersuasivo":"pesos","aportantesNuevos":"cantidad","smsEnviados":"cantidad","correosEnviados":"cantidad","analisis":"texto"}'),
    ('ReporteComitePrecios', 'detalle_a_valores', '{"fechaActa":"fecha","numeroActa":"texto","productosServiciosPreciados":"cantidad"}'),
    ('ReporteTrazabilidadVentas', 'detalle_a_valores', '{"totalAprovechamientos":"pesos","totalFacturadoDef":"pesos","numeroDef":"cantidad","pagosRecibidos":"pesos","justificacion":"texto"}'),
    ('ReporteEjecucionRecursos', 'detalle_a_valores', '{"recursosSolicitados":"pesos","recursosAsignados":"pesos","recursosEjecutados":"pesos","registradoModuloPlanAccion":"siNo","justificacion":"texto"}'),
    ('ReporteRecaudoRegional', 'recaudo_regional_a_valores', '{}')
  ) v(tabla, funcion, tipos) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS nuevas
                      FOR EACH STATEMENT EXECUTE FUNCTION %I(%L)', t.tabla || '_valores_alta', t.tabla, t.funcion, t.tipos);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS viejas NEW TABLE AS nuevas
                      FOR EACH STATEMENT EXECUTE FUNCTION %I(%L)', t.tabla || '_valores_cambio', t.tabla, t.funcion, t.tipos);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS viejas
                      FOR EACH STATEMENT EXECUTE FUNCTION %I(%L)', t.tabla || '_valores_baja', t.tabla, t.funcion, t.tipos);
  END LOOP;
END $$;

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
