import "server-only";
import { LIMITE_IMPORTACION_FILAS, mensajeDeDemasiadasFilas } from "@/lib/importacion";
import { extraerEntrada, leerDirectorioCentral, type EntradaZip } from "./zip";

/**
 * What a workbook may unzip to, in all: 5.000 rows of any sensible width take a few MB, while a
 * zip bomb of less than 1 MB can declare gigabytes.
 */
export const LIMITE_XLSX_DESCOMPRIMIDO = 20 * 1024 * 1024;
/** Files inside a workbook: a handful per sheet; a hundred is far more than any import needs. */
export const LIMITE_XLSX_ENTRADAS = 100;

export const NO_ES_XLSX =
  "El archivo no es un libro de Excel que se pueda leer. Ábralo en Excel y guárdelo de nuevo como .xlsx, o como CSV UTF-8.";

const MB = 1024 * 1024;
const enMb = (bytes: number) => (bytes / MB).toLocaleString("es-CO", { maximumFractionDigits: 1 });

function texto(bytes: Uint8Array, entrada: EntradaZip | undefined): string | null {
  return entrada ? new TextDecoder().decode(extraerEntrada(bytes, entrada)) : null;
}

/** An attribute of an XML start tag, in double or single quotes. */
function atributo(etiqueta: string, nombre: string): string | undefined {
  const valor = new RegExp(`\\s${nombre}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(etiqueta);
  return valor ? (valor[1] ?? valor[2]) : undefined;
}

/**
 * Where the first sheet lives, found as `read-excel-file` finds it: the first <sheet> of the
 * workbook and the relationship its r:id names. Null when the workbook does not say.
 */
function rutaDeLaPrimeraHoja(bytes: Uint8Array, entradas: Map<string, EntradaZip>): string | null {
  const libro = texto(bytes, entradas.get("xl/workbook.xml"));
  const relaciones = texto(bytes, entradas.get("xl/_rels/workbook.xml.rels"));
  const hoja = libro ? /<(?:\w+:)?sheet\s[^>]*>/.exec(libro)?.[0] : undefined;
  const id = hoja ? atributo(hoja, "\\w+:id") : undefined;
  if (!relaciones || id === undefined) return null;
  for (const [etiqueta] of relaciones.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    const destino = atributo(etiqueta, "Target");
    if (atributo(etiqueta, "Id") === id && destino) {
      return destino.startsWith("/") ? destino.slice(1) : `xl/${destino}`;
    }
  }
  return null;
}

/**
 * Rows of the first sheet, read from its XML without parsing it: the last row its <dimension>
 * declares or the <row> elements it has, whichever is more. Null when the sheet cannot be found.
 */
function filasDeLaPrimeraHoja(bytes: Uint8Array, entradas: EntradaZip[]): number | null {
  const porNombre = new Map(entradas.map((e) => [e.nombre, e]));
  const ruta = rutaDeLaPrimeraHoja(bytes, porNombre);
  const hoja = ruta ? texto(bytes, porNombre.get(ruta)) : null;
  if (hoja === null) return null;
  const dimension = /<(?:\w+:)?dimension\s[^>]*>/.exec(hoja)?.[0];
  const ultima = Number(/(\d+)$/.exec(dimension ? (atributo(dimension, "ref") ?? "") : "")?.[1] ?? 0);
  const elementos = hoja.match(/<(?:\w+:)?row[\s>/]/g)?.length ?? 0;
  return Math.max(ultima, elementos);
}

/**
 * Why a workbook is refused before it is unzipped, or null. First from its central directory
 * alone, inflating nothing: how many files it holds and what they add up to uncompressed. Then,
 * within those limits, how many rows its first sheet has, before any XML is parsed.
 */
export function revisarLibroDeExcel(bytes: Uint8Array): string | null {
  const entradas = leerDirectorioCentral(bytes);
  if (!entradas) return NO_ES_XLSX;
  if (entradas.length > LIMITE_XLSX_ENTRADAS) {
    return `El libro de Excel tiene ${entradas.length.toLocaleString("es-CO")} archivos internos; el máximo es ${LIMITE_XLSX_ENTRADAS}. Guarde la hoja que va a importar en un libro nuevo.`;
  }
  const total = entradas.reduce((suma, e) => suma + e.descomprimido, 0);
  if (total > LIMITE_XLSX_DESCOMPRIMIDO) {
    return `El libro de Excel ocupa ${enMb(total)} MB sin comprimir; el máximo es ${enMb(LIMITE_XLSX_DESCOMPRIMIDO)} MB. Guarde en un libro nuevo solo la hoja que va a importar, o divídala en varios archivos.`;
  }
  let filas: number | null;
  try {
    filas = filasDeLaPrimeraHoja(bytes, entradas);
  } catch {
    return NO_ES_XLSX;
  }
  // The first row is the header.
  if (filas !== null && filas - 1 > LIMITE_IMPORTACION_FILAS) return mensajeDeDemasiadasFilas(filas - 1);
  return null;
}
