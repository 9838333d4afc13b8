import type { TablaExportable, TipoColumna } from "./tipos";

export type Celda = TablaExportable["filas"][number][string];
export type Fila = TablaExportable["filas"][number];
export interface Columna<K extends string = string> {
  clave: K;
  titulo: string;
  tipo: TipoColumna;
}

/** A column of an exportable table; text unless told. */
export function columna<const K extends string>(
  clave: K,
  titulo: string,
  tipo: TipoColumna = "texto",
): Columna<K> {
  return { clave, titulo, tipo };
}

/**
 * The cells of `columnas` taken from `fuente` under the same keys: a figures object already named
 * as the table names its columns (a compile error otherwise) gives its row without copying each
 * field by hand.
 */
export function celdas<K extends string>(
  columnas: readonly Columna<K>[],
  fuente: { readonly [clave in K]: Celda },
): Record<K, Celda> {
  const fila = {} as Record<K, Celda>;
  for (const { clave } of columnas) fila[clave] = fuente[clave];
  return fila;
}

/** The columns the dashboards share. */
export const REGIONAL = columna("regional", "Regional");
export const CENTRO = columna("centro", "Centro");
export const CENTROS_QUE_REPORTAN = columna("centros", "Centros que reportan", "entero");
export const REPORTE = columna("reporte", "Reporte");
export const PERIODO = columna("periodo", "Periodo");
export const FECHA_LIMITE = columna("fechaLimite", "Fecha límite");
export const SEMESTRE = columna("semestre", "Semestre");
