import "server-only";
import type { AmbitoTablero, TablaExportable } from "../tipos";
import { consultarRecaudo, type DatosRecaudo } from "./queries";
import { porDatos } from "../memo";

export const PANEL_RECAUDO = "recaudo";

const CIFRAS: TablaExportable["columnas"] = [
  { clave: "fiscalizacion", titulo: "Fiscalización", tipo: "pesos" },
  { clave: "cobroPersuasivo", titulo: "Cobro persuasivo", tipo: "pesos" },
  { clave: "total", titulo: "Total recaudado", tipo: "pesos" },
];

const FRENTE_A_META: TablaExportable["columnas"] = [
  ...CIFRAS,
  { clave: "meta", titulo: "Meta", tipo: "pesos" },
  { clave: "cumplimiento", titulo: "Cumplimiento", tipo: "porcentaje" },
];

/** The three tables of the panel; the ranking rows keep `regionalId` (not a column) for their link. */
function construirTablasDeRecaudo(datos: DatosRecaudo, ambito: AmbitoTablero) {
  const { anio } = ambito.vigencia;
  const porSemestre: TablaExportable = {
    nombre: "recaudo-por-semestre",
    titulo:
      ambito.regionalId === undefined
        ? `Recaudo frente a la meta nacional por semestre, vigencia ${anio}`
        : `Recaudo de la regional frente a su meta por semestre, vigencia ${anio}`,
    columnas: [
      { clave: "semestre", titulo: "Semestre", tipo: "texto" },
      { clave: "informe", titulo: "Informe nacional", tipo: "texto" },
      ...FRENTE_A_META,
    ],
    filas: datos.semestres.map((s) => ({
      semestre: s.etiqueta,
      informe: s.informe,
      fiscalizacion: s.fiscalizacion,
      cobroPersuasivo: s.cobroPersuasivo,
      total: s.total,
      meta: s.meta,
      cumplimiento: s.cumplimiento,
    })),
  };
  const porRegional: TablaExportable = {
    nombre: "recaudo-por-regional",
    titulo: `Recaudo por regional frente a su meta, ${datos.ranking.etiqueta}`,
    columnas: [{ clave: "regional", titulo: "Regional", tipo: "texto" }, ...FRENTE_A_META],
    filas: datos.ranking.filas.map((r) => ({
      regionalId: r.regionalId,
      regional: r.regional,
      fiscalizacion: r.fiscalizacion,
      cobroPersuasivo: r.cobroPersuasivo,
      total: r.total,
      meta: r.meta,
      cumplimiento: r.cumplimiento,
    })),
  };
  const tendencia: TablaExportable = {
    nombre: "recaudo-tendencia",
    titulo:
      ambito.regionalId === undefined
        ? "Recaudo por semestre en todas las vigencias"
        : "Recaudo de la regional por semestre en todas las vigencias",
    columnas: [{ clave: "semestre", titulo: "Semestre", tipo: "texto" }, ...CIFRAS],
    filas: datos.tendencia.map((t) => ({
      semestre: t.etiqueta,
      fiscalizacion: t.fiscalizacion,
      cobroPersuasivo: t.cobroPersuasivo,
      total: t.total,
    })),
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
