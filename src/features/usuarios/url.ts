import type { FiltrosUsuarios } from "./schemas";

const CLAVES = ["q", "rol", "regional", "centro", "activo"] as const;

/** The list's address with these filters; the first page is the address without a page. */
export function urlDeUsuarios(filtros: Partial<FiltrosUsuarios>): string {
  const parametros = new URLSearchParams();
  for (const clave of CLAVES) {
    const valor = filtros[clave];
    if (valor !== undefined) parametros.set(clave, String(valor));
  }
  if (filtros.pagina && filtros.pagina > 1) parametros.set("pagina", String(filtros.pagina));
  const consulta = parametros.toString();
  return consulta ? `/admin/usuarios?${consulta}` : "/admin/usuarios";
}

export function hayFiltros(filtros: FiltrosUsuarios): boolean {
  return CLAVES.some((clave) => filtros[clave] !== undefined);
}
