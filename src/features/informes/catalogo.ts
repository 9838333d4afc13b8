import type { Periodicidad } from "@/generated/prisma/enums";

/**
 * The informes the source document names as evidence of its lineamientos, each made from the
 * figures of one dashboard panel (one source of numbers) for a period of its periodicity.
 */
export const INFORMES = {
  "recaudo-semestral": {
    titulo: "Informe semestral de cumplimiento de metas de recaudo",
    panel: "recaudo",
    periodicidad: "SEMESTRAL",
    lineamiento: "2.1.4.1",
    /** Recaudo is national and regional: a centro has none. */
    porCentro: false,
  },
  "comite-anual": {
    titulo: "Informe anual del comité de precios",
    panel: "comite",
    periodicidad: "ANUAL",
    lineamiento: "2.1.4.2",
    porCentro: true,
  },
  "def-trimestral": {
    titulo: "Informe trimestral de trazabilidad de las ventas con DEF",
    panel: "def",
    periodicidad: "TRIMESTRAL",
    lineamiento: "2.1.4.2",
    porCentro: true,
  },
  "ejecucion-anual": {
    titulo: "Informe anual de ejecución de los recursos de producción de centros",
    panel: "ejecucion",
    periodicidad: "ANUAL",
    lineamiento: "2.1.4.2",
    porCentro: true,
  },
} as const satisfies Record<
  string,
  { titulo: string; panel: string; periodicidad: Periodicidad; lineamiento: string; porCentro: boolean }
>;

export type TipoInforme = keyof typeof INFORMES;

export const TIPOS_DE_INFORME = Object.keys(INFORMES) as TipoInforme[];

export function esTipoDeInforme(valor: string): valor is TipoInforme {
  return Object.hasOwn(INFORMES, valor);
}

/** The download address of an informe (the same filters as the dashboard). */
export function enlaceDeInforme(
  tipo: TipoInforme,
  periodo: string,
  formato: "pdf" | "xlsx",
  unidad: { regional?: number; centro?: number } = {},
): string {
  const parametros = new URLSearchParams({ periodo, formato });
  if (unidad.centro !== undefined) parametros.set("centro", String(unidad.centro));
  else if (unidad.regional !== undefined) parametros.set("regional", String(unidad.regional));
  return `/api/informes/${tipo}?${parametros.toString()}`;
}
