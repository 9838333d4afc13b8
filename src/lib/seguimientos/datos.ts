import { z } from "zod";
import { formatearCop, MENSAJE_MONTO_MAXIMO, MONTO_MAXIMO, parseCop } from "../dinero";
import {
  incumplimientos,
  MENSAJE_FALTA_JUSTIFICACION,
  JUSTIFICACION_MAXIMA,
  JUSTIFICACION_MINIMA,
} from "./reglas";
import { LIMITES_DECLARACION, type Campo, type Formulario } from "./declaracion";

// The data of a report, validated against its seguimiento's declared form: one schema built from
// the declaration, the same in the browser and on the server (decision 0018). "borrador" keeps
// whatever was typed (an empty field is null, but what is typed must be of its kind); "envio" also
// requires every required field and the rules between fields.

export type Modo = "borrador" | "envio";

/** What a report's period says about its dates: from its start to its end, never after today. */
export interface LimitesDeFechas {
  desde: string;
  hasta: string;
}

/** A value as the form holds it: exact pesos, whole counts, hundredths of a percent, dates as text. */
export type Valor = bigint | number | string | boolean | null;

export interface DatosDelReporte {
  valores: Record<string, Valor>;
  /** The amounts per regional, when the form declares the breakdown and the user included it. */
  regionales: { regionalId: number; valores: Record<string, bigint | null> }[];
  /** Required on submission only when a rule that admits one is broken. */
  justificacion: string | null;
}

function vacio(texto: string | null | undefined): texto is null | undefined | "" {
  return texto === null || texto === undefined || texto.trim() === "";
}

/** A typed field: null when empty in a draft (or when optional), «Escriba …» when required. */
function campoDeTexto<T>(
  requerido: boolean,
  falta: string,
  leer: (texto: string, ctx: z.RefinementCtx) => T | typeof z.NEVER,
) {
  return z
    .string({ error: falta })
    .nullish()
    .transform((texto, ctx): T | null => {
      if (vacio(texto)) {
        if (requerido) {
          ctx.addIssue({ code: "custom", message: falta });
          return z.NEVER;
        }
        return null;
      }
      return leer(texto.trim(), ctx);
    });
}

function rechazar(ctx: z.RefinementCtx, message: string): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

const ENTERO_AGRUPADO = /^-?(\d+|\d{1,3}(\.\d{3})+)$/;

/** Amounts arrive as text written the Colombian way ("1.250.000") and leave as exact pesos. */
export function leerPesos(texto: string, ctx: z.RefinementCtx, maximo = MONTO_MAXIMO): bigint {
  const valor = parseCop(texto);
  if (valor === null)
    return rechazar(ctx, "Escriba un valor en pesos, sin decimales: por ejemplo 1.250.000.");
  if (valor < 0n) return rechazar(ctx, "El valor no puede ser negativo.");
  // A draft too: the dashboards add these amounts, and the database refuses any above it.
  if (valor > maximo) {
    return rechazar(
      ctx,
      maximo === MONTO_MAXIMO ? MENSAJE_MONTO_MAXIMO : `El monto no puede superar ${formatearCop(maximo)}.`,
    );
  }
  return valor;
}

function leerCantidad(texto: string, ctx: z.RefinementCtx, maximo: number): number {
  if (!ENTERO_AGRUPADO.test(texto)) return rechazar(ctx, "Escriba un número entero, sin decimales.");
  const valor = Number(texto.replace(/\./g, ""));
  if (valor < 0) return rechazar(ctx, "El número no puede ser negativo.");
  if (valor > maximo) return rechazar(ctx, "El número es demasiado grande.");
  return valor;
}

/** "12,5" or "12.5" (per cent) → 1250 hundredths; at most two decimals. */
function leerPorcentaje(texto: string, ctx: z.RefinementCtx, maximo: number): number {
  const limpio = texto.replace(/\s*%$/, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(limpio)) {
    return rechazar(ctx, "Escriba un porcentaje con a lo sumo dos decimales, por ejemplo 12,5.");
  }
  const [enteros, decimales = ""] = limpio.split(".");
  const centesimas = Number(enteros) * 100 + Number(decimales.padEnd(2, "0"));
  if (centesimas > maximo * 100) return rechazar(ctx, `El porcentaje no puede superar ${maximo} %.`);
  return centesimas;
}

