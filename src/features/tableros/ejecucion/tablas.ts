import type { AmbitoTablero, TablaExportable } from "../tipos";
import { celdas, CENTRO, CENTROS_QUE_REPORTAN, columna, REGIONAL } from "../columnas";
import type { DatosEjecucion } from "./queries";
import { porDatos } from "../memo";

const RECURSOS = [
  columna("solicitados", "Solicitados", "pesos"),
  columna("asignados", "Asignados", "pesos"),
  columna("ejecutados", "Ejecutados", "pesos"),
  columna("razon", "Ejecutado sobre asignado", "porcentaje"),
];
const POR_REGIONAL = [
  CENTROS_QUE_REPORTAN,
  ...RECURSOS,
  columna("registrados", "Centros con registro en el módulo", "entero"),
];

function porRegional(datos: DatosEjecucion): TablaExportable {
  return {
    nombre: "ejecucion-por-regional",
    titulo: "Ejecución de recursos por regional",
    columnas: [REGIONAL, ...POR_REGIONAL],
    filas: datos.regionales.map((r) => ({
      regionalId: r.id,
      regional: r.nombre,
      ...celdas(POR_REGIONAL, r),
    })),
  };
}

function porCentro(datos: DatosEjecucion): TablaExportable {
  return {
    nombre: "ejecucion-por-centro",
    titulo: "Ejecución de recursos por centro",
    columnas: [
      CENTRO,
      REGIONAL,
      ...RECURSOS,
      columna("registrado", "Registrado en el módulo Plan de Acción"),
    ],
    filas: datos.centros.map((c) => ({
      centroId: c.id,
      centro: c.nombre,
      regional: c.regional,
      ...celdas(RECURSOS, c),
      registrado: c.registrados > 0 ? "Sí" : "No",
    })),
  };
}

/**
 * The tables of the execution panel. In a centro's view a per-regional table would show only that
 * centro under its regional's name, so it is left out.
 */
function construirTablasDeEjecucion(datos: DatosEjecucion, ambito: AmbitoTablero): TablaExportable[] {
  return ambito.centroId === undefined ? [porRegional(datos), porCentro(datos)] : [porCentro(datos)];
}

/** Kept per cached figures (see `porDatos`). */
export const tablasDeEjecucion = porDatos(construirTablasDeEjecucion);
