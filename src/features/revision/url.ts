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

/** The whole queue with these filters, every page, as CSV or xlsx. */
export function urlDeDescarga(filtros: Partial<FiltrosCola>, formato: "csv" | "xlsx"): string {
  const parametros = new URLSearchParams({ formato });
  for (const clave of CLAVES) {
    const valor = filtros[clave];
    if (valor !== undefined) parametros.set(clave, String(valor));
  }
  return `/revision/exportar?${parametros.toString()}`;
}

export function hayFiltros(filtros: FiltrosCola): boolean {
  return CLAVES.some((clave) => filtros[clave] !== undefined);
}
