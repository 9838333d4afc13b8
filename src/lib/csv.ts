import { parse, type InfoRecord } from "csv-parse/sync";

/** One data row of an imported CSV: its line in the file (for messages) and its cells by column. */
export interface FilaCsv {
  linea: number;
  valores: Record<string, string>;
}

export type LecturaCsv = { ok: true; columnas: string[]; filas: FilaCsv[] } | { ok: false; error: string };

/** Column names as people type them ("Código Regional", "codigo_regional") become one key. */
export function normalizarColumna(nombre: string): string {
  return nombre
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
}

/** Excel configured for Colombia saves CSV with ";"; other tools use ",". The header tells which. */
function separador(texto: string): ";" | "," {
  const encabezado = texto.split(/\r?\n/, 1)[0] ?? "";
  const puntoYComa = encabezado.split(";").length;
  const comas = encabezado.split(",").length;
  return puntoYComa >= comas ? ";" : ",";
}

function mensajeDeError(error: unknown): string {
  const linea = (error as { lines?: number }).lines;
  const donde = typeof linea === "number" ? ` cerca de la línea ${linea}` : "";
  return `El archivo no es un CSV válido${donde}: revise las comillas y que cada fila tenga las mismas columnas que el encabezado.`;
}

/**
 * Reads a CSV with a header row: UTF-8 with or without BOM, ";" or "," separated, blank lines
 * ignored, cells trimmed. Requires every `obligatorias` column to be present in the header.
 */
export function leerCsv(texto: string, obligatorias: readonly string[]): LecturaCsv {
  const sinBom = texto.replace(/^\uFEFF/, "");
  if (sinBom.trim() === "") return { ok: false, error: "El archivo está vacío." };
  let registros: { record: string[]; info: InfoRecord }[];
  try {
    // With `info: true` each record comes with its line in the file; the typings omit that overload.
    registros = parse(sinBom, {
      delimiter: separador(sinBom),
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: InfoRecord }[];
  } catch (error) {
    return { ok: false, error: mensajeDeError(error) };
  }
  const [encabezado, ...datos] = registros;
  const columnas = (encabezado?.record ?? []).map(normalizarColumna);
  const faltan = obligatorias.filter((c) => !columnas.includes(c));
  if (faltan.length > 0) {
    return {
      ok: false,
      error: `Faltan columnas en el encabezado: ${faltan.join(", ")}. Columnas esperadas: ${obligatorias.join(", ")}.`,
    };
  }
  const filas = datos
    .map(({ record, info }) => ({
      linea: info.lines,
      valores: Object.fromEntries(columnas.map((c, j) => [c, record[j] ?? ""])),
    }))
    .filter((fila) => Object.values(fila.valores).some((v) => v !== ""));
  if (filas.length === 0)
    return { ok: false, error: "El archivo no tiene filas de datos bajo el encabezado." };
  return { ok: true, columnas, filas };
}

/** Reads yes/no cells as people write them in Spanish or English spreadsheets. */
export function leerSiNo(valor: string): boolean | null {
  const v = normalizarColumna(valor);
  if (["si", "s", "true", "verdadero", "1", "x"].includes(v)) return true;
  if (["no", "n", "false", "falso", "0", ""].includes(v)) return false;
  return null;
}

// Excel configured for Colombia opens ";"-separated UTF-8 files with a BOM correctly.
const BOM = "\uFEFF";
const SEPARADOR = ";";

/** What a spreadsheet would take for the start of a formula (OWASP: CSV injection). */
const INICIO_DE_FORMULA = /^[=+\-@\t\r]/;
/** A plain number in the notation Excel in es-CO reads ("-5", "12,5"): written as is. */
const NUMERO = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A text cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `@SUM`, a leading
 * tab) is prefixed with an apostrophe, so it is shown as typed and never evaluated.
 */
export function neutralizarFormula(valor: string): string {
  return INICIO_DE_FORMULA.test(valor) && !NUMERO.test(valor) ? `'${valor}` : valor;
}

function celda(valor: string | number | bigint | null | undefined): string {
  if (valor === null || valor === undefined) return "";
  if (typeof valor !== "string") return String(valor);
  const seguro = neutralizarFormula(valor);
  return /[;"\r\n]/.test(seguro) ? `"${seguro.replace(/"/g, '""')}"` : seguro;
}

/**
 * The one way this application writes a CSV: UTF-8 with BOM, ";" separators, CRLF, quoted where
 * needed and with formulas neutralized. Used by every export and every import template.
 */
export function escribirCsv(
  filas: readonly (readonly (string | number | bigint | null | undefined)[])[],
): string {
  return BOM + filas.map((fila) => fila.map(celda).join(SEPARADOR)).join("\r\n") + "\r\n";
}
