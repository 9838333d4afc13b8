// The database the plan commands work on, as the application (they write the plan and its audit):
// DATABASE_URL, or else the embedded database of `npm start`, running or not (decision 0024).
import type { PrismaClient } from "@/generated/prisma/client";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { abrirBaseDeLaOrden } from "../db/conexiones";

export async function conLaBase<T>(trabajo: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const base = await abrirBaseDeLaOrden({ log: (m) => console.error(m) });
  const prisma = crearClientePrisma(base.aplicacion);
  try {
    return await trabajo(prisma);
  } finally {
    await prisma.$disconnect();
    await base.detener();
  }
}
