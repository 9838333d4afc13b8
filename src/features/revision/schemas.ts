import { z } from "zod";
import { TipoReporte } from "@/generated/prisma/enums";
import { parsePeriodo } from "@/lib/periodos";
import { ENTERO_MAXIMO, idDeTextoSchema, idSchema } from "@/lib/identificadores";

export const LARGO_MINIMO = 10;
export const LARGO_MAXIMO = 2000;

/** A text the report's author will read: mandatory, trimmed, long enough to say what to fix. */
function textoParaElResponsable(que: string) {
  return z
    .string({ error: `Escriba ${que}.` })
    .trim()
    .min(1, { error: `Escriba ${que}.`, abort: true })
    .min(LARGO_MINIMO, `Escriba al menos ${LARGO_MINIMO} caracteres para que se entienda qué corregir.`)
    .max(LARGO_MAXIMO, `No puede superar ${LARGO_MAXIMO.toLocaleString("es-CO")} caracteres.`);
}

export const comentarioSchema = textoParaElResponsable("el comentario para el responsable");
export const motivoSchema = textoParaElResponsable("el motivo de la reapertura");

/** The report and the version the reviewer read, so a decision never lands on a newer version. */
const referencia = {
  reporteId: idSchema(),
  version: z.number().int().positive().max(ENTERO_MAXIMO),
};

export const aprobarSchema = z.object(referencia);
export const devolverSchema = z.object({ ...referencia, comentario: comentarioSchema });
export const reabrirSchema = z.object({ ...referencia, motivo: motivoSchema });

/** A filter that is missing or does not make sense is simply not applied. */
function opcional<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

/** The queue's filters as they come in the URL of its GET form. */
export const filtrosColaSchema = z.object({
  vigencia: opcional(z.coerce.number().int().min(1900).max(9999)),
  tipo: opcional(z.enum(TipoReporte)),
  periodo: opcional(z.string().refine((codigo) => parsePeriodo(codigo) !== null)),
  regional: opcional(idDeTextoSchema()),
  pagina: z.coerce.number().int().positive().max(100_000).catch(1),
});

export type FiltrosCola = z.output<typeof filtrosColaSchema>;
