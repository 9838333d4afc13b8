import { describe, expect, it } from "vitest";
import { leerCsv, leerSiNo, normalizarColumna } from "@/lib/csv";

describe("leer un CSV importado", () => {
  it("acepta el CSV de Excel en es-CO: BOM, punto y coma, encabezados con tildes y mayúsculas", () => {
    const lectura = leerCsv(
      "\uFEFFCódigo;Nombre del centro;Genera aprovechamiento\r\n9101; Centro Uno ;Sí\r\n",
      ["codigo", "nombre_del_centro"],
    );
    expect(lectura).toEqual({
      ok: true,
      columnas: ["codigo", "nombre_del_centro", "genera_aprovechamiento"],
      filas: [
        {
          linea: 2,
          valores: { codigo: "9101", nombre_del_centro: "Centro Uno", genera_aprovechamiento: "Sí" },
        },
      ],
    });
  });

  it("acepta comas, comillas con separadores dentro y cuenta las líneas del archivo aunque haya vacías", () => {
    const lectura = leerCsv('codigo,nombre\n1,"Bogotá, D.C."\n\n2,"Dice ""hola"""\n', ["codigo", "nombre"]);
    expect(lectura.ok && lectura.filas).toEqual([
      { linea: 2, valores: { codigo: "1", nombre: "Bogotá, D.C." } },
      { linea: 4, valores: { codigo: "2", nombre: 'Dice "hola"' } },
    ]);
  });

  it.each([
    ["", "El archivo está vacío."],
    ["codigo;nombre\n", "El archivo no tiene filas de datos bajo el encabezado."],
    ["codigo\n1\n", "Faltan columnas en el encabezado: nombre. Columnas esperadas: codigo, nombre."],
  ])("rechaza %j con un mensaje claro", (texto, error) => {
    expect(leerCsv(texto, ["codigo", "nombre"])).toEqual({ ok: false, error });
  });

  it("rechaza filas con más columnas que el encabezado o comillas sin cerrar, diciendo dónde", () => {
    const lectura = leerCsv('codigo;nombre\n1;"sin cerrar\n', ["codigo", "nombre"]);
    expect(lectura.ok).toBe(false);
    expect(!lectura.ok && lectura.error).toMatch(/^El archivo no es un CSV válido cerca de la línea \d+/);
    expect(leerCsv("codigo;nombre\n1;a;b\n", ["codigo", "nombre"]).ok).toBe(false);
  });

  it("normaliza nombres de columna y lee sí/no", () => {
    expect(normalizarColumna("  Código Regional ")).toBe("codigo_regional");
    expect([leerSiNo("Sí"), leerSiNo("NO"), leerSiNo("x"), leerSiNo(""), leerSiNo("tal vez")]).toEqual([
      true,
      false,
      true,
      false,
      null,
    ]);
  });
});
