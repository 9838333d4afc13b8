import { formatearPorcentaje } from "@/lib/razones";
import type { AmbitoTablero, TablaExportable } from "../tipos";
import type { CifraDef, DatosDef } from "./queries";
import { bajoElUmbral, UMBRAL_DEF } from "./umbral";
import { porDatos } from "../memo";

type Columna = TablaExportable["columnas"][number];
type Fila = TablaExportable["filas"][number];

export const TEXTO_NO_APLICA = "No aplica";

export function textoBajoElUmbral(razon: number | null): string {
  const bajo = bajoElUmbral(razon);
  if (bajo === null) return TEXTO_NO_APLICA;
  return bajo ? "Sí" : "No";
}

const CIFRAS: Columna[] = [
  { clave: "ventas", titulo: "Aprovechamientos", tipo: "pesos" },
  { clave: "def", titulo: "Facturado con DEF", tipo: "pesos" },
  { clave: "razon", titulo: "Proporción con DEF", tipo: "porcentaje" },
  { clave: "bajoElUmbral", titulo: `Bajo el umbral (${formatearPorcentaje(UMBRAL_DEF)})`, tipo: "texto" },
];

function celdas(cifra: CifraDef): Fila {
  return {
    ventas: cifra.ventas,
    def: cifra.def,
    razon: cifra.razon,
    bajoElUmbral: textoBajoElUmbral(cifra.razon),
  };
}

function porTrimestre(datos: DatosDef): TablaExportable {
  const filas: Fila[] = datos.trimestres.flatMap((t) => {
    const cifra = datos.porTrimestre[t.codigo];
    return cifra ? [{ trimestre: t.etiqueta, centros: cifra.centros, ...celdas(cifra) }] : [];
  });
  if (filas.length > 0)
    filas.push({ trimestre: "Total", centros: datos.total.centros, ...celdas(datos.total) });
  return {
    nombre: "def-por-trimestre",
    titulo: "Facturación con DEF por trimestre",
    columnas: [
      { clave: "trimestre", titulo: "Trimestre", tipo: "texto" },
      { clave: "centros", titulo: "Centros que reportan", tipo: "entero" },
      ...CIFRAS,
    ],
    filas,
  };
}

function porRegional(datos: DatosDef): TablaExportable {
  return {
    nombre: "def-por-regional",
    titulo: "Facturación con DEF por regional",
    columnas: [
      { clave: "regional", titulo: "Regional", tipo: "texto" },
      { clave: "centros", titulo: "Centros que reportan", tipo: "entero" },
      ...CIFRAS,
    ],
    filas: datos.regionales.map((r) => ({
      regionalId: r.id,
      regional: r.nombre,
      centros: r.centros,
      ...celdas(r),
    })),
  };
}

function porCentro(datos: DatosDef): TablaExportable {
  return {
    nombre: "def-por-centro",
    titulo: "Facturación con DEF por centro",
    columnas: [
      { clave: "centro", titulo: "Centro", tipo: "texto" },
      { clave: "regional", titulo: "Regional", tipo: "texto" },
      ...datos.trimestres.map((t): Columna => ({
        clave: t.codigo,
        titulo: `Proporción T${t.numero}`,
        tipo: "porcentaje",
      })),
      ...CIFRAS,
    ],
    filas: datos.centros.map((c) => ({
      centroId: c.id,
      centro: c.nombre,
      regional: c.regional,
      ...Object.fromEntries(datos.trimestres.map((t) => [t.codigo, c.porTrimestre[t.codigo]?.razon ?? null])),
      ...celdas(c),
    })),
  };
}

/**
 * The tables of the DEF panel. In a centro's view a per-regional table would show only that
 * centro under its regional's name, so it is left out.
 */
function construirTablasDeDef(datos: DatosDef, ambito: AmbitoTablero): TablaExportable[] {
  return ambito.centroId === undefined
    ? [porTrimestre(datos), porRegional(datos), porCentro(datos)]
    : [porTrimestre(datos), porCentro(datos)];
}

/** Kept per cached figures (see `porDatos`). */
export const tablasDeDef = porDatos(construirTablasDeDef);
