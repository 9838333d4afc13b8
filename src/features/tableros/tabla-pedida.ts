import "server-only";
import { AccesoDenegado, type Actor } from "@/server/autorizacion";
import { resolverAmbito } from "./alcance";
import { leerFiltros, type Filtros } from "./filtros";
import { PANELES } from "./registro";
import type { AmbitoTablero, TablaExportable } from "./tipos";

export interface TablaPedida {
  panel: string;
  tabla: TablaExportable;
  ambito: AmbitoTablero;
  filtros: Filtros;
}

/**
 * The table a dashboard URL asks for (`panel`, `tabla` and the dashboard's filters), within what the
 * user may see; null when it does not exist or lies outside their scope (both answered alike).
 */
export async function tablaPedida(
  usuario: Actor,
  parametros: Record<string, string>,
): Promise<TablaPedida | null> {
  const panel = parametros.panel ?? "";
  const calcular = Object.hasOwn(PANELES, panel) ? PANELES[panel] : undefined;
  if (!calcular) return null;
  const filtros = leerFiltros(parametros);
  let ambito: AmbitoTablero | null;
  try {
    ambito = await resolverAmbito(usuario, filtros);
  } catch (error) {
    if (error instanceof AccesoDenegado) return null;
    throw error;
  }
  if (!ambito) return null;
  const tabla = (await calcular(ambito)).find((t) => t.nombre === parametros.tabla);
  return tabla ? { panel, tabla, ambito, filtros } : null;
}
