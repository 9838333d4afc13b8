import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";
import { createPrismaClient } from "./prisma-client";

const global = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of the app (kept across hot reloads in development). */
export function db(): PrismaClient {
  global.prisma ??= createPrismaClient(env().DATABASE_URL);
  return global.prisma;
}
