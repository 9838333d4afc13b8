-- CreateTable
CREATE TABLE "IdentidadInstitucional" (
    "id" SERIAL NOT NULL,
    "usuarioId" INTEGER NOT NULL,
    "inquilino" TEXT NOT NULL,
    "sujeto" TEXT NOT NULL,
    "correo" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ultimoUso" TIMESTAMP(3),

    CONSTRAINT "IdentidadInstitucional_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfiguracionIngreso" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "claveParaCuentasVinculadas" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConfiguracionIngreso_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IdentidadInstitucional_usuarioId_key" ON "IdentidadInstitucional"("usuarioId");

-- CreateIndex
CREATE UNIQUE INDEX "IdentidadInstitucional_inquilino_sujeto_key" ON "IdentidadInstitucional"("inquilino", "sujeto");

-- AddForeignKey
ALTER TABLE "IdentidadInstitucional" ADD CONSTRAINT "IdentidadInstitucional_usuarioId_fkey" FOREIGN KEY ("usuarioId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Datos: la configuración del ingreso con su valor por defecto (la contraseña sigue sirviendo).
INSERT INTO "ConfiguracionIngreso" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP);
