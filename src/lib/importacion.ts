import { z } from "zod";

/**
 * What every import of the application shares (centros, usuarios, metas): the file it accepts, its
 * limits, the fingerprint of a preview and the row errors. The server side is `src/server/importacion.ts`.
 */
export const LIMITE_IMPORTACION_BYTES = 1024 * 1024;
export const LIMITE_IMPORTACION_FILAS = 5_000;

/** The file types the file picker offers: CSV as Excel saves it, and Excel workbooks. */
export const ACEPTA_IMPORTACION =
  ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const AYUDA_ARCHIVO_IMPORTACION =
  "Excel (.xlsx, la primera hoja) o CSV en UTF-8 separado por «;» o «,»; hasta 1 MB y 5.000 filas.";

/** The uploaded file, checked alike in the browser (before sending) and on the server. */
export function archivoDeImportacionSchema(falta: string) {
  return z
    .file({ error: falta })
    .min(1, "El archivo está vacío.")
    .max(
      LIMITE_IMPORTACION_BYTES,
      "El archivo supera 1 MB. Divídalo en varios archivos más pequeños e impórtelos uno por uno.",
    );
}

/** `huella` identifies the preview the user confirmed: if anything changed since, nothing is applied. */
export const huellaDeImportacionSchema = z
  .string({ error: "Revise el archivo de nuevo antes de confirmar." })
  .regex(/^[0-9a-f]{64}$/, "Revise el archivo de nuevo antes de confirmar.");

export function mensajeDeDemasiadasFilas(filas: number): string {
  return `El archivo tiene ${filas.toLocaleString("es-CO")} filas de datos; el máximo es ${LIMITE_IMPORTACION_FILAS.toLocaleString("es-CO")}. Divídalo en varios archivos.`;
}

export type AccionDeFila = "CREAR" | "ACTUALIZAR" | "SIN_CAMBIOS";

/** Every problem of one row of the file, with its line (its row in Excel). */
export interface ErrorDeFila {
  linea: number;
  mensajes: string[];
}

export function contarAcciones(filas: readonly { accion: AccionDeFila }[]): Record<AccionDeFila, number> {
  const conteo: Record<AccionDeFila, number> = { CREAR: 0, ACTUALIZAR: 0, SIN_CAMBIOS: 0 };
  for (const f of filas) conteo[f.accion] += 1;
  return conteo;
}

export function mensajeConErrores(errores: readonly ErrorDeFila[], deQue: string): string {
  const filas = errores.length === 1 ? "1 fila" : `${errores.length.toLocaleString("es-CO")} filas`;
  return `El archivo tiene ${filas} con errores: no se importó ${deQue}.`;
}
