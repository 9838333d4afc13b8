-- CreateEnum
CREATE TYPE "TipoNotificacion" AS ENUM ('REPORTE_ENVIADO', 'REPORTE_DEVUELTO', 'REPORTE_APROBADO', 'REPORTE_REABIERTO', 'PLAZO_PROXIMO', 'PLAZO_VENCIDO', 'ESCALAMIENTO', 'CORRECCION_PROXIMA', 'CORRECCION_VENCIDA', 'REVISION_VENCIDA', 'RESUMEN_SEMANAL');

-- CreateEnum
CREATE TYPE "EstadoCorreo" AS ENUM ('PENDIENTE', 'ENVIADO', 'FALLIDO', 'RETENIDO');

-- CreateEnum
CREATE TYPE "TipoPlazo" AS ENUM ('CORRECCION', 'REVISION');

-- CreateTable
CREATE TABLE "PlazoReporte" (
    "id" SERIAL NOT NULL,
    "reporteId" INTEGER NOT NULL,
    "tipo" "TipoPlazo" NOT NULL,
    "abiertoEn" TIMESTAMP(3) NOT NULL,
    "venceEl" DATE NOT NULL,
    "cerradoEn" TIMESTAMP(3),

    CONSTRAINT "PlazoReporte_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notificacion" (
    "id" SERIAL NOT NULL,
    "usuarioId" INTEGER NOT NULL,
    "tipo" "TipoNotificacion" NOT NULL,
    "titulo" TEXT NOT NULL,
    "mensaje" TEXT NOT NULL,
    "enlace" TEXT NOT NULL,
    "reporteId" INTEGER,
    "leidaEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notificacion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Correo" (
    "id" SERIAL NOT NULL,
    "usuarioId" INTEGER,
    "notificacionId" INTEGER,
    "para" TEXT NOT NULL,
    "asunto" TEXT NOT NULL,
    "texto" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "estado" "EstadoCorreo" NOT NULL DEFAULT 'PENDIENTE',
    "intentos" INTEGER NOT NULL DEFAULT 0,
    "ultimoError" TEXT,
    "enviadoEn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Correo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recordatorio" (
    "clave" TEXT NOT NULL,
    "etapa" TEXT NOT NULL,
    "usuarioId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recordatorio_pkey" PRIMARY KEY ("clave")
);

-- CreateTable
CREATE TABLE "PreferenciaNotificacion" (
    "usuarioId" INTEGER NOT NULL,
    "tipo" "TipoNotificacion" NOT NULL,
    "correo" BOOLEAN NOT NULL,

    CONSTRAINT "PreferenciaNotificacion_pkey" PRIMARY KEY ("usuarioId","tipo")
);

-- CreateTable
CREATE TABLE "ConfiguracionSeguimiento" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "diasAntes" INTEGER[] DEFAULT ARRAY[7, 1]::INTEGER[],
    "diasEscalamiento" INTEGER NOT NULL DEFAULT 7,
    "diasCorreccion" INTEGER NOT NULL DEFAULT 10,
    "diasRevision" INTEGER NOT NULL DEFAULT 10,
    "diaResumenSemanal" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConfiguracionSeguimiento_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasadaRecordatorios" (
    "id" SERIAL NOT NULL,
    "fecha" DATE NOT NULL,
    "origen" TEXT NOT NULL,
    "iniciadaEn" TIMESTAMP(3) NOT NULL,
    "terminadaEn" TIMESTAMP(3) NOT NULL,
    "conteos" JSONB NOT NULL,

    CONSTRAINT "PasadaRecordatorios_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlazoReporte_reporteId_tipo_idx" ON "PlazoReporte"("reporteId", "tipo");

-- CreateIndex
CREATE INDEX "PlazoReporte_tipo_cerradoEn_venceEl_idx" ON "PlazoReporte"("tipo", "cerradoEn", "venceEl");

-- CreateIndex
CREATE INDEX "Notificacion_usuarioId_createdAt_idx" ON "Notificacion"("usuarioId", "createdAt");

-- CreateIndex
CREATE INDEX "Notificacion_usuarioId_leidaEn_idx" ON "Notificacion"("usuarioId", "leidaEn");

-- CreateIndex
CREATE INDEX "Correo_estado_createdAt_idx" ON "Correo"("estado", "createdAt");

-- CreateIndex
CREATE INDEX "Correo_createdAt_idx" ON "Correo"("createdAt");

-- CreateIndex
CREATE INDEX "Recordatorio_usuarioId_idx" ON "Recordatorio"("usuarioId");

-- CreateIndex
CREATE INDEX "PasadaRecordatorios_iniciadaEn_idx" ON "PasadaRecordatorios"("iniciadaEn");

-- AddForeignKey
ALTER TABLE "PlazoReporte" ADD CONSTRAINT "PlazoReporte_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "Reporte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notificacion" ADD CONSTRAINT "Notificacion_usuarioId_fkey" FOREIGN KEY ("usuarioId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notificacion" ADD CONSTRAINT "Notificacion_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "Reporte"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correo" ADD CONSTRAINT "Correo_usuarioId_fkey" FOREIGN KEY ("usuarioId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correo" ADD CONSTRAINT "Correo_notificacionId_fkey" FOREIGN KEY ("notificacionId") REFERENCES "Notificacion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recordatorio" ADD CONSTRAINT "Recordatorio_usuarioId_fkey" FOREIGN KEY ("usuarioId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreferenciaNotificacion" ADD CONSTRAINT "PreferenciaNotificacion_usuarioId_fkey" FOREIGN KEY ("usuarioId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Datos: la configuración con sus valores por defecto, y los plazos que corresponden a la historia
-- de los reportes existentes, reconstruidos desde la auditoría (como prisma/seed/plazos.ts): cada
-- envío abrió un plazo de revisión, cerrado por la aprobación o devolución siguiente; cada
-- devolución o reapertura, uno de corrección, cerrado por el reenvío siguiente. 10 días cada uno.
INSERT INTO "ConfiguracionSeguimiento" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP);

WITH eventos AS (
  SELECT a."reporteId", a.accion, a."createdAt",
         lead(a.accion) OVER w AS siguiente, lead(a."createdAt") OVER w AS "siguienteEn"
  FROM "AuditLog" a
  WHERE a.entidad = 'Reporte' AND a."reporteId" IS NOT NULL
    AND a.accion IN ('ENVIAR', 'APROBAR', 'DEVOLVER', 'REABRIR')
  WINDOW w AS (PARTITION BY a."reporteId" ORDER BY a."createdAt", a.id)
)
INSERT INTO "PlazoReporte" ("reporteId", "tipo", "abiertoEn", "venceEl", "cerradoEn")
SELECT e."reporteId",
       CASE WHEN e.accion = 'ENVIAR' THEN 'REVISION' ELSE 'CORRECCION' END::"TipoPlazo",
       e."createdAt",
       ((e."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'America/Bogota')::date + 10,
       CASE
         WHEN e.accion = 'ENVIAR' AND e.siguiente IN ('APROBAR', 'DEVOLVER') THEN e."siguienteEn"
         WHEN e.accion IN ('DEVOLVER', 'REABRIR') AND e.siguiente = 'ENVIAR' THEN e."siguienteEn"
       END
FROM eventos e
WHERE e.accion IN ('ENVIAR', 'DEVOLVER', 'REABRIR');
