import { z } from "zod";
import { formatearCop, parseCop } from "@/lib/dinero";

/** Typed amounts arrive as text written the Colombian way ("1.250.000") and leave as exact pesos. */
export function pesos(etiqueta: string) {
  return z
    .string({ error: `Escriba ${etiqueta}.` })
    .trim()
    .min(1, `Escriba ${etiqueta}.`)
    .transform((texto, ctx) => {
      const valor = parseCop(texto);
      if (valor === null) {
        ctx.addIssue({
          code: "custom",
          message: "Escriba un valor en pesos, sin decimales: por ejemplo 1.250.000.",
        });
        return z.NEVER;
      }
      if (valor < 0n) {
        ctx.addIssue({ code: "custom", message: "El valor no puede ser negativo." });
        return z.NEVER;
      }
      return valor;
    });
}

const MAXIMO_CONTEO = 2_000_000_000;

export function cantidad(etiqueta: string) {
  return z
    .string({ error: `Escriba ${etiqueta}.` })
    .trim()
    .min(1, `Escriba ${etiqueta}.`)
    .transform((texto, ctx) => {
      if (!/^-?(\d+|\d{1,3}(\.\d{3})+)$/.test(texto)) {
        ctx.addIssue({ code: "custom", message: "Escriba un número entero, sin decimales." });
        return z.NEVER;
      }
      const valor = Number(texto.replace(/\./g, ""));
      if (valor < 0) {
        ctx.addIssue({ code: "custom", message: "El número no puede ser negativo." });
        return z.NEVER;
      }
      if (valor > MAXIMO_CONTEO) {
        ctx.addIssue({ code: "custom", message: "El número es demasiado grande." });
        return z.NEVER;
      }
      return valor;
    });
}

const regionalRecaudo = z.object({
  regionalId: z.number().int().positive(),
  recaudoFiscalizacion: pesos("el recaudo por fiscalización de la regional"),
  recaudoCobroPersuasivo: pesos("el recaudo por cobro persuasivo de la regional"),
});

export const recaudoSchema = z
  .object({
    tipo: z.literal("RECAUDO"),
    recaudoFiscalizacion: pesos("el recaudo por fiscalización"),
    recaudoCobroPersuasivo: pesos("el recaudo por cobro persuasivo"),
    aportantesNuevos: cantidad("los aportantes incorporados"),
    smsEnviados: cantidad("los mensajes SMS enviados"),
    correosEnviados: cantidad("los correos enviados"),
    analisis: z
      .string()
      .trim()
      .min(20, "Escriba el análisis del semestre (al menos 20 caracteres).")
      .max(10_000, "El análisis no puede superar 10.000 caracteres."),
    regionales: z.array(regionalRecaudo).max(40).default([]),
  })
  .superRefine((datos, ctx) => {
    if (datos.regionales.length === 0) return;
    const suma = (campo: "recaudoFiscalizacion" | "recaudoCobroPersuasivo") =>
      datos.regionales.reduce((total, r) => total + r[campo], 0n);
    for (const campo of ["recaudoFiscalizacion", "recaudoCobroPersuasivo"] as const) {
      const diferencia = datos[campo] - suma(campo);
      if (diferencia !== 0n) {
        ctx.addIssue({
          code: "custom",
          path: [campo],
          message: `La suma por regional no coincide con el total: difieren en ${formatearCop(diferencia)}.`,
        });
      }
    }
    const ids = new Set(datos.regionales.map((r) => r.regionalId));
    if (ids.size !== datos.regionales.length) {
      ctx.addIssue({ code: "custom", path: ["regionales"], message: "Una regional aparece dos veces." });
    }
  });

/** The acta must be dated inside the period reported and not in the future. */
export function comitePreciosSchema(limites: { desde: string; hasta: string }) {
  return z.object({
    tipo: z.literal("COMITE_PRECIOS"),
    fechaActa: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Escriba la fecha del acta.")
      .refine((f) => f >= limites.desde && f <= limites.hasta, {
        message: `La fecha del acta debe estar entre ${limites.desde} y ${limites.hasta}.`,
      }),
    numeroActa: z
      .string()
      .trim()
      .min(1, "Escriba el número del acta.")
      .max(50, "El número del acta no puede superar 50 caracteres."),
    productosServiciosPreciados: cantidad("el número de productos y servicios con precio"),
  });
}

export const trazabilidadVentasSchema = z.object({
  tipo: z.literal("TRAZABILIDAD_VENTAS"),
  totalAprovechamientos: pesos("el total de aprovechamientos"),
  totalFacturadoDef: pesos("el total facturado con documento equivalente"),
  numeroDef: cantidad("el número de documentos equivalentes emitidos"),
  pagosRecibidos: pesos("los pagos recibidos"),
});

export const ejecucionRecursosSchema = z.object({
  tipo: z.literal("EJECUCION_RECURSOS"),
  recursosSolicitados: pesos("los recursos solicitados"),
  recursosAsignados: pesos("los recursos asignados"),
  recursosEjecutados: pesos("los recursos ejecutados"),
  registradoModuloPlanAccion: z.boolean({
    error: "Indique si quedó registrado en el módulo Plan de Acción.",
  }),
});

/** All kinds at once, for the server; the period-dependent date check uses the report's period. */
export function datosReporteSchema(limites: { desde: string; hasta: string }) {
  return z.discriminatedUnion("tipo", [
    recaudoSchema,
    comitePreciosSchema(limites),
    trazabilidadVentasSchema,
    ejecucionRecursosSchema,
  ]);
}

export type DatosReporte = z.output<ReturnType<typeof datosReporteSchema>>;
export type DatosReporteEntrada = z.input<ReturnType<typeof datosReporteSchema>>;

export const guardarReporteSchema = z.object({
  reporteId: z.number().int().positive(),
  version: z.number().int().positive(),
  enviar: z.boolean(),
  // Validated against the report's own kind and period inside the operation.
  datos: z.record(z.string(), z.unknown()),
});

export const iniciarReporteSchema = z.object({
  seguimientoId: z.coerce.number().int().positive(),
  periodo: z.string().min(4).max(7),
});