function esFechaReal(valor: string): boolean {
  const [anio, mes, dia] = valor.split("-").map(Number) as [number, number, number];
  const fecha = new Date(Date.UTC(anio, mes - 1, dia));
  return fecha.getUTCFullYear() === anio && fecha.getUTCMonth() === mes - 1 && fecha.getUTCDate() === dia;
}

/** A field's label as a message names it: «Fecha del acta». */
function nombrado(campo: Campo): string {
  return `«${campo.etiqueta.replace(/\s*\((COP|PDF)\)$/, "")}»`;
}

/** What a field holds, as a zod schema for the mode: required ones are required on submission only. */
function esquemaDelCampo(campo: Exclude<Campo, { tipo: "documento" }>, modo: Modo, limites: LimitesDeFechas) {
  const requerido = modo === "envio" && campo.obligatorio;
  const falta =
    campo.tipo === "siNo" || campo.tipo === "opcion"
      ? `Indique ${nombrado(campo)}.`
      : `Escriba ${nombrado(campo)}.`;
  switch (campo.tipo) {
    case "pesos":
      return campoDeTexto(requerido, falta, (t, ctx) =>
        leerPesos(t, ctx, campo.maximo === undefined ? MONTO_MAXIMO : BigInt(campo.maximo)),
      );
    case "cantidad":
      return campoDeTexto(requerido, falta, (t, ctx) =>
        leerCantidad(t, ctx, campo.maximo ?? LIMITES_DECLARACION.conteo),
      );
    case "porcentaje":
      return campoDeTexto(requerido, falta, (t, ctx) => leerPorcentaje(t, ctx, campo.maximo ?? 100));
    case "texto": {
      const maximo = campo.maximo ?? (campo.largo === "largo" ? LIMITES_DECLARACION.texto : 200);
      const minimo = campo.minimo ?? 1;
      const conMinimo = minimo > 1 ? `${falta.slice(0, -1)} (al menos ${minimo} caracteres).` : falta;
      return campoDeTexto(requerido, conMinimo, (t, ctx) => {
        // Its length limit holds in a draft too; the minimum only on submission.
        if (t.length > maximo) {
          return rechazar(
            ctx,
            `${nombrado(campo)} no puede superar ${maximo.toLocaleString("es-CO")} caracteres.`,
          );
        }
        if (modo === "envio" && t.length < minimo) return rechazar(ctx, conMinimo);
        return t;
      });
    }
    case "fecha":
      return campoDeTexto(requerido, falta, (t, ctx) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(t) || !esFechaReal(t))
          return rechazar(ctx, "Escriba una fecha válida (año-mes-día).");
        if (modo === "envio" && campo.dentroDelPeriodo && (t < limites.desde || t > limites.hasta)) {
          return rechazar(ctx, `${nombrado(campo)} debe estar entre ${limites.desde} y ${limites.hasta}.`);
        }
        return t;
      });
    case "opcion":
      return campoDeTexto(requerido, falta, (t, ctx) =>
        campo.opciones.includes(t)
          ? t
          : rechazar(ctx, `Elija una de las opciones: ${campo.opciones.join(", ")}.`),
      );
    case "siNo":
      return z
        .boolean({ error: falta })
        .nullish()
        .transform((valor, ctx): boolean | null => {
          if (valor === null || valor === undefined) return requerido ? rechazar(ctx, falta) : null;
          return valor;
        });
  }
}

/** The fields whose values are data (documents are files, attached apart). */
export function camposConDatos(formulario: Formulario) {
  return formulario.campos.filter((c): c is Exclude<Campo, { tipo: "documento" }> => c.tipo !== "documento");
}

function justificacion() {
  return z
    .string({ error: MENSAJE_FALTA_JUSTIFICACION })
    .nullish()
    .transform((valor) => (vacio(valor) ? null : valor.trim()))
    .refine((valor) => valor === null || valor.length <= JUSTIFICACION_MAXIMA, {
      message: `La justificación no puede superar ${JUSTIFICACION_MAXIMA.toLocaleString("es-CO")} caracteres.`,
    });
}

const MAXIMO_DE_REGIONALES = 40;

/**
 * The schema of a report's data for its declared form: the values by field key, the optional
 * breakdown per regional (each row required once included, each column adding up to its total),
 * and the justification a broken rule may ask for. Errors go next to each field.
 */
