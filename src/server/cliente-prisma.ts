import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/**
 * How long a request waits for a new connection before failing: with the database unreachable a
 * request fails (and the server answers 503) instead of hanging.
 */
const ESPERA_DE_CONEXION_MS = 5_000;

/**
 * A Prisma client over a node-postgres pool for the given connection string. The pool drops the
 * connections a database restart breaks and opens new ones: nothing to restart on this side.
 */
export function crearClientePrisma(databaseUrl: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: ESPERA_DE_CONEXION_MS }),
  });
}
