import type { FiltrosCola } from "./schemas";

const CLAVES = ["vigencia", "tipo", "periodo", "regional"] as const;

/** The queue's address with these filters; the first page is the address without a page. */
export function urlDeCola(filtros: Partial<FiltrosCola>): string {
  const parametros = new URLSearchParams();
  for (const clave of CLAVES) {
    const valor = filtros[clave];
    if (valor !== undefined) parametros.set(clave, String(valor));
  }
  if (filtros.pagina && filtros.pagina > 1) parametros.set("pagina", String(filtros.pagina));
  const consulta = parametros.toString();
  return consulta ? `/revision?${consulta}` : "/revision";
}

export function hayFiltros(filtros: FiltrosCola): boolean {
  return CLAVES.some((clave) => filtros[clave] !== undefined);
}
