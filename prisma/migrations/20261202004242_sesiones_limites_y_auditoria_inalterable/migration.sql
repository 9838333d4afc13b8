-- AlterTable
ALTER TABLE "Regional" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Centro" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "ip" TEXT,
ADD COLUMN     "userAgent" TEXT;

-- CreateTable
CREATE TABLE "LimiteIntentos" (
    "clave" TEXT NOT NULL,
    "intentos" INTEGER NOT NULL,
    "ventanaHasta" TIMESTAMP(3) NOT NULL,
    "esperaHasta" TIMESTAMP(3),
    "ultimoAdmitido" BOOLEAN NOT NULL,

    CONSTRAINT "LimiteIntentos_pkey" PRIMARY KEY ("clave")
);

-- CreateTable
CREATE TABLE "SesionCerrada" (
    "sid" TEXT NOT NULL,
    "hasta" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SesionCerrada_pkey" PRIMARY KEY ("sid")
);

-- CreateIndex
CREATE INDEX "LimiteIntentos_ventanaHasta_idx" ON "LimiteIntentos"("ventanaHasta");

-- CreateIndex
CREATE INDEX "SesionCerrada_hasta_idx" ON "SesionCerrada"("hasta");

-- Auditoría inalterable (docs/decisions/0013-sesiones-e-ingreso.md):
-- 1. Cada fila lleva el SHA-256 de su contenido encadenado al de la fila anterior; la base lo
--    calcula al insertar, con las inserciones en fila (un candado de la transacción) y el id
--    asignado después del candado, así que el orden de los id es el de la cadena.
-- 2. UPDATE, DELETE y TRUNCATE se rechazan para todo rol, también el de la aplicación.
-- `npm run auditoria:verificar` recalcula la cadena y señala cualquier fila alterada o faltante.
CREATE FUNCTION auditoria_hash(anterior text, a "AuditLog") RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
    coalesce(anterior, ''), a.id::text, coalesce(a."actorId"::text, ''), a.accion, a.entidad,
    a."entidadId", coalesce(a."reporteId"::text, ''), coalesce(a.antes::text, ''),
    coalesce(a.despues::text, ''), coalesce(a."requestId", ''), coalesce(a.ip, ''),
    coalesce(a."userAgent", ''), to_char(a."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS')
  ), 'UTF8')), 'hex')
$$;

DO $$
DECLARE
  fila "AuditLog";
  anterior text := NULL;
BEGIN
  FOR fila IN SELECT * FROM "AuditLog" ORDER BY id LOOP
    anterior := auditoria_hash(anterior, fila);
    UPDATE "AuditLog" SET hash = anterior WHERE id = fila.id;
  END LOOP;
END $$;

CREATE FUNCTION auditoria_encadenar() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  anterior text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('AuditLog.cadena'));
  NEW.id := nextval(pg_get_serial_sequence('"AuditLog"', 'id'));
  SELECT hash INTO anterior FROM "AuditLog" ORDER BY id DESC LIMIT 1;
  NEW.hash := auditoria_hash(anterior, NEW);
  RETURN NEW;
END $$;

CREATE TRIGGER "AuditLog_encadenar" BEFORE INSERT ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION auditoria_encadenar();

CREATE FUNCTION auditoria_inalterable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'La auditoría solo admite registros nuevos: no se modifica ni se borra (%).', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "AuditLog_inalterable" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION auditoria_inalterable();

CREATE TRIGGER "AuditLog_sin_vaciar" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION auditoria_inalterable();
