import { formatearPorcentaje } from "@/lib/razones";
import type { AmbitoTablero, TablaExportable } from "../tipos";
import {
  celdas,
  CENTRO,
  CENTROS_QUE_REPORTAN,
  columna,
  REGIONAL,
  type Columna,
  type Fila,
} from "../columnas";
import type { CifraDef, DatosDef } from "./queries";
import { bajoElUmbral, UMBRAL_DEF } from "./umbral";
import { porDatos } from "../memo";

export const TEXTO_NO_APLICA = "No aplica";

export function textoBajoElUmbral(razon: number | null): string {
  const bajo = bajoElUmbral(razon);
  if (bajo === null) return TEXTO_NO_APLICA;
  return bajo ? "Sí" : "No";
}

const MONTOS = [
  columna("ventas", "Aprovechamientos", "pesos"),
  columna("def", "Facturado con DEF", "pesos"),
  columna("razon", "Proporción con DEF", "porcentaje"),
];
const CIFRAS = [...MONTOS, columna("bajoElUmbral", `Bajo el umbral (${formatearPorcentaje(UMBRAL_DEF)})`)];

function cifras(cifra: CifraDef): Fila {
  return { ...celdas(MONTOS, cifra), bajoElUmbral: textoBajoElUmbral(cifra.razon) };
}

function porTrimestre(datos: DatosDef): TablaExportable {
  const filas: Fila[] = datos.trimestres.flatMap((t) => {
    const cifra = datos.porTrimestre[t.codigo];
    return cifra ? [{ trimestre: t.etiqueta, centros: cifra.centros, ...cifras(cifra) }] : [];
  });
  if (filas.length > 0)
    filas.push({ trimestre: "Total", centros: datos.total.centros, ...cifras(datos.total) });
  return {
    nombre: "def-por-trimestre",
    titulo: "Facturación con DEF por trimestre",
    columnas: [columna("trimestre", "Trimestre"), CENTROS_QUE_REPORTAN, ...CIFRAS],
    filas,
  };
}

function porRegional(datos: DatosDef): TablaExportable {
  return {
    nombre: "def-por-regional",
    titulo: "Facturación con DEF por regional",
    columnas: [REGIONAL, CENTROS_QUE_REPORTAN, ...CIFRAS],
    filas: datos.regionales.map((r) => ({
      regionalId: r.id,
      regional: r.nombre,
      centros: r.centros,
      ...cifras(r),
    })),
  };
}

function porCentro(datos: DatosDef): TablaExportable {
  return {
    nombre: "def-por-centro",
    titulo: "Facturación con DEF por centro",
    columnas: [
      CENTRO,
      REGIONAL,
      ...datos.trimestres.map((t): Columna => columna(t.codigo, `Proporción T${t.numero}`, "porcentaje")),
      ...CIFRAS,
    ],
    filas: datos.centros.map((c) => ({
      centroId: c.id,
      centro: c.nombre,
      regional: c.regional,
      ...Object.fromEntries(datos.trimestres.map((t) => [t.codigo, c.porTrimestre[t.codigo]?.razon ?? null])),
      ...cifras(c),
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
