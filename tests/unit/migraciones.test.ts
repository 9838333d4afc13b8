import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cambiosDeEsquemaPendientes, defaultMigrationsDir } from "../../scripts/db/migrations";

describe("migraciones", () => {
  it("el esquema no cambió sin una migración", async () => {
    const sql = await cambiosDeEsquemaPendientes();
    expect(sql, "prisma/schema.prisma cambió: cree la migración con npm run db:migration -- <nombre>").toBe(
      "",
    );
  });
});

describe("migraciones y restauración", () => {
  it("ninguna migración nombra el esquema public: una restauración las aplica en un esquema provisional", async () => {
    const carpetas = (await readdir(defaultMigrationsDir, { withFileTypes: true })).filter((e) =>
      e.isDirectory(),
    );
    const queNombranPublic: string[] = [];
    for (const { name } of carpetas) {
      const sql = await readFile(path.join(defaultMigrationsDir, name, "migration.sql"), "utf8");
      // Prisma's first migration makes sure the schema exists; that names it without using it.
      const resto = sql.replace('CREATE SCHEMA IF NOT EXISTS "public";', "").replace(/--.*$/gm, "");
      // The schema, quoted, qualifying a name or in a path; not the PUBLIC pseudo-role of a GRANT.
      if (/"public"|\bpublic\s*\.|\bschema\s+public\b|search_path\s*(=|to)\s*public/i.test(resto)) {
        queNombranPublic.push(name);
      }
    }
    expect(queNombranPublic).toEqual([]);
  });
});
