import { beforeAll, describe, expect, it } from "vitest";
import { planDeVigencia, tablaDelPlan } from "@/features/plan/queries";
import { db } from "@/server/db";
import { crearEscenario } from "../helpers/escenario";

let vigenciaId: number;

beforeAll(async () => {
  await crearEscenario("plan-descarga");
  vigenciaId = (await db().vigencia.findUniqueOrThrow({ where: { anio: 2020 } })).id;
});

describe("el plan para descargar", () => {
  it("una fila por seguimiento, en el orden del documento, con todo su camino", async () => {
    const tabla = tablaDelPlan(2020, await planDeVigencia(vigenciaId));
    expect(tabla.titulo).toBe("Plan de Acción 2020");
    expect(tabla.filas.map((f) => [f.codigo, f.seguimiento, f.periodicidad])).toEqual([
      ["2.1.4.1", "Informe de recaudo", "Semestral"],
      ["2.1.4.2", "Acta del comité de precios", "Anual"],
      ["2.1.4.2", "Trazabilidad de ventas (DEF)", "Trimestral"],
      ["2.1.4.2", "Ejecución de recursos de producción", "Anual"],
    ]);
    expect(tabla.filas[0]).toMatchObject({
      tema: "Incremento del recaudo de recursos propios.",
      lineamiento:
        "Mejorar los mecanismos de recaudo actuales, tanto en el proceso de fiscalización y cobro persuasivo.",
      observacion: "Informe de cumplimiento de metas de recaudo elaborado por el Grupo de Recaudo y Cartera.",
      diasOportunidad: 30,
    });
    expect(String(tabla.filas[0]!.resultadoEsperado)).toMatch(/^Ampliar la base de datos a fiscalizar/);
    expect(String(tabla.filas[0]!.responsables)).toMatch(/Coordinador/);
  });
});
