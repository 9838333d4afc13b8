import { createHash } from "node:crypto";
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { defaultMigrationsDir, aplicarMigraciones, estadoDeMigraciones } from "../../scripts/db/migrations";
import { crearBaseDePrueba } from "../helpers/database";

/** Migrations run as the owner of the tables (decision 0024). */
function urlDeLaBase(): string {
  const url = process.env.DATABASE_URL_PROPIETARIO;
  if (!url) {
    throw new Error(
      "Las pruebas de integración necesitan DATABASE_URL_PROPIETARIO (lo define global-setup).",
    );
  }
  return url;
}

async function localMigrations(): Promise<string[]> {
  const entries = await readdir(defaultMigrationsDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

describe("migraciones", () => {
  it("el despliegue registra cada migración terminada con la suma de verificación de Prisma", async () => {
    const client = new pg.Client({ connectionString: urlDeLaBase() });
    await client.connect();
    const { rows } = await client
      .query<{
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        rolled_back_at: Date | null;
      }>(
        "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name",
      )
      .finally(() => client.end());
    const names = await localMigrations();
    expect(names.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(join(defaultMigrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it("el estado no reporta pendientes ni problemas, y un segundo despliegue no aplica nada", async () => {
    expect(await estadoDeMigraciones(urlDeLaBase())).toEqual({
      applied: await localMigrations(),
      pending: [],
      edited: [],
      failed: [],
      missingLocally: [],
    });
    expect(await aplicarMigraciones(urlDeLaBase())).toEqual([]);
  });

  it("una migración editada después de aplicarse se reporta y el despliegue se niega", async () => {
    const database = await crearBaseDePrueba();
    const migrationsDir = await mkdtemp(join(tmpdir(), "migraciones-"));
    try {
      await cp(defaultMigrationsDir, migrationsDir, { recursive: true });
      const [first] = await localMigrations();
      await appendFile(join(migrationsDir, first!, "migration.sql"), "\n-- editada\n");
      const status = await estadoDeMigraciones(database.urlPropietario, { migrationsDir });
      expect(status.edited).toEqual([first]);
      await expect(aplicarMigraciones(database.urlPropietario, { migrationsDir })).rejects.toThrow(
        /modificadas después de aplicarse: .*_inicial/,
      );
    } finally {
      await rm(migrationsDir, { recursive: true, force: true });
      await database.drop();
    }
  });
});
