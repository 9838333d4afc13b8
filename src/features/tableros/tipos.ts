import type { EstadoReporte, TipoReporte } from "@/generated/prisma/enums";

/**
 * What every dashboard query receives: the filters already resolved against the user's rights
 * (a subdirector's centro is forced here, never taken from the URL).
 */
export interface AmbitoTablero {
  vigencia: { id: number; anio: number; nombre: string };
  periodo?: string;
  regionalId?: number;
  centroId?: number;
  tipo?: TipoReporte;
  /** The report statuses whose data count: APROBADO only, or ENVIADO and APROBADO. */
  estados: EstadoReporte[];
}

export type TipoColumna = "texto" | "entero" | "pesos" | "porcentaje";

/** A table as shown on screen and as exported to CSV and xlsx, with the same figures. */
export interface TablaExportable {
  /** Identifier in the export URL, e.g. "recaudo-por-regional". */
  nombre: string;
  titulo: string;
  columnas: { clave: string; titulo: string; tipo: TipoColumna }[];
  /** Pesos as bigint, ratios as a fraction (0.75) or null for "no aplica". */
  filas: Record<string, string | number | bigint | null>[];
}
