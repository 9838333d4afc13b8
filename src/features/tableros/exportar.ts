import { escribirCsv } from "@/lib/csv";
import writeXlsxFile, { type Cell } from "write-excel-file/node";
import type { TablaExportable, TipoColumna } from "./tipos";

type Valor = TablaExportable["filas"][number][string];

const decimal = new Intl.NumberFormat("es-CO", { maximumFractionDigits: 2, useGrouping: false });

/** CSV values are numbers Excel in es-CO reads as numbers: no thousands separator, comma decimals. */
function valorCsv(valor: Valor, tipo: TipoColumna): string {
  if (valor === null || valor === undefined) return tipo === "porcentaje" ? "No aplica" : "";
  if (tipo === "porcentaje") return decimal.format(Number(valor) * 100);
  return String(valor);
}

export function titulo(columna: TablaExportable["columnas"][number]): string {
  if (columna.tipo === "pesos") return `${columna.titulo} (COP)`;
  if (columna.tipo === "porcentaje") return `${columna.titulo} (%)`;
  return columna.titulo;
}

/** As Excel configured for Colombia opens it with accents intact, formulas neutralized. */
export function aCsv(tabla: TablaExportable): string {
  return escribirCsv([
    tabla.columnas.map(titulo),
    ...tabla.filas.map((fila) => tabla.columnas.map((c) => valorCsv(fila[c.clave] ?? null, c.tipo))),
  ]);
}

function celdaXlsx(valor: Valor, tipo: TipoColumna): Cell {
  if (valor === null || valor === undefined) return tipo === "porcentaje" ? "No aplica" : null;
  if (tipo === "pesos") return { value: Number(valor), type: Number, format: '"$" #,##0' };
  if (tipo === "porcentaje") return { value: Number(valor), type: Number, format: "0.0%" };
  if (tipo === "entero") return { value: Number(valor), type: Number, format: "#,##0" };
  return { value: String(valor), type: String };
}

/** The rows of a table as typed xlsx cells, its header first. */
export function hojaXlsx(tabla: TablaExportable): Cell[][] {
  const encabezado: Cell[] = tabla.columnas.map((c) => ({
    value: titulo(c),
    type: String,
    fontWeight: "bold",
  }));
  const filas = tabla.filas.map((fila) =>
    tabla.columnas.map((c) => celdaXlsx(fila[c.clave] ?? null, c.tipo)),
  );
  return [encabezado, ...filas];
}

export function anchosXlsx(tabla: TablaExportable): { width: number }[] {
  return tabla.columnas.map((c) => ({ width: c.tipo === "texto" ? 40 : 20 }));
}

/** A sheet name Excel accepts: at most 31 characters, none of \ / ? * [ ] :. */
export function nombreDeHoja(titulo: string): string {
  return titulo.slice(0, 31).replace(/[\\/?*[\]:]/g, " ");
}

/** A real .xlsx workbook with typed cells: pesos and ratios stay numbers Excel can sum and chart. */
export async function aXlsx(tabla: TablaExportable): Promise<Buffer> {
  return writeXlsxFile(hojaXlsx(tabla), {
    sheet: nombreDeHoja(tabla.titulo),
    columns: anchosXlsx(tabla),
  }).toBuffer();
}
