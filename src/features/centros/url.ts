import { normalizarColumna } from "@/lib/csv";
import type { FiltrosCentros } from "./schemas";

const CLAVES = ["regional", "aprovechamiento", "estado", "q"] as const;

/** The list's address with these filters. */
export function urlDeCentros(filtros: Partial<FiltrosCentros>): string {
  const parametros = new URLSearchParams();
  for (const clave of CLAVES) {
    const valor = filtros[clave];
    if (valor !== undefined) parametros.set(clave, String(valor));
  }
  const consulta = parametros.toString();
  return consulta ? `/admin/centros?${consulta}` : "/admin/centros";
}

export function hayFiltros(filtros: FiltrosCentros): boolean {
  return CLAVES.some((clave) => filtros[clave] !== undefined);
}

/** A search matches code or name ignoring accents, capitals and punctuation: "bogota" finds "Bogotá". */
export function coincideConBusqueda(centro: { codigo: string; nombre: string }, busqueda: string): boolean {
  const buscado = normalizarColumna(busqueda);
  return buscado === "" || normalizarColumna(`${centro.codigo} ${centro.nombre}`).includes(buscado);
}
