import { z } from "zod";
import { formatearCop, MENSAJE_MONTO_MAXIMO, MONTO_MAXIMO, parseCop } from "@/lib/dinero";
import {
  incumplimientos,
  JUSTIFICACION_MAXIMA,
  JUSTIFICACION_MINIMA,
  MENSAJE_FALTA_JUSTIFICACION,
  type TipoConReglas,
} from "./reglas";
import { ENTERO_MAXIMO, idDeTextoSchema, idSchema } from "@/lib/identificadores";

/**
 * "borrador" keeps whatever was typed (an empty field is null, but what is typed must still be of
 * its type: a date is a date, an amount an amount); "envio" also requires every field and the
 * rules of ./reglas.ts. One schema for the form and for the server (decision 0018).
 */
export type Modo = "borrador" | "envio";

function vacio(texto: string | null | undefined): texto is null | undefined | "" {
  return texto === null || texto === undefined || texto.trim() === "";
}

/** A typed text field: null when empty in a draft, "Escriba …" when empty on submission. */
function campoDeTexto<T>(
  modo: Modo,
  falta: string,
  leer: (texto: string, ctx: z.RefinementCtx) => T | typeof z.NEVER,
) {
  return z
    .string({ error: falta })
    .nullish()
    .transform((texto, ctx): T | null => {
      if (vacio(texto)) {
        if (modo === "envio") {
          ctx.addIssue({ code: "custom", message: falta });
          return z.NEVER;
        }
        return null;
      }
      return leer(texto.trim(), ctx);
    });
}

/**
 * Typed amounts arrive as text written the Colombian way ("1.250.000") and leave as exact pesos,
 * from zero up to MONTO_MAXIMO.
 */
export function pesos(etiqueta: string, modo: Modo = "envio") {
  return campoDeTexto(modo, `Escriba ${etiqueta}.`, (texto, ctx) => {
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
    // A draft too: the dashboards add these amounts, and the database refuses any above it.
    if (valor > MONTO_MAXIMO) {
      ctx.addIssue({ code: "custom", message: MENSAJE_MONTO_MAXIMO });
      return z.NEVER;
    }
    return valor;
  });
}

const MAXIMO_CONTEO = 2_000_000_000;

