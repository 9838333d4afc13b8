import "server-only";
import { tablasComite } from "./comite/tablas";
import { tablasCumplimiento } from "./cumplimiento/queries";
import { tablasDef } from "./def/queries";
import { tablasEjecucion } from "./ejecucion/queries";
import { tablasRecaudo } from "./recaudo/tablas";
import type { AmbitoTablero, TablaExportable } from "./tipos";

/**
 * Every dashboard panel, by name, with the tables it shows; the export route serves any of them.
 * A panel adds one line here.
 */
export const PANELES: Record<string, (ambito: AmbitoTablero) => Promise<TablaExportable[]>> = {
  comite: tablasComite,
  cumplimiento: tablasCumplimiento,
  def: tablasDef,
  ejecucion: tablasEjecucion,
  recaudo: tablasRecaudo,
};
