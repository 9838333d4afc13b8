-- CreateTable
CREATE TABLE "GeneracionTableros" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "valor" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "GeneracionTableros_pkey" PRIMARY KEY ("id")
);

INSERT INTO "GeneracionTableros" (id, valor) VALUES (1, 0);

-- Toda escritura que puede mover una cifra de los tableros cambia la generación, en su misma
-- transacción: quien lee la generación nueva ve también los datos nuevos, en cualquier instancia.
CREATE FUNCTION tableros_cambiaron() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "GeneracionTableros" SET valor = valor + 1 WHERE id = 1;
  RETURN NULL;
END $$;

DO $$
DECLARE
  tabla text;
BEGIN
  FOREACH tabla IN ARRAY ARRAY[
    'Regional', 'Centro', 'Vigencia', 'Tema', 'Lineamiento', 'Accion', 'Seguimiento', 'Responsable',
    'Reporte', 'ReporteRecaudo', 'ReporteRecaudoRegional', 'ReporteComitePrecios',
    'ReporteTrazabilidadVentas', 'ReporteEjecucionRecursos', 'MetaRecaudo', 'PlazoReporte'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
         FOR EACH STATEMENT EXECUTE FUNCTION tableros_cambiaron()',
      tabla || '_tableros', tabla);
  END LOOP;
END $$;

-- De las cuentas solo cuentan quién es subdirector de qué centro (los responsables de lo vencido);
-- un ingreso (que anota la fecha) no cambia nada.
CREATE TRIGGER "User_tableros_alta" AFTER INSERT OR DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION tableros_cambiaron();
CREATE TRIGGER "User_tableros" AFTER UPDATE ON "User"
  FOR EACH ROW
  WHEN (OLD.nombre IS DISTINCT FROM NEW.nombre OR OLD.email IS DISTINCT FROM NEW.email
        OR OLD.rol IS DISTINCT FROM NEW.rol OR OLD."centroId" IS DISTINCT FROM NEW."centroId"
        OR OLD.activo IS DISTINCT FROM NEW.activo)
  EXECUTE FUNCTION tableros_cambiaron();
