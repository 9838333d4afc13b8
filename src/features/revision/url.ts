import { filtrosEnUrl } from "@/lib/url";
import type { FiltrosCola } from "./schemas";

const cola = filtrosEnUrl<FiltrosCola>("/revision", ["vigencia", "tipo", "periodo", "regional"]);

/** The queue's address with these filters; the first page is the address without a page. */
export const urlDeCola = cola.url;
export const hayFiltros = cola.hayFiltros;
