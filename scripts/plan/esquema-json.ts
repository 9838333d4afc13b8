// `npm run plan:esquema`: writes docs/plan.schema.json, the plan file's format as JSON Schema,
// generated from the zod schema the importer validates with. A unit test fails while it is stale.
import { writeFile } from "node:fs/promises";
import { esquemaJsonComoTexto } from "@/features/plan/archivo/esquema-json";

const DESTINO = "docs/plan.schema.json";

writeFile(DESTINO, esquemaJsonComoTexto()).then(
  () => console.log(`Esquema del archivo del plan escrito en ${DESTINO}.`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
