import { z } from "zod";
import { idDeTextoSchema } from "@/lib/identificadores";

export const MB = 1024 * 1024;
export const LIMITE_MB_POR_DEFECTO = 10;

const formatoMb = new Intl.NumberFormat("es-CO", { maximumFractionDigits: 2 });

export const MENSAJES = {
  falta: "Seleccione el archivo PDF",
  noEsPdf: "El archivo debe ser un PDF",
  demasiadoGrande: (limiteMb: number) =>
    `El archivo supera el tamaño máximo de ${formatoMb.format(limiteMb)} MB`,
};

/**
 * What the upload form sends, checked alike in the browser and on the server. Whether the bytes
 * are really a PDF is checked by content (`esPdf`) once they are read.
 */
export function subirEvidenciaSchema(limiteMb: number) {
  return z.object({
    reporteId: idDeTextoSchema(),
    /** The form's «documento» field the file backs; none for a general supporting file. */
    campo: z
      .string()
      .regex(/^[a-z][a-zA-Z0-9]{0,39}$/, "El documento no es válido.")
      .nullish()
      .transform((c) => c ?? null),
    archivo: z
      .file({ error: MENSAJES.falta })
      .min(1, MENSAJES.falta)
      .max(Math.floor(limiteMb * MB), MENSAJES.demasiadoGrande(limiteMb)),
  });
}

export const eliminarEvidenciaSchema = z.object({ evidenciaId: idDeTextoSchema() });

export const descargarEvidenciaSchema = eliminarEvidenciaSchema;
