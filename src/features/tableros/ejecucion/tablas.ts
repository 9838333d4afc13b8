import type { AmbitoTablero, TablaExportable } from "../tipos";
import type { CifraEjecucion, DatosEjecucion } from "./queries";
import { porDatos } from "../memo";

type Columna = TablaExportable["columnas"][number];
type Fila = TablaExportable["filas"][number];

const RECURSOS: Columna[] = [
  { clave: "solicitados", titulo: "Solicitados", tipo: "pesos" },
  { clave: "asignados", titulo: "Asignados", tipo: "pesos" },
  { clave: "ejecutados", titulo: "Ejecutados", tipo: "pesos" },
  { clave: "razon", titulo: "Ejecutado sobre asignado", tipo: "porcentaje" },
];

function recursos(cifra: CifraEjecucion): Fila {
  return {
    solicitados: cifra.solicitados,
    asignados: cifra.asignados,
    ejecutados: cifra.ejecutados,
    razon: cifra.razon,
  };
}

function porRegional(datos: DatosEjecucion): TablaExportable {
  return {
    nombre: "ejecucion-por-regional",
    titulo: "Ejecución de recursos por regional",
    columnas: [
      { clave: "regional", titulo: "Regional", tipo: "texto" },
      { clave: "centros", titulo: "Centros que reportan", tipo: "entero" },
      ...RECURSOS,
      { clave: "registrados", titulo: "Centros con registro en el módulo", tipo: "entero" },
    ],
    filas: datos.regionales.map((r) => ({
      regionalId: r.id,
      regional: r.nombre,
      centros: r.centros,
      ...recursos(r),
      registrados: r.registrados,
    })),
  };
}

function porCentro(datos: DatosEjecucion): TablaExportable {
  return {
    nombre: "ejecucion-por-centro",
    titulo: "Ejecución de recursos por centro",
    columnas: [
      { clave: "centro", titulo: "Centro", tipo: "texto" },
      { clave: "regional", titulo: "Regional", tipo: "texto" },
      ...RECURSOS,
      { clave: "registrado", titulo: "Registrado en el módulo Plan de Acción", tipo: "texto" },
    ],
    filas: datos.centros.map((c) => ({
      centroId: c.id,
      centro: c.nombre,
      regional: c.regional,
      ...recursos(c),
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
