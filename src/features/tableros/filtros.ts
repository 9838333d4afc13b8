import { z } from "zod";
import { TipoReporte } from "@/generated/prisma/enums";
import { FORMA_DE_CODIGO } from "@/lib/periodos";
import { urlConFiltros } from "@/lib/url";
import { idDeTextoSchema } from "@/lib/identificadores";

/**
 * Dashboard filters live in the URL so that a filtered view is a link to send. Each parameter is
 * read on its own: a malformed one is ignored instead of breaking the page.
 */
const campos = {
  vigencia: z.coerce.number().int().min(2000).max(2100),
  periodo: z.string().regex(FORMA_DE_CODIGO),
  regional: idDeTextoSchema(),
  centro: idDeTextoSchema(),
  tipo: z.enum(TipoReporte),
  datos: z.enum(["aprobados", "enviados"]),
};

export interface Filtros {
  vigencia?: number;
  periodo?: string;
  regional?: number;
  centro?: number;
  tipo?: TipoReporte;
  /** "aprobados": only APROBADO data; "enviados": everything submitted (ENVIADO or APROBADO). */
  datos: "aprobados" | "enviados";
}

type Parametros = Record<string, string | string[] | undefined>;

export function leerFiltros(parametros: Parametros): Filtros {
  const valor = (clave: keyof typeof campos) => {
    const crudo = parametros[clave];
    const texto = Array.isArray(crudo) ? crudo[0] : crudo;
    if (texto === undefined || texto === "") return undefined;
    const parsed = campos[clave].safeParse(texto);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    vigencia: valor("vigencia") as number | undefined,
    periodo: valor("periodo") as string | undefined,
    regional: valor("regional") as number | undefined,
    centro: valor("centro") as number | undefined,
    tipo: valor("tipo") as TipoReporte | undefined,
    datos: (valor("datos") as Filtros["datos"] | undefined) ?? "aprobados",
  };
}

/** The filters with `cambios` applied (undefined removes one), as URL values: "aprobados" is the default. */
function valoresEnUrl(filtros: Filtros, cambios: Partial<Filtros>) {
  return Object.fromEntries(
    Object.entries({ ...filtros, ...cambios }).map(([clave, valor]) => [
      clave,
      clave === "datos" && valor === "aprobados" ? undefined : valor,
    ]),
  );
}

/** The URL parameters of the filters, with `cambios` applied (undefined removes a parameter). */
export function parametrosDeFiltros(filtros: Filtros, cambios: Partial<Filtros> = {}): URLSearchParams {
  return new URLSearchParams(enlaceConFiltros("", filtros, cambios).split("?")[1] ?? "");
}

export function enlaceConFiltros(ruta: string, filtros: Filtros, cambios: Partial<Filtros> = {}): string {
  return urlConFiltros(ruta, valoresEnUrl(filtros, cambios));
}
