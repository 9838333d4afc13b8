/**
 * A list's address with its filters in the query string, in the order given; empty values are left
 * out, and so is the first page, so that the plain address is the unfiltered first page.
 */
export function urlConFiltros(
  ruta: string,
  filtros: Readonly<Record<string, string | number | boolean | null | undefined>>,
): string {
  const parametros = new URLSearchParams();
  for (const [clave, valor] of Object.entries(filtros)) {
    if (valor === undefined || valor === null || valor === "" || valor === false) continue;
    if (clave === "pagina" && Number(valor) <= 1) continue;
    parametros.set(clave, String(valor));
  }
  const consulta = parametros.toString();
  return consulta ? `${ruta}?${consulta}` : ruta;
}

/**
 * The one way a list keeps its filters in its address: `url` with the given filter keys in their
 * order (and the page, past the first) and `hayFiltros` for "is anything filtered?".
 */
export function filtrosEnUrl<F extends object>(ruta: string, claves: readonly (keyof F & string)[]) {
  return {
    url(filtros: Partial<F> & { pagina?: number }): string {
      const valores = Object.fromEntries(claves.map((clave) => [clave, filtros[clave]]));
      return urlConFiltros(ruta, { ...valores, pagina: filtros.pagina } as Parameters<
        typeof urlConFiltros
      >[1]);
    },
    hayFiltros(filtros: Partial<F>): boolean {
      return claves.some((clave) => filtros[clave] !== undefined);
    },
  };
}
