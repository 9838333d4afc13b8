import "server-only";
import type { AmbitoTablero, TablaExportable } from "../tipos";
import { celdas, columna, REGIONAL, SEMESTRE } from "../columnas";
import { consultarRecaudo, type DatosRecaudo } from "./queries";
import { porDatos } from "../memo";

export const PANEL_RECAUDO = "recaudo";

const CIFRAS = [
  columna("fiscalizacion", "Fiscalización", "pesos"),
  columna("cobroPersuasivo", "Cobro persuasivo", "pesos"),
  columna("total", "Total recaudado", "pesos"),
];

const FRENTE_A_META = [
  ...CIFRAS,
  columna("meta", "Meta", "pesos"),
  columna("cumplimiento", "Cumplimiento", "porcentaje"),
];
const POR_SEMESTRE = [columna("informe", "Informe nacional"), ...FRENTE_A_META];

/** The three tables of the panel; the ranking rows keep `regionalId` (not a column) for their link. */
function construirTablasDeRecaudo(datos: DatosRecaudo, ambito: AmbitoTablero) {
  const { anio } = ambito.vigencia;
  const porSemestre: TablaExportable = {
    nombre: "recaudo-por-semestre",
    titulo:
      ambito.regionalId === undefined
        ? `Recaudo frente a la meta nacional por semestre, vigencia ${anio}`
        : `Recaudo de la regional frente a su meta por semestre, vigencia ${anio}`,
    columnas: [SEMESTRE, ...POR_SEMESTRE],
    filas: datos.semestres.map((s) => ({ semestre: s.etiqueta, ...celdas(POR_SEMESTRE, s) })),
  };
  const porRegional: TablaExportable = {
    nombre: "recaudo-por-regional",
    titulo: `Recaudo por regional frente a su meta, ${datos.ranking.etiqueta}`,
    columnas: [REGIONAL, ...FRENTE_A_META],
    filas: datos.ranking.filas.map((r) => ({
      regionalId: r.regionalId,
      ...celdas([REGIONAL, ...FRENTE_A_META], r),
    })),
  };
  const tendencia: TablaExportable = {
    nombre: "recaudo-tendencia",
    titulo:
      ambito.regionalId === undefined
        ? "Recaudo por semestre en todas las vigencias"
        : "Recaudo de la regional por semestre en todas las vigencias",
    columnas: [SEMESTRE, ...CIFRAS],
    filas: datos.tendencia.map((t) => ({ semestre: t.etiqueta, ...celdas(CIFRAS, t) })),
  };
  return { porSemestre, porRegional, tendencia };
}

/** Kept per cached figures (see `porDatos`). */
export const tablasDeRecaudo = porDatos(construirTablasDeRecaudo);

/** The panel's tables for the export route; none in a centro view, where recaudo does not apply. */
export async function tablasRecaudo(ambito: AmbitoTablero): Promise<TablaExportable[]> {
  const datos = await consultarRecaudo(ambito);
  if (!datos) return [];
  const { porSemestre, porRegional, tendencia } = tablasDeRecaudo(datos, ambito);
  return [porSemestre, porRegional, tendencia];
}
