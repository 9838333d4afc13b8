import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

// The Prisma CLI insists on its native schema engine even for `generate`, `validate` and `format`,
// which do not use it, and downloads it when missing. Offline that download fails, so point the
// CLI at any executable; migrations run through the WebAssembly engine (scripts/db/).
const nativeEngineAvailable = existsSync("node_modules/@prisma/engines/schema-engine-debian-openssl-3.0.x");
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !nativeEngineAvailable) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  },
});
