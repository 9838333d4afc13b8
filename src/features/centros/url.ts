import { normalizarColumna } from "@/lib/csv";
import { filtrosEnUrl } from "@/lib/url";
import type { FiltrosCentros } from "./schemas";

const lista = filtrosEnUrl<FiltrosCentros>("/admin/centros", ["regional", "aprovechamiento", "estado", "q"]);

/** The list's address with these filters. */
export const urlDeCentros = lista.url;
export const hayFiltros = lista.hayFiltros;

/** A search matches code or name ignoring accents, capitals and punctuation: "bogota" finds "Bogotá". */
export function coincideConBusqueda(centro: { codigo: string; nombre: string }, busqueda: string): boolean {
  const buscado = normalizarColumna(busqueda);
  return buscado === "" || normalizarColumna(`${centro.codigo} ${centro.nombre}`).includes(buscado);
}