export function cantidad(etiqueta: string, modo: Modo = "envio") {
  return campoDeTexto(modo, `Escriba ${etiqueta}.`, (texto, ctx) => {
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

/** Free text: its length limit holds in a draft too; the minimum only on submission. */
function texto(modo: Modo, falta: string, minimo: number, maximo: { largo: number; mensaje: string }) {
  return campoDeTexto(modo, falta, (valor, ctx) => {
    if (valor.length > maximo.largo) {
      ctx.addIssue({ code: "custom", message: maximo.mensaje });
      return z.NEVER;
    }
    if (modo === "envio" && valor.length < minimo) {
      ctx.addIssue({ code: "custom", message: falta });
      return z.NEVER;
    }
    return valor;
  });
}

function esFechaReal(valor: string): boolean {
  const [anio, mes, dia] = valor.split("-").map(Number) as [number, number, number];
  const fecha = new Date(Date.UTC(anio, mes - 1, dia));
  return fecha.getUTCFullYear() === anio && fecha.getUTCMonth() === mes - 1 && fecha.getUTCDate() === dia;
}

/** A calendar date "YYYY-MM-DD"; on submission it must also lie within `limites`. */
function fecha(modo: Modo, falta: string, limites: { desde: string; hasta: string }, fuera: string) {
  return campoDeTexto(modo, falta, (valor, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(valor) || !esFechaReal(valor)) {
      ctx.addIssue({ code: "custom", message: "Escriba una fecha válida (año-mes-día)." });
      return z.NEVER;
    }
    if (modo === "envio" && (valor < limites.desde || valor > limites.hasta)) {
      ctx.addIssue({ code: "custom", message: fuera });
      return z.NEVER;
    }
    return valor;
  });
}

function siNo(modo: Modo, falta: string) {
  return z
    .boolean({ error: falta })
    .nullish()
    .transform((valor, ctx): boolean | null => {
      if (valor === null || valor === undefined) {
        if (modo === "envio") {
          ctx.addIssue({ code: "custom", message: falta });
          return z.NEVER;
        }
        return null;
      }
      return valor;
    });
}

/** The written justification a rule of ./reglas.ts may ask for; required only then, on submission. */
function justificacion() {
  return z
    .string({ error: MENSAJE_FALTA_JUSTIFICACION })
    .nullish()
    .transform((valor) => (vacio(valor) ? null : valor.trim()))
    .refine((valor) => valor === null || valor.length <= JUSTIFICACION_MAXIMA, {
      message: `La justificación no puede superar ${JUSTIFICACION_MAXIMA.toLocaleString("es-CO")} caracteres.`,
    });
}

/**
 * On submission, each rule broken refuses the report next to its field (BLOQUEA) or asks for the
 * justification (JUSTIFICAR). A draft is never refused for them: the form shows them as warnings.
 */
function aplicarReglas(modo: Modo, tipo: TipoConReglas) {
  return (datos: Record<string, unknown>, ctx: z.RefinementCtx) => {
    if (modo !== "envio") return;
    const rotas = incumplimientos(tipo, datos as Record<string, bigint | null>);
    for (const r of rotas.filter((x) => x.efecto === "BLOQUEA")) {
      ctx.addIssue({ code: "custom", path: [r.campo], message: r.mensaje });
    }
    const escrita = typeof datos.justificacion === "string" ? datos.justificacion : "";
    if (rotas.some((x) => x.efecto === "JUSTIFICAR") && escrita.length < JUSTIFICACION_MINIMA) {
      ctx.addIssue({ code: "custom", path: ["justificacion"], message: MENSAJE_FALTA_JUSTIFICACION });
    }
  };
}

function regionalRecaudo(modo: Modo) {
  return z.object({
    regionalId: idSchema("La regional no es válida."),
    recaudoFiscalizacion: pesos("el recaudo por fiscalización de la regional", modo),
    recaudoCobroPersuasivo: pesos("el recaudo por cobro persuasivo de la regional", modo),
  });
}

export function recaudoSchema(modo: Modo = "envio") {
  return z
    .object({
      tipo: z.literal("RECAUDO"),
      recaudoFiscalizacion: pesos("el recaudo por fiscalización", modo),
      recaudoCobroPersuasivo: pesos("el recaudo por cobro persuasivo", modo),
      aportantesNuevos: cantidad("los aportantes incorporados", modo),
      smsEnviados: cantidad("los mensajes SMS enviados", modo),
      correosEnviados: cantidad("los correos enviados", modo),
      analisis: texto(modo, "Escriba el análisis del semestre (al menos 20 caracteres).", 20, {
        largo: 10_000,
        mensaje: "El análisis no puede superar 10.000 caracteres.",
      }),
      // A draft keeps only the regionales with something typed.
      regionales: z
        .array(regionalRecaudo(modo))
        .max(40)
        .default([])
        .transform((filas) =>
          filas.filter((r) => r.recaudoFiscalizacion !== null || r.recaudoCobroPersuasivo !== null),
        ),
    })
    .superRefine((datos, ctx) => {
      const ids = new Set(datos.regionales.map((r) => r.regionalId));
      if (ids.size !== datos.regionales.length) {
        ctx.addIssue({ code: "custom", path: ["regionales"], message: "Una regional aparece dos veces." });
      }
      if (modo !== "envio" || datos.regionales.length === 0) return;
      const suma = (campo: "recaudoFiscalizacion" | "recaudoCobroPersuasivo") =>
        datos.regionales.reduce((total, r) => total + (r[campo] ?? 0n), 0n);
      for (const campo of ["recaudoFiscalizacion", "recaudoCobroPersuasivo"] as const) {
        const diferencia = (datos[campo] ?? 0n) - suma(campo);
        if (diferencia !== 0n) {
          ctx.addIssue({
            code: "custom",
            path: [campo],
            message: `La suma por regional no coincide con el total: difieren en ${formatearCop(diferencia)}.`,
          });
        }
      }
    });
}

/** The acta must be dated inside the period reported and not in the future. */
export function comitePreciosSchema(limites: { desde: string; hasta: string }, modo: Modo = "envio") {
  return z.object({
    tipo: z.literal("COMITE_PRECIOS"),
    fechaActa: fecha(
      modo,
      "Escriba la fecha del acta.",
      limites,
      `La fecha del acta debe estar entre ${limites.desde} y ${limites.hasta}.`,
    ),
    numeroActa: texto(modo, "Escriba el número del acta.", 1, {
      largo: 50,
      mensaje: "El número del acta no puede superar 50 caracteres.",
    }),
    productosServiciosPreciados: cantidad("el número de productos y servicios con precio", modo),
  });
}

export function trazabilidadVentasSchema(modo: Modo = "envio") {
  return z
    .object({
      tipo: z.literal("TRAZABILIDAD_VENTAS"),
      totalAprovechamientos: pesos("el total de aprovechamientos", modo),
      totalFacturadoDef: pesos("el total facturado con documento equivalente", modo),
      numeroDef: cantidad("el número de documentos equivalentes emitidos", modo),
      pagosRecibidos: pesos("los pagos recibidos", modo),
      justificacion: justificacion(),
    })
    .superRefine(aplicarReglas(modo, "TRAZABILIDAD_VENTAS"));
}

export function ejecucionRecursosSchema(modo: Modo = "envio") {
  return z
    .object({
      tipo: z.literal("EJECUCION_RECURSOS"),
      recursosSolicitados: pesos("los recursos solicitados", modo),
      recursosAsignados: pesos("los recursos asignados", modo),
      recursosEjecutados: pesos("los recursos ejecutados", modo),
      registradoModuloPlanAccion: siNo(modo, "Indique si quedó registrado en el módulo Plan de Acción."),
      justificacion: justificacion(),
    })
    .superRefine(aplicarReglas(modo, "EJECUCION_RECURSOS"));
}

/**
 * All kinds at once, for the form and the server; the period-dependent date check uses the report's
 * period. A draft ("borrador") checks types only; a submission ("envio") checks everything.
 */
export function datosReporteSchema(limites: { desde: string; hasta: string }, modo: Modo = "envio") {
  return z.discriminatedUnion("tipo", [
    recaudoSchema(modo),
    comitePreciosSchema(limites, modo),
    trazabilidadVentasSchema(modo),
    ejecucionRecursosSchema(modo),
  ]);
}

export type DatosReporte = z.output<ReturnType<typeof datosReporteSchema>>;
export type DatosReporteEntrada = z.input<ReturnType<typeof datosReporteSchema>>;

export const guardarReporteSchema = z.object({
  reporteId: idSchema(),
  version: z.number().int().positive().max(ENTERO_MAXIMO),
  enviar: z.boolean(),
  // Validated against the report's own kind and period inside the operation.
  datos: z.record(z.string(), z.unknown()),
});

export const iniciarReporteSchema = z.object({
  seguimientoId: idDeTextoSchema(),
  periodo: z.string().min(4).max(7),
});
