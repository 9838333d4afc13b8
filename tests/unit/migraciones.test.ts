import { describe, expect, it } from "vitest";
import { pendingSchemaChanges } from "../../scripts/db/migrations";

describe("migraciones", () => {
  it("el esquema no cambió sin una migración", async () => {
    const sql = await pendingSchemaChanges();
    expect(sql, "prisma/schema.prisma cambió: cree la migración con npm run db:migration -- <nombre>").toBe(
      "",
    );
  });
});
