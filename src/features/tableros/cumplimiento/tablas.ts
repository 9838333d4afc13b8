import { NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import { formatearFecha } from "@/lib/fechas";
import { parsePeriodo } from "@/lib/periodos";
import type { TablaExportable } from "../tipos";
import type { Conteo, Cumplimiento } from "./queries";
import { porDatos } from "../memo";

const UNIDAD_NACIONAL = "Nivel nacional";
const SIN_SUBDIRECTOR = "Sin subdirector asignado";
const SIN_RESPONSABLE = "Sin responsable asignado";

type Columna = TablaExportable["columnas"][number];
type Fila = TablaExportable["filas"][number];

const COLUMNAS_CONTEO: Columna[] = [
  { clave: "esperados", titulo: "Esperados", tipo: "entero" },
  { clave: "recibidos", titulo: "Recibidos", tipo: "entero" },
  { clave: "aTiempo", titulo: "A tiempo", tipo: "entero" },
  { clave: "tarde", titulo: "Con atraso", tipo: "entero" },
  { clave: "faltantes", titulo: "Faltantes", tipo: "entero" },
  { clave: "vencidos", titulo: "Vencidos sin recibir", tipo: "entero" },
  { clave: "aprobados", titulo: "Aprobados", tipo: "entero" },
  { clave: "tasaRecepcion", titulo: "Recibidos / esperados", tipo: "porcentaje" },
  { clave: "tasaOportunidad", titulo: "A tiempo / esperados", tipo: "porcentaje" },
  { clave: "tasaAprobacion", titulo: "Aprobados / esperados", tipo: "porcentaje" },
];

function celdasDeConteo(c: Conteo): Fila {
  return {
    esperados: c.esperados,
    recibidos: c.recibidos,
    aTiempo: c.aTiempo,
    tarde: c.tarde,
    faltantes: c.faltantes,
    vencidos: c.vencidos,
    aprobados: c.aprobados,
    tasaRecepcion: c.tasaRecepcion,
    tasaOportunidad: c.tasaOportunidad,
    tasaAprobacion: c.tasaAprobacion,
  };
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
    columnas: [{ clave: "regional", titulo: "Regional", tipo: "texto" }, ...COLUMNAS_CONTEO],
    filas: filas.length > 1 ? [...filas, { regional: "Total", ...celdasDeConteo(c.total) }] : filas,
  };
}

/** `centroId` rides along (not a column) so that the screen can link each centro to its view. */
function porCentro(c: Cumplimiento): TablaExportable {
  return {
    nombre: "cumplimiento-por-centro",
    titulo: "Cumplimiento por centro de formación",
    columnas: [
      { clave: "centro", titulo: "Centro de formación", tipo: "texto" },
      { clave: "regional", titulo: "Regional", tipo: "texto" },
      ...COLUMNAS_CONTEO,
    ],
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
    columnas: [
      { clave: "reporte", titulo: "Reporte", tipo: "texto" },
      { clave: "periodo", titulo: "Periodo", tipo: "texto" },
      { clave: "fechaLimite", titulo: "Fecha límite", tipo: "texto" },
      ...COLUMNAS_CONTEO,
    ],
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
      { clave: "unidad", titulo: "Unidad", tipo: "texto" },
      { clave: "regional", titulo: "Regional", tipo: "texto" },
      { clave: "reporte", titulo: "Reporte", tipo: "texto" },
      { clave: "periodo", titulo: "Periodo", tipo: "texto" },
      { clave: "fechaLimite", titulo: "Fecha límite", tipo: "texto" },
      { clave: "diasAtraso", titulo: "Días de atraso", tipo: "entero" },
      { clave: "responsable", titulo: "Responsable", tipo: "texto" },
      { clave: "correo", titulo: "Correo", tipo: "texto" },
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

function plazos(c: Cumplimiento): TablaExportable {
  return {
    nombre: "oportunidad-de-correcciones-y-revisiones",
    titulo: "Oportunidad de las correcciones y las revisiones",
    columnas: [
      { clave: "plazo", titulo: "Plazo", tipo: "texto" },
      { clave: "total", titulo: "Plazos dados", tipo: "entero" },
      { clave: "aTiempo", titulo: "Cumplidos a tiempo", tipo: "entero" },
      { clave: "tarde", titulo: "Cumplidos con atraso", tipo: "entero" },
      { clave: "enCurso", titulo: "En curso", tipo: "entero" },
      { clave: "vencidos", titulo: "Vencidos sin cumplir", tipo: "entero" },
      { clave: "tasaOportunidad", titulo: "A tiempo / cumplidos", tipo: "porcentaje" },
    ],
    filas: c.plazos.map((p) => ({
      plazo: PLAZO[p.tipo],
      total: p.total,
      aTiempo: p.aTiempo,
      tarde: p.tarde,
      enCurso: p.enCurso,
      vencidos: p.vencidos,
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
