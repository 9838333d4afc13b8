-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Rol" AS ENUM ('ADMIN', 'COORDINADOR', 'SUBDIRECTOR', 'CONSULTA');

-- CreateEnum
CREATE TYPE "Herramienta" AS ENUM ('INFORME', 'REPORTE');

-- CreateEnum
CREATE TYPE "Periodicidad" AS ENUM ('TRIMESTRAL', 'SEMESTRAL', 'ANUAL');

-- CreateEnum
CREATE TYPE "Alcance" AS ENUM ('NACIONAL', 'POR_CENTRO');

-- CreateEnum
CREATE TYPE "TipoReporte" AS ENUM ('RECAUDO', 'COMITE_PRECIOS', 'TRAZABILIDAD_VENTAS', 'EJECUCION_RECURSOS');

-- CreateEnum
CREATE TYPE "EstadoReporte" AS ENUM ('BORRADOR', 'ENVIADO', 'APROBADO', 'DEVUELTO');

-- CreateTable
CREATE TABLE "Regional" (
    "id" SERIAL NOT NULL,
    "codigo" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,

    CONSTRAINT "Regional_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Centro" (
    "id" SERIAL NOT NULL,
    "codigo" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "regionalId" INTEGER NOT NULL,
    "generaAprovechamiento" BOOLEAN NOT NULL DEFAULT false,
    "activo" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Centro_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "rol" "Rol" NOT NULL,
    "centroId" INTEGER,
    "activo" BOOLEAN NOT NULL DEFAULT true,
    "ultimoIngreso" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vigencia" (
    "id" SERIAL NOT NULL,
    "anio" INTEGER NOT NULL,
    "nombre" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vigencia_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tema" (
    "id" SERIAL NOT NULL,
    "vigenciaId" INTEGER NOT NULL,
    "codigo" TEXT NOT NULL,
    "nombre" TEXT NOT NULL,
    "orden" INTEGER NOT NULL,

    CONSTRAINT "Tema_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lineamiento" (
    "id" SERIAL NOT NULL,
    "temaId" INTEGER NOT NULL,
    "texto" TEXT NOT NULL,
    "orden" INTEGER NOT NULL,

    CONSTRAINT "Lineamiento_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Accion" (
    "id" SERIAL NOT NULL,
    "lineamientoId" INTEGER NOT NULL,
    "texto" TEXT NOT NULL,
    "resultadoEsperado" TEXT NOT NULL,
    "orden" INTEGER NOT NULL,

    CONSTRAINT "Accion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Seguimiento" (
    "id" SERIAL NOT NULL,
    "accionId" INTEGER NOT NULL,
    "vigenciaId" INTEGER NOT NULL,
    "herramienta" "Herramienta" NOT NULL,
    "periodicidad" "Periodicidad" NOT NULL,
    "alcance" "Alcance" NOT NULL,
    "tipoReporte" "TipoReporte" NOT NULL,
    "diasOportunidad" INTEGER NOT NULL,
    "observacion" TEXT NOT NULL,
    "soloCentrosConAprovechamiento" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Seguimiento_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Responsable" (
    "id" SERIAL NOT NULL,
    "seguimientoId" INTEGER NOT NULL,
    "cargo" TEXT NOT NULL,
    "rol" "Rol" NOT NULL,
    "orden" INTEGER NOT NULL,

    CONSTRAINT "Responsable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reporte" (
    "id" SERIAL NOT NULL,
    "seguimientoId" INTEGER NOT NULL,
    "vigenciaId" INTEGER NOT NULL,
    "tipo" "TipoReporte" NOT NULL,
    "periodo" TEXT NOT NULL,
    "centroId" INTEGER,
    "ambito" TEXT NOT NULL,
    "estado" "EstadoReporte" NOT NULL DEFAULT 'BORRADOR',
    "version" INTEGER NOT NULL DEFAULT 1,
    "creadoPorId" INTEGER NOT NULL,
    "enviadoPorId" INTEGER,
    "enviadoEn" TIMESTAMP(3),
    "primerEnvioEn" TIMESTAMP(3),
    "revisadoPorId" INTEGER,
    "revisadoEn" TIMESTAMP(3),
    "comentarioRevision" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reporte_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReporteRecaudo" (
    "reporteId" INTEGER NOT NULL,
    "recaudoFiscalizacion" BIGINT NOT NULL,
    "recaudoCobroPersuasivo" BIGINT NOT NULL,
    "aportantesNuevos" INTEGER NOT NULL,
    "smsEnviados" INTEGER NOT NULL,
    "correosEnviados" INTEGER NOT NULL,
    "analisis" TEXT NOT NULL,

    CONSTRAINT "ReporteRecaudo_pkey" PRIMARY KEY ("reporteId")
);

-- CreateTable
CREATE TABLE "ReporteRecaudoRegional" (
    "reporteId" INTEGER NOT NULL,
    "regionalId" INTEGER NOT NULL,
    "recaudoFiscalizacion" BIGINT NOT NULL,
    "recaudoCobroPersuasivo" BIGINT NOT NULL,

    CONSTRAINT "ReporteRecaudoRegional_pkey" PRIMARY KEY ("reporteId","regionalId")
);

-- CreateTable
CREATE TABLE "ReporteComitePrecios" (
    "reporteId" INTEGER NOT NULL,
    "fechaActa" DATE NOT NULL,
    "numeroActa" TEXT NOT NULL,
    "productosServiciosPreciados" INTEGER NOT NULL,

    CONSTRAINT "ReporteComitePrecios_pkey" PRIMARY KEY ("reporteId")
);

-- CreateTable
CREATE TABLE "ReporteTrazabilidadVentas" (
    "reporteId" INTEGER NOT NULL,
    "totalAprovechamientos" BIGINT NOT NULL,
    "totalFacturadoDef" BIGINT NOT NULL,
    "numeroDef" INTEGER NOT NULL,
    "pagosRecibidos" BIGINT NOT NULL,

    CONSTRAINT "ReporteTrazabilidadVentas_pkey" PRIMARY KEY ("reporteId")
);

-- CreateTable
CREATE TABLE "ReporteEjecucionRecursos" (
    "reporteId" INTEGER NOT NULL,
    "recursosSolicitados" BIGINT NOT NULL,
    "recursosAsignados" BIGINT NOT NULL,
    "recursosEjecutados" BIGINT NOT NULL,
    "registradoModuloPlanAccion" BOOLEAN NOT NULL,

    CONSTRAINT "ReporteEjecucionRecursos_pkey" PRIMARY KEY ("reporteId")
);

-- CreateTable
CREATE TABLE "Evidencia" (
    "id" SERIAL NOT NULL,
    "reporteId" INTEGER NOT NULL,
    "nombreArchivo" TEXT NOT NULL,
    "tipoMime" TEXT NOT NULL,
    "tamanoBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "rutaAlmacenamiento" TEXT NOT NULL,
    "subidoPorId" INTEGER NOT NULL,
    "subidoEn" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidencia_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetaRecaudo" (
    "id" SERIAL NOT NULL,
    "vigenciaId" INTEGER NOT NULL,
    "periodo" TEXT NOT NULL,
    "regionalId" INTEGER,
    "ambito" TEXT NOT NULL,
    "monto" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MetaRecaudo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" INTEGER,
    "accion" TEXT NOT NULL,
    "entidad" TEXT NOT NULL,
    "entidadId" TEXT NOT NULL,
    "reporteId" INTEGER,
    "antes" JSONB,
    "despues" JSONB,
    "requestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Regional_codigo_key" ON "Regional"("codigo");

-- CreateIndex
CREATE UNIQUE INDEX "Regional_nombre_key" ON "Regional"("nombre");

-- CreateIndex
CREATE UNIQUE INDEX "Centro_codigo_key" ON "Centro"("codigo");

-- CreateIndex
CREATE INDEX "Centro_regionalId_idx" ON "Centro"("regionalId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_centroId_idx" ON "User"("centroId");

-- CreateIndex
CREATE UNIQUE INDEX "Vigencia_anio_key" ON "Vigencia"("anio");

-- CreateIndex
CREATE UNIQUE INDEX "Tema_vigenciaId_codigo_key" ON "Tema"("vigenciaId", "codigo");

-- CreateIndex
CREATE UNIQUE INDEX "Lineamiento_temaId_orden_key" ON "Lineamiento"("temaId", "orden");

-- CreateIndex
CREATE UNIQUE INDEX "Accion_lineamientoId_orden_key" ON "Accion"("lineamientoId", "orden");

-- CreateIndex
CREATE INDEX "Seguimiento_vigenciaId_tipoReporte_idx" ON "Seguimiento"("vigenciaId", "tipoReporte");

-- CreateIndex
CREATE UNIQUE INDEX "Responsable_seguimientoId_orden_key" ON "Responsable"("seguimientoId", "orden");

-- CreateIndex
CREATE INDEX "Reporte_vigenciaId_tipo_estado_idx" ON "Reporte"("vigenciaId", "tipo", "estado");

-- CreateIndex
CREATE INDEX "Reporte_centroId_vigenciaId_idx" ON "Reporte"("centroId", "vigenciaId");

-- CreateIndex
CREATE INDEX "Reporte_estado_tipo_periodo_idx" ON "Reporte"("estado", "tipo", "periodo");

-- CreateIndex
CREATE UNIQUE INDEX "Reporte_seguimientoId_periodo_ambito_key" ON "Reporte"("seguimientoId", "periodo", "ambito");

-- CreateIndex
CREATE INDEX "ReporteRecaudoRegional_regionalId_idx" ON "ReporteRecaudoRegional"("regionalId");

-- CreateIndex
CREATE UNIQUE INDEX "Evidencia_rutaAlmacenamiento_key" ON "Evidencia"("rutaAlmacenamiento");

-- CreateIndex
CREATE INDEX "Evidencia_reporteId_idx" ON "Evidencia"("reporteId");

-- CreateIndex
CREATE INDEX "MetaRecaudo_regionalId_idx" ON "MetaRecaudo"("regionalId");

-- CreateIndex
CREATE UNIQUE INDEX "MetaRecaudo_vigenciaId_periodo_ambito_key" ON "MetaRecaudo"("vigenciaId", "periodo", "ambito");

-- CreateIndex
CREATE INDEX "AuditLog_entidad_entidadId_idx" ON "AuditLog"("entidad", "entidadId");

-- CreateIndex
CREATE INDEX "AuditLog_reporteId_createdAt_idx" ON "AuditLog"("reporteId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- AddForeignKey
ALTER TABLE "Centro" ADD CONSTRAINT "Centro_regionalId_fkey" FOREIGN KEY ("regionalId") REFERENCES "Regional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_centroId_fkey" FOREIGN KEY ("centroId") REFERENCES "Centro"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tema" ADD CONSTRAINT "Tema_vigenciaId_fkey" FOREIGN KEY ("vigenciaId") REFERENCES "Vigencia"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lineamiento" ADD CONSTRAINT "Lineamiento_temaId_fkey" FOREIGN KEY ("temaId") REFERENCES "Tema"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accion" ADD CONSTRAINT "Accion_lineamientoId_fkey" FOREIGN KEY ("lineamientoId") REFERENCES "Lineamiento"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seguimiento" ADD CONSTRAINT "Seguimiento_accionId_fkey" FOREIGN KEY ("accionId") REFERENCES "Accion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Seguimiento" ADD CONSTRAINT "Seguimiento_vigenciaId_fkey" FOREIGN KEY ("vigenciaId") REFERENCES "Vigencia"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Responsable" ADD CONSTRAINT "Responsable_seguimientoId_fkey" FOREIGN KEY ("seguimientoId") REFERENCES "Seguimiento"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reporte" ADD CONSTRAINT "Reporte_seguimientoId_fkey" FOREIGN KEY ("seguimientoId") REFERENCES "Seguimiento"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reporte" ADD CONSTRAINT "Reporte_vigenciaId_fkey" FOREIGN KEY ("vigenciaId") REFERENCES "Vigencia"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reporte" ADD CONSTRAINT "Reporte_centroId_fkey" FOREIGN KEY ("centroId") REFERENCES "Centro"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reporte" ADD CONSTRAINT "Reporte_creadoPorId_fkey" FOREIGN KEY ("creadoPorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reporte" ADD CONSTRAINT "Reporte_enviadoPorId_fkey" FOREIGN KEY ("enviadoPorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reporte" ADD CONSTRAINT "Reporte_revisadoPorId_fkey" FOREIGN KEY ("revisadoPorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReporteRecaudo" ADD CONSTRAINT "ReporteRecaudo_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "Reporte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReporteRecaudoRegional" ADD CONSTRAINT "ReporteRecaudoRegional_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "Reporte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReporteRecaudoRegional" ADD CONSTRAINT "ReporteRecaudoRegional_regionalId_fkey" FOREIGN KEY ("regionalId") REFERENCES "Regional"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReporteComitePrecios" ADD CONSTRAINT "ReporteComitePrecios_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "Reporte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReporteTrazabilidadVentas" ADD CONSTRAINT "ReporteTrazabilidadVentas_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "Reporte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReporteEjecucionRecursos" ADD CONSTRAINT "ReporteEjecucionRecursos_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "Reporte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidencia" ADD CONSTRAINT "Evidencia_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "Reporte"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidencia" ADD CONSTRAINT "Evidencia_subidoPorId_fkey" FOREIGN KEY ("subidoPorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetaRecaudo" ADD CONSTRAINT "MetaRecaudo_vigenciaId_fkey" FOREIGN KEY ("vigenciaId") REFERENCES "Vigencia"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetaRecaudo" ADD CONSTRAINT "MetaRecaudo_regionalId_fkey" FOREIGN KEY ("regionalId") REFERENCES "Regional"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_reporteId_fkey" FOREIGN KEY ("reporteId") REFERENCES "Reporte"("id") ON DELETE SET NULL ON UPDATE CASCADE;
