-- AlterTable
ALTER TABLE "Centro" ADD COLUMN     "requiereRecursos" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "CentroVigencia" (
    "centroId" INTEGER NOT NULL,
    "vigenciaId" INTEGER NOT NULL,
    "activo" BOOLEAN NOT NULL,
    "generaAprovechamiento" BOOLEAN NOT NULL,
    "requiereRecursos" BOOLEAN NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CentroVigencia_pkey" PRIMARY KEY ("centroId","vigenciaId")
);

-- CreateIndex
CREATE INDEX "CentroVigencia_vigenciaId_idx" ON "CentroVigencia"("vigenciaId");

-- AddForeignKey
ALTER TABLE "CentroVigencia" ADD CONSTRAINT "CentroVigencia_centroId_fkey" FOREIGN KEY ("centroId") REFERENCES "Centro"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentroVigencia" ADD CONSTRAINT "CentroVigencia_vigenciaId_fkey" FOREIGN KEY ("vigenciaId") REFERENCES "Vigencia"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- El año de la vigencia en curso, en Bogotá.
CREATE FUNCTION anio_en_curso() RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT extract(year FROM now() AT TIME ZONE 'America/Bogota')::integer
$$;

-- Las marcas de cada centro en las vigencias que ya existen. Lo que se sabe del pasado son sus
-- reportes: un centro con reportes en una vigencia estaba activo en ella, y uno con reportes de un
-- seguimiento solo para centros con aprovechamiento lo generaba. Todos debían el reporte de
-- ejecución de recursos hasta ahora, así que lo siguen debiendo en esas vigencias.
INSERT INTO "CentroVigencia" ("centroId", "vigenciaId", activo, "generaAprovechamiento", "requiereRecursos")
SELECT c.id, v.id,
       c.activo OR EXISTS (
         SELECT 1 FROM "Reporte" r WHERE r."centroId" = c.id AND r."vigenciaId" = v.id),
       c."generaAprovechamiento" OR EXISTS (
         SELECT 1 FROM "Reporte" r JOIN "Seguimiento" s ON s.id = r."seguimientoId"
         WHERE r."centroId" = c.id AND r."vigenciaId" = v.id AND s."soloCentrosConAprovechamiento"),
       true
FROM "Centro" c CROSS JOIN "Vigencia" v;

-- Una vigencia nueva copia las marcas de hoy de todos los centros.
CREATE FUNCTION vigencia_copia_centros() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CentroVigencia" ("centroId", "vigenciaId", activo, "generaAprovechamiento", "requiereRecursos")
  SELECT c.id, NEW.id, c.activo, c."generaAprovechamiento", c."requiereRecursos" FROM "Centro" c
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER "Vigencia_copia_centros" AFTER INSERT ON "Vigencia"
  FOR EACH ROW EXECUTE FUNCTION vigencia_copia_centros();

-- Un centro nuevo existe desde la vigencia en curso: las anteriores no lo tenían.
CREATE FUNCTION centro_en_vigencias() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CentroVigencia" ("centroId", "vigenciaId", activo, "generaAprovechamiento", "requiereRecursos")
  SELECT NEW.id, v.id, NEW.activo, NEW."generaAprovechamiento", NEW."requiereRecursos"
  FROM "Vigencia" v WHERE v.anio >= anio_en_curso()
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER "Centro_en_vigencias" AFTER INSERT ON "Centro"
  FOR EACH ROW EXECUTE FUNCTION centro_en_vigencias();

-- Cambiar una marca del centro la cambia en la vigencia en curso y las siguientes; las anteriores
-- conservan la suya. Solo se copia la marca que cambió.
CREATE FUNCTION centro_marcas_en_vigencias() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "CentroVigencia" cv
     SET activo = CASE WHEN OLD.activo IS DISTINCT FROM NEW.activo THEN NEW.activo ELSE cv.activo END,
         "generaAprovechamiento" = CASE
           WHEN OLD."generaAprovechamiento" IS DISTINCT FROM NEW."generaAprovechamiento"
           THEN NEW."generaAprovechamiento" ELSE cv."generaAprovechamiento" END,
         "requiereRecursos" = CASE
           WHEN OLD."requiereRecursos" IS DISTINCT FROM NEW."requiereRecursos"
           THEN NEW."requiereRecursos" ELSE cv."requiereRecursos" END,
         version = cv.version + 1
    FROM "Vigencia" v
   WHERE cv."centroId" = NEW.id AND v.id = cv."vigenciaId" AND v.anio >= anio_en_curso();
  RETURN NULL;
END $$;
CREATE TRIGGER "Centro_marcas_en_vigencias" AFTER UPDATE ON "Centro"
  FOR EACH ROW
  WHEN (OLD.activo IS DISTINCT FROM NEW.activo
        OR OLD."generaAprovechamiento" IS DISTINCT FROM NEW."generaAprovechamiento"
        OR OLD."requiereRecursos" IS DISTINCT FROM NEW."requiereRecursos")
  EXECUTE FUNCTION centro_marcas_en_vigencias();

-- Las marcas por vigencia mueven cifras de los tableros (decisión 0016).
CREATE TRIGGER "CentroVigencia_tableros" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CentroVigencia"
  FOR EACH STATEMENT EXECUTE FUNCTION tableros_cambiaron();
