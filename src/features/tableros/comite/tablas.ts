import "server-only";
import type { AmbitoTablero, TablaExportable } from "../tipos";
import { consultarComite, type DatosComite } from "./queries";
import { porDatos } from "../memo";

export const PANEL_COMITE = "comite";

/** What the coverage counts, as the dashboard's data filter says. */
export function baseDeCobertura(ambito: AmbitoTablero): string {
  return ambito.estados.includes("ENVIADO") ? "actas enviadas o aprobadas" : "actas aprobadas";
}

/**
 * The panel's tables (the per-regional one only above a single centro). Rows keep the ids their
 * links need (`regionalId`, `centroId`, `reporteId`), which are not columns.
 */
function construirTablasDeComite(datos: DatosComite, ambito: AmbitoTablero): TablaExportable[] {
  const { anio } = ambito.vigencia;
  const porRegional: TablaExportable = {
    nombre: "comite-por-regional",
    titulo: `Comité de precios por regional, vigencia ${anio} (cobertura: ${baseDeCobertura(ambito)})`,
    columnas: [
      { clave: "regional", titulo: "Regional", tipo: "texto" },
      { clave: "obligados", titulo: "Centros obligados", tipo: "entero" },
      { clave: "aprobados", titulo: "Aprobados", tipo: "entero" },
      { clave: "enTramite", titulo: "En trámite", tipo: "entero" },
      { clave: "faltantes", titulo: "Faltantes", tipo: "entero" },
      { clave: "cobertura", titulo: "Cobertura", tipo: "porcentaje" },
    ],
    filas: datos.regionales.map((r) => ({
      regionalId: r.regionalId,
      regional: r.regional,
      obligados: r.obligados,
      aprobados: r.aprobados,
      enTramite: r.enTramite,
      faltantes: r.faltantes,
      cobertura: r.cobertura,
    })),
  };
  const porCentro: TablaExportable = {
    nombre: "comite-por-centro",
    titulo: `Acta del comité de precios por centro, vigencia ${anio}`,
    columnas: [
      { clave: "centro", titulo: "Centro", tipo: "texto" },
      { clave: "regional", titulo: "Regional", tipo: "texto" },
      { clave: "situacion", titulo: "Estado", tipo: "texto" },
      { clave: "detalle", titulo: "Estado del reporte", tipo: "texto" },
      { clave: "fechaActa", titulo: "Fecha del acta", tipo: "texto" },
      { clave: "numeroActa", titulo: "Número del acta", tipo: "texto" },
    ],
    filas: datos.centros.map((c) => ({
      centroId: c.centroId,
      reporteId: c.reporteId,
      centro: c.centro,
      regional: c.regional,
      situacion: c.situacion,
      detalle: c.detalle,
      fechaActa: c.fecha,
      numeroActa: c.numeroActa,
    })),
  };
  return ambito.centroId === undefined ? [porRegional, porCentro] : [porCentro];
}

/** Kept per cached figures (see `porDatos`). */
export const tablasDeComite = porDatos(construirTablasDeComite);

export async function tablasComite(ambito: AmbitoTablero): Promise<TablaExportable[]> {
  return tablasDeComite(await consultarComite(ambito), ambito);
}
