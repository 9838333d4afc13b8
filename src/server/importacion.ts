import "server-only";
import { createHash } from "node:crypto";
import { readSheet } from "read-excel-file/universal";
import { z } from "zod";
import { leerCsv, normalizarColumna, type FilaCsv } from "@/lib/csv";
import {
  archivoDeImportacionSchema,
  huellaDeImportacionSchema,
  LIMITE_IMPORTACION_FILAS,
  mensajeConErrores,
  mensajeDeDemasiadasFilas,
  type ErrorDeFila,
} from "@/lib/importacion";
import { NO_ES_XLSX, revisarLibroDeExcel } from "./libro-excel";
import { definirOperacion, type Contexto } from "./operacion";
import { ErrorDeNegocio } from "./errores";
import { autorizar, type Permiso } from "./autorizacion";

/**
 * The one way to import a file (decisión 0021): read (CSV or xlsx, the same table either way) →
 * plan (what each row would do, and every row's errors, against the database as it is) → preview
 * with a fingerprint → confirm (planned again with the rows locked; applied whole only when it has
 * no errors and its fingerprint is the one previewed).
 */

/** A file's header (normalised column names) and its data rows, each with its line or Excel row. */
export interface Tabla {
  columnas: string[];
  filas: FilaCsv[];
}

export interface ArchivoLeido {
  nombre: string;
  /** SHA-256 of the bytes: part of the fingerprint, so another file never matches a preview. */
  sha256: string;
  tabla: Tabla;
}

export const NO_ES_UTF8 =
  "El archivo no está en UTF-8. En Excel, guárdelo como libro de Excel (.xlsx) o con «Guardar como» → «CSV UTF-8 (delimitado por comas)» e inténtelo de nuevo.";

function rechazarArchivo(mensaje: string): never {
  throw new ErrorDeNegocio(mensaje, { archivo: [mensaje] });
}

/** An xlsx (and any other Office Open XML file) is a zip archive: it starts with "PK\x03\x04". */
function esXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A cell as the text a CSV would have had: numbers exactly as stored, dates as AAAA-MM-DD. */
function textoDeCelda(valor: unknown): string {
  if (valor === null || valor === undefined) return "";
  if (valor instanceof Date) return valor.toISOString().slice(0, 10);
  if (typeof valor === "boolean") return valor ? "sí" : "no";
  return String(valor).trim();
}

/**
 * The first sheet of a workbook as a table; each row keeps its Excel row number as its line. The
 * workbook is checked before it is unzipped (./libro-excel.ts), and then unzipped from its central
 * directory, the one just checked, into buffers of the sizes it declares (the "universal" build of
 * read-excel-file; the Node build streams the local headers, which the check does not cover).
 */
async function leerXlsx(bytes: Uint8Array): Promise<Tabla> {
  const problema = revisarLibroDeExcel(bytes);
  if (problema) rechazarArchivo(problema);
  let hoja: unknown[][];
  try {
    const libro = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // Numbers come as the text stored in the file, so an amount in pesos is read exactly.
    hoja = await readSheet(libro, { parseNumber: (texto: string) => texto });
  } catch {
    rechazarArchivo(NO_ES_XLSX);
  }
  const [encabezado = [], ...datos] = hoja;
  const columnas = encabezado.map((celda) => normalizarColumna(textoDeCelda(celda)));
  const filas = datos
    .map((fila, i) => ({
      linea: i + 2,
      valores: Object.fromEntries(columnas.map((c, j) => [c, textoDeCelda(fila[j])])),
    }))
    .filter((fila) => Object.values(fila.valores).some((v) => v !== ""));
  return { columnas, filas };
}

/**
 * Reads the uploaded file, xlsx or CSV, into one table; refuses (next to the file field) what cannot
 * be read, a header without the `obligatorias` columns, an empty file or one over the row limit.
 */
export async function leerArchivoDeImportacion(
  archivo: File,
  obligatorias: readonly string[],
): Promise<ArchivoLeido> {
  const bytes = new Uint8Array(await archivo.arrayBuffer());
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  let tabla: Tabla;
  if (esXlsx(bytes)) {
    tabla = await leerXlsx(bytes);
    const faltan = obligatorias.filter((c) => !tabla.columnas.includes(c));
    if (faltan.length > 0) {
      rechazarArchivo(
        `Faltan columnas en el encabezado: ${faltan.join(", ")}. Columnas esperadas: ${obligatorias.join(", ")}.`,
      );
    }
    if (tabla.filas.length === 0) rechazarArchivo("El archivo no tiene filas de datos bajo el encabezado.");
  } else {
    let texto: string;
    try {
      texto = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      rechazarArchivo(NO_ES_UTF8);
    }
    const lectura = leerCsv(texto, obligatorias);
    if (!lectura.ok) rechazarArchivo(lectura.error);
    tabla = { columnas: lectura.columnas, filas: lectura.filas };
  }
  if (tabla.filas.length > LIMITE_IMPORTACION_FILAS)
    rechazarArchivo(mensajeDeDemasiadasFilas(tabla.filas.length));
  return { nombre: archivo.name, sha256, tabla };
}

