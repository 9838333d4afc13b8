-- AlterTable
ALTER TABLE "Evidencia" ALTER COLUMN "rutaAlmacenamiento" DROP NOT NULL;

-- CreateTable
CREATE TABLE "EvidenciaContenido" (
    "evidenciaId" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "EvidenciaContenido_pkey" PRIMARY KEY ("evidenciaId")
);

-- AddForeignKey
ALTER TABLE "EvidenciaContenido" ADD CONSTRAINT "EvidenciaContenido_evidenciaId_fkey" FOREIGN KEY ("evidenciaId") REFERENCES "Evidencia"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Los PDF ya vienen comprimidos: se guardan fuera de línea sin intentar comprimirlos otra vez.
ALTER TABLE "EvidenciaContenido" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;

-- Ninguna evidencia sin sus bytes: al confirmar cada transacción, toda evidencia tocada tiene su
-- contenido o es una de disco aún por importar (rutaAlmacenamiento). Diferida, para que la
-- evidencia y su contenido se escriban en la misma transacción en cualquier orden.
CREATE FUNCTION evidencia_con_contenido() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  id_evidencia integer;
BEGIN
  -- Cada rama se compila al ejecutarse: NEW es una Evidencia, OLD un EvidenciaContenido.
  IF TG_TABLE_NAME = 'Evidencia' THEN
    id_evidencia := NEW.id;
  ELSE
    id_evidencia := OLD."evidenciaId";
  END IF;
  IF EXISTS (
    SELECT 1 FROM "Evidencia" e
     WHERE e.id = id_evidencia AND e."rutaAlmacenamiento" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "EvidenciaContenido" c WHERE c."evidenciaId" = e.id)
  ) THEN
    RAISE EXCEPTION 'La evidencia % no tiene su contenido.', id_evidencia
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Evidencia_con_contenido" AFTER INSERT OR UPDATE ON "Evidencia"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION evidencia_con_contenido();

CREATE CONSTRAINT TRIGGER "EvidenciaContenido_requerido" AFTER DELETE ON "EvidenciaContenido"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION evidencia_con_contenido();
