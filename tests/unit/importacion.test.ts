import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import {
  archivoDeImportacionSchema,
  huellaDeImportacionSchema,
  LIMITE_IMPORTACION_BYTES,
} from "@/lib/importacion";
import { ErrorDeNegocio } from "@/server/errores";
import { huellaDeImportacion, leerArchivoDeImportacion, NO_ES_UTF8 } from "@/server/importacion";

const OBLIGATORIAS = ["codigo", "nombre", "monto"];

function archivo(contenido: string | Uint8Array<ArrayBuffer>, nombre = "datos.csv"): File {
  return new File([contenido], nombre);
}

/** What the reader refuses, as the user sees it next to the file field. */
async function rechazo(contenido: string | Uint8Array<ArrayBuffer>, nombre?: string) {
  try {
    await leerArchivoDeImportacion(archivo(contenido, nombre), OBLIGATORIAS);
  } catch (error) {
    if (!(error instanceof ErrorDeNegocio)) throw error;
    expect(error.fieldErrors).toEqual({ archivo: [error.message] });
    return error.message;
  }
  throw new Error("El archivo debía rechazarse");
}

async function xlsx(filas: (string | number | boolean | Date | null)[][]): Promise<Uint8Array<ArrayBuffer>> {
  const hoja = filas.map((fila) =>
    fila.map((valor) =>
      valor === null
        ? null
        : valor instanceof Date
          ? { value: valor, format: "yyyy-mm-dd" }
          : { value: valor },
    ),
  );
  return new Uint8Array(await writeXlsxFile(hoja).toBuffer());
}

describe("leer un archivo de importación: CSV o Excel, la misma tabla", () => {
  it("un CSV en UTF-8, con BOM y «;», da sus columnas normalizadas y cada fila con su línea", async () => {
    const leido = await leerArchivoDeImportacion(
      archivo("\uFEFFCódigo;Nombre;Monto\n9101;Bogotá;1.500.000\n\n9102;Cali;0\n"),
      OBLIGATORIAS,
    );
    expect(leido.tabla).toEqual({
      columnas: ["codigo", "nombre", "monto"],
      filas: [
        { linea: 2, valores: { codigo: "9101", nombre: "Bogotá", monto: "1.500.000" } },
        { linea: 4, valores: { codigo: "9102", nombre: "Cali", monto: "0" } },
      ],
    });
    expect(leido.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("un libro de Excel da la misma tabla: la primera hoja, la fila de Excel como línea, los números exactos", async () => {
    const bytes = await xlsx([
      ["Código", "Nombre", "Monto", "Activo", "Fecha"],
      ["9101", "Bogotá", 1_234_567_890_123, true, new Date(Date.UTC(2026, 0, 31))],
      [null, null, null, null, null],
      [9102, "Cali", 0, false, null],
    ]);
    const leido = await leerArchivoDeImportacion(archivo(bytes, "datos.xlsx"), OBLIGATORIAS);
    expect(leido.tabla).toEqual({
      columnas: ["codigo", "nombre", "monto", "activo", "fecha"],
      filas: [
        {
          linea: 2,
          valores: {
            codigo: "9101",
            nombre: "Bogotá",
            monto: "1234567890123",
            activo: "sí",
            fecha: "2026-01-31",
          },
        },
        { linea: 4, valores: { codigo: "9102", nombre: "Cali", monto: "0", activo: "no", fecha: "" } },
      ],
    });
  });

  it("se reconoce por su contenido, no por el nombre: un .xlsx que es CSV se lee como CSV", async () => {
    const leido = await leerArchivoDeImportacion(
      archivo("codigo;nombre;monto\n1;Uno;5\n", "x.xlsx"),
      OBLIGATORIAS,
    );
    expect(leido.tabla.filas).toEqual([{ linea: 2, valores: { codigo: "1", nombre: "Uno", monto: "5" } }]);
  });

  it("rechaza, junto al campo del archivo, lo que no se puede leer", async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode("codigo;nombre;monto\n1;Bogot"),
      0xe1,
      0x3b,
      0x35,
    ]);
    expect(await rechazo(latin1)).toBe(NO_ES_UTF8);
    expect(await rechazo(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "roto.xlsx")).toMatch(
      /^El archivo no es un libro de Excel que se pueda leer/,
    );
    expect(await rechazo("codigo;nombre\n1;Uno\n")).toBe(
      "Faltan columnas en el encabezado: monto. Columnas esperadas: codigo, nombre, monto.",
    );
    expect(
      await rechazo(
        await xlsx([
          ["codigo", "nombre"],
          ["1", "Uno"],
        ]),
        "x.xlsx",
      ),
    ).toBe("Faltan columnas en el encabezado: monto. Columnas esperadas: codigo, nombre, monto.");
    expect(await rechazo(await xlsx([["codigo", "nombre", "monto"]]), "x.xlsx")).toBe(
      "El archivo no tiene filas de datos bajo el encabezado.",
    );
  });

  it("hasta 5.000 filas de datos; una más se rechaza", async () => {
    const filas = (n: number) =>
      ["codigo;nombre;monto", ...Array.from({ length: n }, (_, i) => `C-${i};Centro ${i};1`)].join("\n");
    expect((await leerArchivoDeImportacion(archivo(filas(5000)), OBLIGATORIAS)).tabla.filas).toHaveLength(
      5000,
    );
    expect(await rechazo(filas(5001))).toBe(
      "El archivo tiene 5.001 filas de datos; el máximo es 5.000. Divídalo en varios archivos.",
    );
  });

  it("el archivo elegido: vacío o de más de 1 MB se rechaza antes de leerlo", () => {
    const schema = archivoDeImportacionSchema("Elija el archivo.");
    const deTamano = (n: number) => new File([new Uint8Array(n)], "a.csv");
    expect(schema.safeParse(deTamano(LIMITE_IMPORTACION_BYTES)).success).toBe(true);
    expect(schema.safeParse(deTamano(LIMITE_IMPORTACION_BYTES + 1)).error?.issues[0]?.message).toMatch(
      /supera 1 MB/,
    );
    expect(schema.safeParse(deTamano(0)).error?.issues[0]?.message).toBe("El archivo está vacío.");
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe("Elija el archivo.");
    expect(huellaDeImportacionSchema.safeParse("abc").success).toBe(false);
    expect(huellaDeImportacionSchema.safeParse("a".repeat(64)).success).toBe(true);
  });

  it("la huella cambia con el archivo o con el plan, y lleva los montos exactos", async () => {
    const a = await leerArchivoDeImportacion(archivo("codigo;nombre;monto\n1;Uno;5\n"), OBLIGATORIAS);
    const b = await leerArchivoDeImportacion(archivo("codigo;nombre;monto\n1;Uno;6\n"), OBLIGATORIAS);
    const plan = { filas: [{ monto: 9_007_199_254_740_993n }], errores: [] };
    expect(huellaDeImportacion(a, plan)).toBe(huellaDeImportacion(a, { ...plan }));
    expect(huellaDeImportacion(a, plan)).not.toBe(huellaDeImportacion(b, plan));
    expect(huellaDeImportacion(a, plan)).not.toBe(
      huellaDeImportacion(a, { filas: [{ monto: 9_007_199_254_740_992n }], errores: [] }),
    );
  });
});
