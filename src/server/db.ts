import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";
import { crearClientePrisma } from "./cliente-prisma";

const global = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of the app (kept across hot reloads in development). */
export function db(): PrismaClient {
  global.prisma ??= crearClientePrisma(env().DATABASE_URL);
  return global.prisma;
}
