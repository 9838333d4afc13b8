import "server-only";
import type { AmbitoTablero, TablaExportable } from "../tipos";
import { celdas, CENTRO, columna, REGIONAL } from "../columnas";
import { consultarComite, type DatosComite } from "./queries";
import { porDatos } from "../memo";

export const PANEL_COMITE = "comite";

/** What the coverage counts, as the dashboard's data filter says. */
export function baseDeCobertura(ambito: AmbitoTablero): string {
  return ambito.estados.includes("ENVIADO") ? "actas enviadas o aprobadas" : "actas aprobadas";
}

const POR_REGIONAL = [
  REGIONAL,
  columna("obligados", "Centros obligados", "entero"),
  columna("aprobados", "Aprobados", "entero"),
  columna("enTramite", "En trámite", "entero"),
  columna("faltantes", "Faltantes", "entero"),
  columna("cobertura", "Cobertura", "porcentaje"),
];
const POR_CENTRO = [
  CENTRO,
  REGIONAL,
  columna("situacion", "Estado"),
  columna("detalle", "Estado del reporte"),
  columna("fechaActa", "Fecha del acta"),
  columna("numeroActa", "Número del acta"),
];

/**
 * The panel's tables (the per-regional one only above a single centro). Rows keep the ids their
 * links need (`regionalId`, `centroId`, `reporteId`), which are not columns.
 */
function construirTablasDeComite(datos: DatosComite, ambito: AmbitoTablero): TablaExportable[] {
  const { anio } = ambito.vigencia;
  const porRegional: TablaExportable = {
    nombre: "comite-por-regional",
    titulo: `Comité de precios por regional, vigencia ${anio} (cobertura: ${baseDeCobertura(ambito)})`,
    columnas: POR_REGIONAL,
    filas: datos.regionales.map((r) => ({ regionalId: r.regionalId, ...celdas(POR_REGIONAL, r) })),
  };
  const porCentro: TablaExportable = {
    nombre: "comite-por-centro",
    titulo: `Acta del comité de precios por centro, vigencia ${anio}`,
    columnas: POR_CENTRO,
    filas: datos.centros.map((c) => ({
      centroId: c.centroId,
      reporteId: c.reporteId,
      ...celdas(POR_CENTRO, { ...c, fechaActa: c.fecha }),
    })),
  };
  return ambito.centroId === undefined ? [porRegional, porCentro] : [porCentro];
}

/** Kept per cached figures (see `porDatos`). */
export const tablasDeComite = porDatos(construirTablasDeComite);

export async function tablasComite(ambito: AmbitoTablero): Promise<TablaExportable[]> {
  return tablasDeComite(await consultarComite(ambito), ambito);
}
