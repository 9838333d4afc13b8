import { describe, expect, it } from "vitest";
import type { Filtros } from "@/features/tableros/filtros";
import { enlaceDeFila, FILAS_EN_PANTALLA, tablaEnPantalla } from "@/features/tableros/pantalla";
import type { AmbitoTablero, TablaExportable } from "@/features/tableros/tipos";

const vigencia = { id: 7, anio: 2025, nombre: "Plan de Acción 2025" };
const nacional: AmbitoTablero = { vigencia, estados: ["APROBADO"] };
const regional: AmbitoTablero = { ...nacional, regionalId: 5 };
const centro: AmbitoTablero = { ...regional, centroId: 40 };
const filtros: Filtros = { datos: "enviados", tipo: "TRAZABILIDAD_VENTAS", regional: 5 };

describe("a dónde lleva cada fila de un tablero", () => {
  it("un acta del comité lleva a su reporte, en cualquier nivel", () => {
    for (const ambito of [nacional, regional, centro]) {
      expect(enlaceDeFila("comite", ambito, filtros)({ reporteId: 81, centroId: 40 })).toBe("/reportes/81");
    }
  });

  it("un centro lleva a su vista mientras el tablero muestre más que ese centro, con la vigencia y los demás filtros", () => {
    expect(enlaceDeFila("def", nacional, filtros)({ centroId: 40, regionalId: 5 })).toBe(
      "/tableros?datos=enviados&tipo=TRAZABILIDAD_VENTAS&vigencia=2025&centro=40",
    );
    expect(enlaceDeFila("def", regional, filtros)({ centroId: 40 })).toMatch(/centro=40$/);
    expect(enlaceDeFila("def", centro, filtros)({ centroId: 40 })).toBeUndefined();
  });

  it("una regional lleva a su vista solo desde el tablero nacional; el cumplimiento vuelve a su panel", () => {
    expect(enlaceDeFila("cumplimiento", nacional, { datos: "aprobados" })({ regionalId: 5 })).toBe(
      "/tableros?vigencia=2025&regional=5#panel-cumplimiento",
    );
    expect(enlaceDeFila("recaudo", regional, filtros)({ regionalId: 5 })).toBeUndefined();
    expect(enlaceDeFila("recaudo", nacional, filtros)({ semestre: "Semestre 1" })).toBeUndefined();
  });
});

describe("una tabla lista para la pantalla", () => {
  const tabla: TablaExportable = {
    nombre: "def-por-centro",
    titulo: "DEF por centro",
    columnas: [
      { clave: "centro", titulo: "Centro", tipo: "texto" },
      { clave: "ventas", titulo: "Ventas", tipo: "pesos" },
      { clave: "razon", titulo: "DEF / ventas", tipo: "porcentaje" },
      { clave: "n", titulo: "Centros", tipo: "entero" },
    ],
    filas: Array.from({ length: FILAS_EN_PANTALLA + 3 }, (_, i) => ({
      centro: `Centro ${i + 1}`,
      centroId: i + 1,
      ventas: 1_234_567n,
      razon: i === 0 ? null : 0.755,
      n: 1200,
    })),
  };

  it("da las celdas con el formato de la pantalla y el enlace de cada fila", () => {
    const t = tablaEnPantalla("def", tabla, nacional, { datos: "aprobados" });
    expect(t.filas[0]).toEqual({
      celdas: ["Centro 1", expect.stringMatching(/^\$\s?1\.234\.567$/), "No aplica", "1.200"],
      enlace: "/tableros?vigencia=2025&centro=1",
    });
    expect(t.filas[1]!.celdas[2]).toMatch(/^75,5\s?%$/);
  });

  it("corta en FILAS_EN_PANTALLA y dice cuántas tiene en total", () => {
    const t = tablaEnPantalla("def", tabla, nacional, { datos: "aprobados" });
    expect(t.filas).toHaveLength(FILAS_EN_PANTALLA);
    expect(t.total).toBe(FILAS_EN_PANTALLA + 3);
  });
});
