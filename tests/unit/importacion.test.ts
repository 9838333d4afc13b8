import writeXlsxFile from "write-excel-file/node";
import { describe, expect, it } from "vitest";
import {
  archivoDeImportacionSchema,
  huellaDeImportacionSchema,
  LIMITE_IMPORTACION_BYTES,
} from "@/lib/importacion";
import { ErrorDeNegocio } from "@/server/errores";
import { huellaDeImportacion, leerArchivoDeImportacion, NO_ES_UTF8 } from "@/server/importacion";
import { NO_ES_XLSX } from "@/server/libro-excel";
import { crearZip, entrada, entradaInmensa, type EntradaDePrueba } from "../helpers/zip";

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

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const RELACION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function celdas(fila: number, valores: string[]): string {
  const columna = (i: number) => String.fromCharCode(65 + i);
  const c = valores.map((v, i) => `<c r="${columna(i)}${fila}" t="inlineStr"><is><t>${v}</t></is></c>`);
  return `<row r="${fila}">${c.join("")}</row>`;
}

/** A sheet of `n` data rows under the header; `dimension` and `cola` to say or end it otherwise. */
function hoja(n: number, opciones: { dimension?: string; cola?: string } = {}): string {
  const filas = Array.from({ length: n }, (_, i) => celdas(i + 2, [`C-${i}`, `Centro ${i}`, "1"]));
  const dimension = opciones.dimension ? `<dimension ref="${opciones.dimension}"/>` : "";
  const cola = opciones.cola ?? "</sheetData></worksheet>";
  return `<?xml version="1.0"?><worksheet ${NS}>${dimension}<sheetData>${celdas(1, OBLIGATORIAS)}${filas.join("")}${cola}`;
}

/**
 * A workbook built entry by entry, as Excel lays it out, with `extra` entries after the rest; its
 * relationships quote with apostrophes, as XML allows.
 */
function libro(contenido: string, extra: EntradaDePrueba[] = [], hojaDeclarada?: number) {
  const laHoja = entrada("xl/worksheets/sheet1.xml", contenido);
  return crearZip([
    entrada(
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    entrada(
      "xl/workbook.xml",
      `<?xml version="1.0"?><workbook ${NS} ${NS_R}><sheets><sheet name="Datos" sheetId="1" r:id="rId7"/></sheets></workbook>`,
    ),
    entrada(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id='rId7' Type="${RELACION}/worksheet" Target='worksheets/sheet1.xml'/></Relationships>`,
    ),
    { ...laHoja, declarado: hojaDeclarada },
    ...extra,
  ]);
}

describe("un libro de Excel se revisa antes de descomprimirlo", () => {
  it("un libro armado a mano, como lo guarda Excel, se lee: las revisiones no rechazan uno bueno", async () => {
    const leido = await leerArchivoDeImportacion(archivo(libro(hoja(2)), "a.xlsx"), OBLIGATORIAS);
    expect(leido.tabla.filas).toEqual([
      { linea: 2, valores: { codigo: "C-0", nombre: "Centro 0", monto: "1" } },
      { linea: 3, valores: { codigo: "C-1", nombre: "Centro 1", monto: "1" } },
    ]);
  });

  it("una bomba de zip (menos de 1 MB que se descomprimen en 200 MB) se rechaza por lo que declara, sin descomprimirla", async () => {
    const bomba = libro(hoja(2), [await entradaInmensa("xl/relleno.xml", 200)]);
    expect(bomba.byteLength).toBeLessThan(LIMITE_IMPORTACION_BYTES);
    expect(archivoDeImportacionSchema("Elija el archivo.").safeParse(archivo(bomba, "a.xlsx")).success).toBe(
      true,
    );
    expect(await rechazo(bomba, "bomba.xlsx")).toBe(
      "El libro de Excel ocupa 200 MB sin comprimir; el máximo es 20 MB. Guarde en un libro nuevo solo la hoja que va a importar, o divídala en varios archivos.",
    );
    // Deflating the 200 MB to build the bomb takes the time, not refusing it.
  }, 30_000);

  it("lo que declara su directorio manda: un tamaño enorme declarado se rechaza, y una entrada que crece más de lo declarado también", async () => {
    const declaraCuatroGigas = libro(hoja(2), [], 0xfffffff0);
    expect(await rechazo(declaraCuatroGigas, "a.xlsx")).toMatch(
      /^El libro de Excel ocupa 4\.096 MB sin comprimir; el máximo es 20 MB\./,
    );
    const mienteSuTamano = libro(hoja(50), [], 100);
    expect(await rechazo(mienteSuTamano, "a.xlsx")).toBe(NO_ES_XLSX);
  });

  it("más de 100 archivos internos se rechaza", async () => {
    const muchas = Array.from({ length: 100 }, (_, i) => entrada(`xl/otro${i}.xml`, "<a/>"));
    expect(await rechazo(libro(hoja(2), muchas), "a.xlsx")).toBe(
      "El libro de Excel tiene 104 archivos internos; el máximo es 100. Guarde la hoja que va a importar en un libro nuevo.",
    );
  });

  it("una hoja con más filas de las que se importan se rechaza antes de leer su XML: por su dimensión o contando sus filas", async () => {
    // The unfinished XML shows the sheet is never parsed: parsing it would say it cannot be read.
    const rota = { cola: "<c><is><t>sin terminar" };
    expect(await rechazo(libro(hoja(2, { dimension: "A1:C100001", ...rota })), "a.xlsx")).toBe(
      "El archivo tiene 100.000 filas de datos; el máximo es 5.000. Divídalo en varios archivos.",
    );
    expect(await rechazo(libro(hoja(5001, rota)), "a.xlsx")).toBe(
      "El archivo tiene 5.001 filas de datos; el máximo es 5.000. Divídalo en varios archivos.",
    );
    expect(await rechazo(libro(hoja(2, rota)), "a.xlsx")).toBe(NO_ES_XLSX);
    const justas = await leerArchivoDeImportacion(archivo(libro(hoja(5000)), "a.xlsx"), OBLIGATORIAS);
    expect(justas.tabla.filas).toHaveLength(5000);
  });
});
