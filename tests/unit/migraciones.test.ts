import { describe, expect, it } from "vitest";
import { cambiosDeEsquemaPendientes } from "../../scripts/db/migrations";

describe("migraciones", () => {
  it("el esquema no cambió sin una migración", async () => {
    const sql = await cambiosDeEsquemaPendientes();
    expect(sql, "prisma/schema.prisma cambió: cree la migración con npm run db:migration -- <nombre>").toBe(
      "",
    );
  });
});
