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