export function esquemaDeDatos(formulario: Formulario, limites: LimitesDeFechas, modo: Modo = "envio") {
  const campos = camposConDatos(formulario);
  const valores = z.object(
    Object.fromEntries(campos.map((c) => [c.clave, esquemaDelCampo(c, modo, limites)])),
  );
  const desglose = formulario.desglosePorRegional?.campos ?? [];
  const fila = z.object({
    regionalId: z.number().int().positive().max(2_147_483_647),
    ...Object.fromEntries(
      desglose.map((clave) => {
        const campo = campos.find((c) => c.clave === clave)!;
        return [
          clave,
          campoDeTexto(modo === "envio", `Escriba ${nombrado(campo)} de la regional.`, (t, ctx) =>
            leerPesos(t, ctx),
          ),
        ];
      }),
    ),
  });
  return z
    .object({
      ...valores.shape,
      // A draft keeps only the regionales with something typed.
      regionales: z
        .array(fila)
        .max(MAXIMO_DE_REGIONALES)
        .default([])
        .transform((filas) =>
          filas.filter((f) => desglose.some((c) => (f as Record<string, unknown>)[c] !== null)),
        ),
      justificacion: justificacion(),
    })
    .superRefine((datos, ctx) => {
      const porRegional = datos.regionales as Record<string, unknown>[];
      const ids = new Set(porRegional.map((r) => r.regionalId));
      if (ids.size !== porRegional.length) {
        ctx.addIssue({ code: "custom", path: ["regionales"], message: "Una regional aparece dos veces." });
      }
      if (modo !== "envio") return;
      if (porRegional.length > 0) {
        for (const clave of desglose) {
          const suma = porRegional.reduce<bigint>(
            (total, r) => total + ((r[clave] as bigint | null) ?? 0n),
            0n,
          );
          const diferencia = (((datos as Record<string, unknown>)[clave] as bigint | null) ?? 0n) - suma;
          if (diferencia !== 0n) {
            ctx.addIssue({
              code: "custom",
              path: [clave],
              message: `La suma por regional no coincide con el total: difieren en ${formatearCop(diferencia)}.`,
            });
          }
        }
      }
      // On submission, each rule broken refuses the report next to its field, or asks for the
      // justification; a draft is never refused for them (the form shows them as warnings).
      const rotas = incumplimientos(formulario, datos as Record<string, unknown>);
      for (const r of rotas.filter((x) => !x.justificable)) {
        ctx.addIssue({ code: "custom", path: [r.campo], message: r.mensaje });
      }
      const escrita = datos.justificacion ?? "";
      if (rotas.some((x) => x.justificable) && escrita.length < JUSTIFICACION_MINIMA) {
        ctx.addIssue({ code: "custom", path: ["justificacion"], message: MENSAJE_FALTA_JUSTIFICACION });
      }
    });
}

/** The parsed data in the shape the server stores: values, breakdown rows and justification apart. */
export function separarDatos(formulario: Formulario, datos: Record<string, unknown>): DatosDelReporte {
  const claves = new Set(camposConDatos(formulario).map((c) => c.clave));
  const desglose = formulario.desglosePorRegional?.campos ?? [];
  const filas = (datos.regionales ?? []) as Record<string, unknown>[];
  return {
    valores: Object.fromEntries(Object.entries(datos).filter(([k]) => claves.has(k))) as Record<
      string,
      Valor
    >,
    regionales: filas.map((f) => ({
      regionalId: f.regionalId as number,
      valores: Object.fromEntries(desglose.map((c) => [c, (f[c] as bigint | null) ?? null])),
    })),
    justificacion: (datos.justificacion as string | null | undefined) ?? null,
  };
}

/**
 * The figures typed so far, read leniently for what the form shows while the user types (its
 * computed indicators and the rules the figures break): a field not typed, or not yet a number of
 * its kind, counts as not typed.
 */
export function cifrasEscritas(
  formulario: Formulario,
  escritos: Record<string, unknown>,
): Record<string, Valor> {
  const cifras: Record<string, Valor> = {};
  for (const campo of camposConDatos(formulario)) {
    if (campo.tipo !== "pesos" && campo.tipo !== "cantidad" && campo.tipo !== "porcentaje") continue;
    const lectura = esquemaDelCampo(campo, "borrador", { desde: "", hasta: "" }).safeParse(
      escritos[campo.clave],
    );
    cifras[campo.clave] = lectura.success ? (lectura.data as Valor) : null;
  }
  return cifras;
}
