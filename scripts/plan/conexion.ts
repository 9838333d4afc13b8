// The database the plan commands work on: DATABASE_URL, or else the embedded database of
// `npm start` (the same data folder), whether the application is running or not.
import type { PrismaClient } from "@/generated/prisma/client";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { prepararBase } from "../db/preparar";
import { usarOIniciarPostgresEmbebido } from "../embedded-postgres";

export async function conLaBase<T>(trabajo: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const externa = process.env.DATABASE_URL?.trim();
  const base = externa ? null : await usarOIniciarPostgresEmbebido({ log: (m) => console.error(m) });
  const url = externa || base!.url;
  if (base && !base.shared) await prepararBase(url);
  const prisma = crearClientePrisma(url);
  try {
    return await trabajo(prisma);
  } finally {
    await prisma.$disconnect();
    await base?.stop();
  }
}
