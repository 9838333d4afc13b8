import { z } from "zod";
import { ENTERO_MAXIMO, idDeTextoSchema } from "@/lib/identificadores";

export const LARGO_CODIGO_CENTRO = { min: 2, max: 20 } as const;
export const LARGO_NOMBRE_CENTRO = { min: 3, max: 200 } as const;
export const LARGO_CODIGO_REGIONAL = { min: 1, max: 10 } as const;
export const LARGO_NOMBRE_REGIONAL = { min: 2, max: 100 } as const;

/** Capital letters without accents, digits, and dots or hyphens between them: "9101", "DEMO-05-01". */
const FORMATO_CODIGO = /^[A-Z0-9](?:[A-Z0-9.-]*[A-Z0-9])?$/;

const espaciosSimples = (texto: string) => texto.replace(/\s+/g, " ").trim();

/**
 * A code as people type it: trimmed and in capitals, so "9101 " and "demo-05-01" are the codes
 * "9101" and "DEMO-05-01"; spaces, accents and other signs are refused instead of guessed.
 */
function codigoSchema(que: string, largo: { min: number; max: number }, ejemplo: string) {
  const falta = `Escriba el código ${que}.`;
  return z
    .string({ error: falta })
    .trim()
    .toUpperCase()
    .min(1, { error: falta, abort: true })
    .min(largo.min, { error: `El código debe tener al menos ${largo.min} caracteres.`, abort: true })
    .max(largo.max, { error: `El código no puede superar ${largo.max} caracteres.`, abort: true })
    .regex(
      FORMATO_CODIGO,
      `Use solo letras sin tilde, números, puntos o guiones, sin espacios; por ejemplo ${ejemplo}.`,
    );
}

function nombreSchema(que: string, largo: { min: number; max: number }) {
  const falta = `Escriba el nombre ${que}.`;
  return z
    .string({ error: falta })
    .overwrite(espaciosSimples)
    .min(1, { error: falta, abort: true })
    .min(largo.min, `El nombre debe tener al menos ${largo.min} caracteres.`)
    .max(largo.max, `El nombre no puede superar ${largo.max} caracteres.`);
}

export const codigoCentroSchema = codigoSchema("del centro", LARGO_CODIGO_CENTRO, "9101 o DEMO-05-01");
export const nombreCentroSchema = nombreSchema("del centro", LARGO_NOMBRE_CENTRO);
export const codigoRegionalSchema = codigoSchema("de la regional", LARGO_CODIGO_REGIONAL, "05");
export const nombreRegionalSchema = nombreSchema("de la regional", LARGO_NOMBRE_REGIONAL);

const id = idDeTextoSchema();

/** The `version` the edit form loaded: a save over a row someone saved since is refused. */
function versionSchema(deQue: string) {
  const falta = `Recargue la página: el formulario no trae la versión ${deQue}.`;
  return z.number({ error: falta }).int({ error: falta }).positive({ error: falta }).max(ENTERO_MAXIMO, {
    error: falta,
  });
}

/** What the centro form edits, checked alike in the browser and on the server. */
export const datosCentroSchema = z.object({
  codigo: codigoCentroSchema,
  nombre: nombreCentroSchema,
  regionalId: idDeTextoSchema("Elija la regional."),
  generaAprovechamiento: z.boolean(),
  requiereRecursos: z.boolean(),
  activo: z.boolean(),
});

export const crearCentroSchema = datosCentroSchema;

/**
 * A centro's marks in one vigencia (decisión 0020). `version` 0 when the centro had no row in it
 * (it did not exist then): saving creates the row.
 */
export const editarCentroEnVigenciaSchema = z.object({
  centroId: id,
  vigenciaId: id,
  version: z
    .number({ error: "Recargue la página: el formulario no trae la versión de la vigencia." })
    .int()
    .min(0)
    .max(ENTERO_MAXIMO),
  activo: z.boolean(),
  generaAprovechamiento: z.boolean(),
  requiereRecursos: z.boolean(),
});

export const editarCentroSchema = datosCentroSchema.extend({ id, version: versionSchema("del centro") });

export type ValoresCentro = z.input<typeof datosCentroSchema>;
export type DatosCentro = z.output<typeof datosCentroSchema>;

export const datosRegionalSchema = z.object({
  codigo: codigoRegionalSchema,
  nombre: nombreRegionalSchema,
});

export const crearRegionalSchema = datosRegionalSchema;

export const editarRegionalSchema = datosRegionalSchema.extend({
  id,
  version: versionSchema("de la regional"),
});

export type ValoresRegional = z.input<typeof datosRegionalSchema>;
export type DatosRegional = z.output<typeof datosRegionalSchema>;

/** A filter that is missing or does not make sense is simply not applied. */
function opcional<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

/** The list's filters as they come in the URL of its GET form. */
export const filtrosCentrosSchema = z.object({
  regional: opcional(id),
  aprovechamiento: opcional(z.enum(["si", "no"])),
  estado: opcional(z.enum(["activos", "inactivos"])),
  q: opcional(z.string().overwrite(espaciosSimples).min(1).max(100)),
});

export type FiltrosCentros = z.output<typeof filtrosCentrosSchema>;
