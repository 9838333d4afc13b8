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
