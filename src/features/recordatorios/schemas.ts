import { z } from "zod";
import { ENTERO_MAXIMO } from "@/lib/identificadores";

const MAXIMO_DIAS = 90;

function entero(minimo: number, mensaje: string) {
  return z.coerce
    .number({ error: mensaje })
    .refine((n) => Number.isInteger(n) && n >= minimo && n <= MAXIMO_DIAS, mensaje);
}

const MENSAJE_DIAS_ANTES =
  "Escriba hasta cinco números enteros de días entre 0 y 90, separados por comas (por ejemplo 7, 1); " +
  "0 es el mismo día del vencimiento.";

/** "7, 1" → [7, 1]: distinct whole days, largest first. */
export const diasAntesSchema = z
  .string({ error: MENSAJE_DIAS_ANTES })
  .trim()
  .min(1, MENSAJE_DIAS_ANTES)
  .transform((texto, ctx) => {
    const partes = texto.split(/[,;\s]+/).filter(Boolean);
    const dias = partes.map(Number);
    if (partes.length > 5 || dias.some((d) => !Number.isInteger(d) || d < 0 || d > MAXIMO_DIAS)) {
      ctx.addIssue({ code: "custom", message: MENSAJE_DIAS_ANTES });
      return z.NEVER;
    }
    return [...new Set(dias)].sort((a, b) => b - a);
  });

/** The settings as the form sends them; checked alike in the browser and on the server. */
export const configuracionSchema = z.object({
  version: z.coerce.number().int().min(0).max(ENTERO_MAXIMO),
  diasAntes: diasAntesSchema,
  diasEscalamiento: entero(
    2,
    "Escriba un número entero de días entre 2 y 90: el día siguiente al vencimiento ya se envía el aviso de vencido.",
  ),
  diasCorreccion: entero(1, "Escriba un número entero de días entre 1 y 90."),
  diasRevision: entero(1, "Escriba un número entero de días entre 1 y 90."),
  diaResumenSemanal: entero(1, "Elija el día de la semana del resumen.").refine(
    (d) => d <= 7,
    "Elija el día de la semana del resumen.",
  ),
});

export type ConfiguracionFormulario = z.input<typeof configuracionSchema>;

export const ejecutarAhoraSchema = z.object({});
