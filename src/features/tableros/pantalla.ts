import { enlaceConFiltros, type Filtros } from "./filtros";
import { formatearCelda } from "./formato";
import type { AmbitoTablero, TablaExportable, TipoColumna } from "./tipos";

/** Tables up to this many rows go in the page; longer ones load when opened. */
export const FILAS_EN_LA_PAGINA = 20;
/** Rows a table opened on screen shows at most; its downloads always carry every row. */
export const FILAS_EN_PANTALLA = 500;

/** A table ready to show: cells formatted as es-CO text and the link of each row, if any. */
export interface TablaEnPantalla {
  nombre: string;
  titulo: string;
  columnas: { clave: string; titulo: string; tipo: TipoColumna }[];
  filas: { celdas: string[]; enlace?: string }[];
  /** Rows of the whole table (more than `filas` when cut at FILAS_EN_PANTALLA). */
  total: number;
}

/**
 * Where a row of any dashboard table leads, the same rule for every panel: a comité act to its
 * report; a centro to its view and a regional to its own, when the dashboard shows more than that
 * unit; nothing otherwise. Keeps the vigencia and the other filters.
 */
export function enlaceDeFila(panel: string, ambito: AmbitoTablero, filtros: Filtros) {
  const ancla = panel === "cumplimiento" ? "#panel-cumplimiento" : "";
  const vista = (cambios: Partial<Filtros>) =>
    `${enlaceConFiltros("/tableros", filtros, {
      vigencia: ambito.vigencia.anio,
      regional: undefined,
      centro: undefined,
      ...cambios,
    })}${ancla}`;
  return (fila: TablaExportable["filas"][number]): string | undefined => {
    if (typeof fila.reporteId === "number") return `/reportes/${fila.reporteId}`;
    if (typeof fila.centroId === "number") {
      return ambito.centroId === undefined ? vista({ centro: fila.centroId }) : undefined;
    }
    if (typeof fila.regionalId === "number") {
      return ambito.regionalId === undefined ? vista({ regional: fila.regionalId }) : undefined;
    }
    return undefined;
  };
}

export function tablaEnPantalla(
  panel: string,
  tabla: TablaExportable,
  ambito: AmbitoTablero,
  filtros: Filtros,
  maximo = FILAS_EN_PANTALLA,
): TablaEnPantalla {
  const enlace = enlaceDeFila(panel, ambito, filtros);
  return {
    nombre: tabla.nombre,
    titulo: tabla.titulo,
    columnas: tabla.columnas,
    filas: tabla.filas.slice(0, maximo).map((fila) => ({
      celdas: tabla.columnas.map((c) => formatearCelda(fila[c.clave] ?? null, c.tipo)),
      enlace: enlace(fila),
    })),
    total: tabla.filas.length,
  };
}
