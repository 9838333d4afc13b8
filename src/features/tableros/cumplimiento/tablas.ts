import { NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import { formatearFecha } from "@/lib/fechas";
import { parsePeriodo } from "@/lib/periodos";
import type { TablaExportable } from "../tipos";
import { celdas, columna, FECHA_LIMITE, PERIODO, REGIONAL, REPORTE } from "../columnas";
import type { Conteo, Cumplimiento } from "./queries";
import { porDatos } from "../memo";

const UNIDAD_NACIONAL = "Nivel nacional";
const SIN_SUBDIRECTOR = "Sin subdirector asignado";
const SIN_RESPONSABLE = "Sin responsable asignado";

const COLUMNAS_CONTEO = [
  columna("esperados", "Esperados", "entero"),
  columna("recibidos", "Recibidos", "entero"),
  columna("aTiempo", "A tiempo", "entero"),
  columna("tarde", "Con atraso", "entero"),
  columna("faltantes", "Faltantes", "entero"),
  columna("vencidos", "Vencidos sin recibir", "entero"),
  columna("aprobados", "Aprobados", "entero"),
  columna("tasaRecepcion", "Recibidos / esperados", "porcentaje"),
  columna("tasaOportunidad", "A tiempo / esperados", "porcentaje"),
  columna("tasaAprobacion", "Aprobados / esperados", "porcentaje"),
];

function celdasDeConteo(c: Conteo) {
  return celdas(COLUMNAS_CONTEO, c);
}

export function etiquetaDePeriodo(codigo: string): string {
  return parsePeriodo(codigo)?.etiqueta ?? codigo;
}

/** `regionalId` rides along (not a column) so that the screen can link each regional. */
function porRegional(c: Cumplimiento): TablaExportable {
  const filas = c.porRegional.map((r) => ({
    regional: r.regional ?? UNIDAD_NACIONAL,
    regionalId: r.regionalId,
    ...celdasDeConteo(r),
  }));
  return {
    nombre: "cumplimiento-por-regional",
    titulo: "Cumplimiento por regional",
    columnas: [REGIONAL, ...COLUMNAS_CONTEO],
    filas: filas.length > 1 ? [...filas, { regional: "Total", ...celdasDeConteo(c.total) }] : filas,
  };
}

/** `centroId` rides along (not a column) so that the screen can link each centro to its view. */
function porCentro(c: Cumplimiento): TablaExportable {
  return {
    nombre: "cumplimiento-por-centro",
    titulo: "Cumplimiento por centro de formación",
    columnas: [columna("centro", "Centro de formación"), REGIONAL, ...COLUMNAS_CONTEO],
    filas: c.porCentro.map((r) => ({
      centro: r.centro,
      centroId: r.centroId,
      regional: r.regional,
      ...celdasDeConteo(r),
    })),
  };
}

function porPeriodo(c: Cumplimiento): TablaExportable {
  return {
    nombre: "cumplimiento-por-periodo",
    titulo: "Cumplimiento por reporte y periodo",
    columnas: [REPORTE, PERIODO, FECHA_LIMITE, ...COLUMNAS_CONTEO],
    filas: c.porPeriodo.map((r) => ({
      reporte: NOMBRE_TIPO_REPORTE[r.tipo],
      periodo: etiquetaDePeriodo(r.periodo),
      fechaLimite: formatearFecha(r.fechaLimite),
      ...celdasDeConteo(r),
    })),
  };
}

function vencidas(c: Cumplimiento): TablaExportable {
  return {
    nombre: "obligaciones-vencidas",
    titulo: "Obligaciones vencidas sin recibir",
    columnas: [
      columna("unidad", "Unidad"),
      REGIONAL,
      REPORTE,
      PERIODO,
      FECHA_LIMITE,
      columna("diasAtraso", "Días de atraso", "entero"),
      columna("responsable", "Responsable"),
      columna("correo", "Correo"),
    ],
    filas: c.vencidas.filas.map((v) => ({
      unidad: v.centro ?? UNIDAD_NACIONAL,
      centroId: v.centroId,
      regional: v.regional,
      reporte: NOMBRE_TIPO_REPORTE[v.tipo],
      periodo: etiquetaDePeriodo(v.periodo),
      fechaLimite: formatearFecha(v.fechaLimite),
      diasAtraso: v.diasAtraso,
      responsable: v.responsable ?? (v.centroId === null ? SIN_RESPONSABLE : SIN_SUBDIRECTOR),
      correo: v.correo,
    })),
  };
}

const PLAZO = {
  CORRECCION: "Correcciones de reportes devueltos (responsables)",
  REVISION: "Revisiones de reportes enviados (revisores)",
} as const;

const COLUMNAS_PLAZOS = [
  columna("total", "Plazos dados", "entero"),
  columna("aTiempo", "Cumplidos a tiempo", "entero"),
  columna("tarde", "Cumplidos con atraso", "entero"),
  columna("enCurso", "En curso", "entero"),
  columna("vencidos", "Vencidos sin cumplir", "entero"),
];
const TASA_DE_PLAZOS = columna("tasaOportunidad", "A tiempo / cumplidos", "porcentaje");

function plazos(c: Cumplimiento): TablaExportable {
  return {
    nombre: "oportunidad-de-correcciones-y-revisiones",
    titulo: "Oportunidad de las correcciones y las revisiones",
    columnas: [columna("plazo", "Plazo"), ...COLUMNAS_PLAZOS, TASA_DE_PLAZOS],
    filas: c.plazos.map((p) => ({
      plazo: PLAZO[p.tipo],
      ...celdas(COLUMNAS_PLAZOS, p),
      tasaOportunidad: p.aTiempo + p.tarde === 0 ? null : p.aTiempo / (p.aTiempo + p.tarde),
    })),
  };
}

function construirTablasDelPanel(c: Cumplimiento) {
  return {
    porPeriodo: porPeriodo(c),
    plazos: plazos(c),
    porRegional: porRegional(c),
    porCentro: porCentro(c),
    vencidas: vencidas(c),
  };
}

/** Kept per cached figures (see `porDatos`). */
export const tablasDelPanel = porDatos(construirTablasDelPanel);

/** The tables of the panel, as the export lists them. */
export function tablasDeCumplimiento(c: Cumplimiento): TablaExportable[] {
  const t = tablasDelPanel(c);
  return [t.porPeriodo, t.porRegional, t.porCentro, t.vencidas, t.plazos];
}
