import { filtrosEnUrl } from "@/lib/url";
import type { FiltrosUsuarios } from "./schemas";

const lista = filtrosEnUrl<FiltrosUsuarios>("/admin/usuarios", ["q", "rol", "regional", "centro", "activo"]);

/** The list's address with these filters; the first page is the address without a page. */
export const urlDeUsuarios = lista.url;
export const hayFiltros = lista.hayFiltros;
