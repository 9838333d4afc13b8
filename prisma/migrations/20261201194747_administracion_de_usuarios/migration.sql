-- AlterTable
ALTER TABLE "User" ADD COLUMN     "debeCambiarClave" BOOLEAN NOT NULL DEFAULT false;
