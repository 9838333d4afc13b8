import { z } from "zod";
import { planArchivoSchema } from "./esquema";

/**
 * The plan file's format as JSON Schema (docs/plan.schema.json), generated from the schema that
 * validates it. The checks between parts (keys that must name fields, unique codes) are not
 * expressible there: they are the importer's, and it reports them with their paths.
 */
export function esquemaJsonDelPlan(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(planArchivoSchema, { io: "input", target: "draft-2020-12" }),
    $id: "https://github.com/sena/seguimiento-plan-accion/docs/plan.schema.json",
    title: "Plan de Acción de una vigencia",
    description:
      "Temas, lineamientos, acciones y seguimientos de una vigencia, cada seguimiento con su formulario " +
      "(campos, reglas e indicadores). Lo escribe `npm run plan:exportar` y lo lee `npm run plan:importar`.",
  };
}

export function esquemaJsonComoTexto(): string {
  return `${JSON.stringify(esquemaJsonDelPlan(), null, 2)}\n`;
}
