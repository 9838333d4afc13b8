import { z } from "zod";
import {
  consistenciaDeMetas,
  leerMeta,
  mensajeDeDescuadre,
  mensajeDeSumaExcesiva,
  MENSAJE_DE_MONTO,
  sumarMetas,
  sumaExcedeElMaximo,
} from "@/lib/metas";
import { idSchema } from "@/lib/identificadores";

/** A goal typed as es-CO text ("1.234.567"); empty is "sin meta" (null). */
export const montoDeMetaSchema = z.string().transform((texto, ctx) => {
  const lectura = leerMeta(texto);
  if (lectura.ok) return lectura.monto;
  ctx.addIssue({ code: "custom", message: MENSAJE_DE_MONTO[lectura.error] });
  return z.NEVER;
});

/**
 * The whole semester as the form shows it. `huella` identifies the metas the user loaded, so a
 * save made by someone else meanwhile is detected instead of overwritten.
 */
export const guardarMetasSchema = z
  .object({
    vigenciaId: idSchema(),
    periodo: z.string().regex(/^\d{4}-S[12]$/, "El semestre no es válido."),
    huella: z.string().min(1),
    nacional: montoDeMetaSchema,
    regionales: z.array(z.object({ regionalId: idSchema(), monto: montoDeMetaSchema })),
  })
  .superRefine((metas, ctx) => {
    const suma = sumarMetas(metas.regionales.map((r) => r.monto));
    if (sumaExcedeElMaximo(suma)) {
      ctx.addIssue({ code: "custom", path: ["nacional"], message: mensajeDeSumaExcesiva(suma) });
      return;
    }
    const consistencia = consistenciaDeMetas(
      metas.nacional,
      metas.regionales.map((r) => r.monto),
    );
    if (consistencia.tipo === "DESCUADRADA" && consistencia.nacional !== null) {
      ctx.addIssue({
        code: "custom",
        path: ["nacional"],
        message: mensajeDeDescuadre(consistencia.nacional, consistencia.suma),
      });
    }
  });

export type MetasDelFormulario = z.input<typeof guardarMetasSchema>;
export type MetasValidadas = z.output<typeof guardarMetasSchema>;
