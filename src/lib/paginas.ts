/**
 * The page of a list that can be shown: the one asked for, or the last one when the list got
 * shorter; with the rows to skip and take for it.
 */
export function paginar(total: number, pedida: number, porPagina: number) {
  const paginas = Math.max(1, Math.ceil(total / porPagina));
  const pagina = Math.min(Math.max(1, pedida), paginas);
  return { pagina, paginas, skip: (pagina - 1) * porPagina, take: porPagina };
}

/** The order of a log (audit, mail, notifications): newest first, ties by newest id. */
export const MAS_RECIENTES_PRIMERO = [{ createdAt: "desc" }, { id: "desc" }] as const satisfies readonly {
  createdAt?: "desc";
  id?: "desc";
}[];