/**
 * Identifies a preview: the file's bytes, its plan and everything the preview showed (amounts
 * included). The same file over the same data gives the same value; any difference in what
 * confirming would do gives another.
 */
export function huellaDeImportacion(archivo: ArchivoLeido, plan: unknown): string {
  const canonico = JSON.stringify({ archivo: archivo.sha256, plan }, (_, v) =>
    typeof v === "bigint" ? v.toString() : v,
  );
  return createHash("sha256").update(canonico).digest("hex");
}

export interface PlanDeImportacion<F> {
  filas: F[];
  errores: ErrorDeFila[];
}

export interface DefinicionDeImportacion<F, P extends PlanDeImportacion<F>, V, R> {
  /** The operations are named `previsualizar<Nombre>` and `importar<Nombre>`. */
  nombre: string;
  permiso: Permiso;
  /** Message when no file was chosen. */
  falta: string;
  obligatorias: readonly string[];
  /** What is imported, for "no se importó …". */
  deQue: string;
  mensajeDesactualizada: string;
  /** Every row against the database; with `bloquear`, what the rows touch is locked first. */
  planificar: (ctx: Contexto, archivo: ArchivoLeido, bloquear: boolean) => Promise<P>;
  /** What the preview shows besides the fingerprint and the errors. */
  vista: (plan: P, archivo: ArchivoLeido) => V;
  /** Writes a confirmed plan that has no errors, with its audit. */
  aplicar: (ctx: Contexto, plan: P, archivo: ArchivoLeido) => Promise<R>;
  tiempoMaximoMs?: number;
}

/** The fingerprint covers the rows the plan would write and everything the preview showed. */
function huellaDelPlan<F>(archivo: ArchivoLeido, plan: PlanDeImportacion<F>, vista: unknown): string {
  return huellaDeImportacion(archivo, { filas: plan.filas, vista });
}

/** The preview and the confirmation of one kind of import, with the same reading and refusals. */
export function definirImportacion<F, P extends PlanDeImportacion<F>, V, R>(
  definicion: DefinicionDeImportacion<F, P, V, R>,
) {
  const archivo = archivoDeImportacionSchema(definicion.falta);
  const opciones = { tiempoMaximoMs: definicion.tiempoMaximoMs ?? 120_000 };
  const previsualizar = definirOperacion(
    `previsualizar${definicion.nombre}`,
    z.object({ archivo }),
    async (input, ctx) => {
      autorizar(ctx.actor, definicion.permiso);
      const leido = await leerArchivoDeImportacion(input.archivo, definicion.obligatorias);
      const plan = await definicion.planificar(ctx, leido, false);
      const vista = definicion.vista(plan, leido);
      return { huella: huellaDelPlan(leido, plan, vista), errores: plan.errores, ...vista };
    },
    opciones,
  );
  const confirmar = definirOperacion(
    `importar${definicion.nombre}`,
    z.object({ archivo, huella: huellaDeImportacionSchema }),
    async (input, ctx) => {
      autorizar(ctx.actor, definicion.permiso);
      const leido = await leerArchivoDeImportacion(input.archivo, definicion.obligatorias);
      const plan = await definicion.planificar(ctx, leido, true);
      if (plan.errores.length > 0)
        throw new ErrorDeNegocio(mensajeConErrores(plan.errores, definicion.deQue));
      if (huellaDelPlan(leido, plan, definicion.vista(plan, leido)) !== input.huella)
        throw new ErrorDeNegocio(definicion.mensajeDesactualizada);
      return definicion.aplicar(ctx, plan, leido);
    },
    opciones,
  );
  return { previsualizar, confirmar };
}

/** What an import's server action takes from the browser: only the file and the preview's fingerprint. */
export function entradaDeImportacion(formData: FormData) {
  return { archivo: formData.get("archivo"), huella: formData.get("huella") };
}
