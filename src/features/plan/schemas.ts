import { z } from "zod";
import { anioEnCurso } from "@/lib/fechas";
import { camposDelSeguimiento, comprobarSeguimiento } from "./archivo/esquema";
import { ANIO_MINIMO, anioMaximo, LARGO_MAXIMO, nombrePorOmision, problemaDeDias } from "./reglas";
import { ENTERO_MAXIMO, idSchema } from "@/lib/identificadores";

export { LARGO_MAXIMO, MAXIMO_RESPONSABLES } from "./reglas";

/** A text of the plan: mandatory, trimmed, with a generous limit that still catches a paste gone wrong. */
function texto(que: string, maximo: number) {
  return z
    .string({ error: `Escriba ${que}.` })
    .trim()
    .min(1, `Escriba ${que}.`)
    .max(maximo, `No puede superar ${maximo.toLocaleString("es-CO")} caracteres.`);
}

const id = idSchema();
/** The version the user read: a save or delete based on an older one is refused. */
const version = z.number().int().positive().max(ENTERO_MAXIMO);

const anioSchema = z
  .string({ error: "Escriba el año de la vigencia." })
  .trim()
  .min(1, { error: "Escriba el año de la vigencia.", abort: true })
  .regex(/^\d{4}$/, { error: "Escriba el año con cuatro cifras, por ejemplo 2027.", abort: true })
  .transform(Number)
  .superRefine((anio, ctx) => {
    const maximo = anioMaximo(anioEnCurso());
    if (anio < ANIO_MINIMO || anio > maximo) {
      ctx.addIssue({ code: "custom", message: `El año debe estar entre ${ANIO_MINIMO} y ${maximo}.` });
    }
  });

export const crearVigenciaSchema = z
  .object({
    anio: anioSchema,
    nombre: z
      .string()
      .trim()
      .max(LARGO_MAXIMO.nombreVigencia, `No puede superar ${LARGO_MAXIMO.nombreVigencia} caracteres.`),
    /** The vigencia whose plan is copied; null starts with an empty plan. */
    origenId: id.nullable(),
  })
  .transform((v) => ({ ...v, nombre: v.nombre || nombrePorOmision(v.anio) }));

export type CrearVigenciaFormulario = z.input<typeof crearVigenciaSchema>;

export const eliminarVigenciaSchema = z.object({ vigenciaId: id });

const codigoTema = z
  .string({ error: "Escriba el código del tema." })
  .trim()
  // The numbering's final dot is not part of the code ("2.1.4.1." is stored as "2.1.4.1").
  .transform((codigo) => codigo.replace(/\.$/, ""))
  .pipe(
    texto("el código del tema", LARGO_MAXIMO.codigo).regex(
      /^\d+(\.\d+)*$/,
      "Escriba el código con números separados por puntos, por ejemplo 2.1.4.3.",
    ),
  );

const camposTema = {
  codigo: codigoTema,
  nombre: texto("el nombre del tema", LARGO_MAXIMO.nombre),
};
const camposLineamiento = { texto: texto("el texto del lineamiento", LARGO_MAXIMO.texto) };
const camposAccion = {
  texto: texto("el texto de la acción", LARGO_MAXIMO.texto),
  resultadoEsperado: texto("el resultado esperado", LARGO_MAXIMO.texto),
};

const diasOportunidad = z
  .string({ error: "Escriba los días de oportunidad." })
  .trim()
  .transform((texto, ctx) => {
    const message = problemaDeDias(texto);
    if (message === null) return Number(texto);
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });

/** The editor sends the fields it shows; the checks between them are the plan file's. */
const seguimientoDelEditor = camposDelSeguimiento.extend({ diasOportunidad });

const CAMPOS_DE_LAS_REGLAS: ReadonlySet<PropertyKey> = new Set([
  "clave",
  "periodicidad",
  "alcance",
  "obligados",
  "responsables",
  "campos",
  "reglas",
  "indicadores",
  "desglosePorRegional",
  "tablaDeReportes",
]);

/**
 * The rules run as soon as the fields they read are valid, even if another field (a text) is
 * not, so that every error shows at once.
 */
const cuandoSusCamposSonValidos = {
  when: (payload: z.core.ParsePayload) =>
    !payload.issues.some((issue) => CAMPOS_DE_LAS_REGLAS.has(issue.path?.[0] ?? "")),
};

export const crearTemaSchema = z.object({ vigenciaId: id, ...camposTema });
export const editarTemaSchema = z.object({ vigenciaId: id, temaId: id, version, ...camposTema });
export const eliminarTemaSchema = z.object({ vigenciaId: id, temaId: id, version });

export const crearLineamientoSchema = z.object({ vigenciaId: id, temaId: id, ...camposLineamiento });
export const editarLineamientoSchema = z.object({
  vigenciaId: id,
  lineamientoId: id,
  version,
  ...camposLineamiento,
});
export const eliminarLineamientoSchema = z.object({ vigenciaId: id, lineamientoId: id, version });

export const crearAccionSchema = z.object({ vigenciaId: id, lineamientoId: id, ...camposAccion });
export const editarAccionSchema = z.object({ vigenciaId: id, accionId: id, version, ...camposAccion });
export const eliminarAccionSchema = z.object({ vigenciaId: id, accionId: id, version });

export const crearSeguimientoSchema = seguimientoDelEditor
  .extend({ vigenciaId: id, accionId: id })
  .superRefine(comprobarSeguimiento, cuandoSusCamposSonValidos);
export const editarSeguimientoSchema = seguimientoDelEditor
  .extend({ vigenciaId: id, seguimientoId: id, version })
  .superRefine(comprobarSeguimiento, cuandoSusCamposSonValidos);
export const eliminarSeguimientoSchema = z.object({ vigenciaId: id, seguimientoId: id, version });

export type CrearTema = z.input<typeof crearTemaSchema>;
export type EditarTema = z.input<typeof editarTemaSchema>;
export type CrearLineamiento = z.input<typeof crearLineamientoSchema>;
export type EditarLineamiento = z.input<typeof editarLineamientoSchema>;
export type CrearAccion = z.input<typeof crearAccionSchema>;
export type EditarAccion = z.input<typeof editarAccionSchema>;
export type CrearSeguimiento = z.input<typeof crearSeguimientoSchema>;
export type EditarSeguimiento = z.input<typeof editarSeguimientoSchema>;
export type CamposDeSeguimiento = z.input<typeof seguimientoDelEditor>;
