import { z } from "zod";
import {
  ANIO_MINIMO,
  DIAS_OPORTUNIDAD_MAXIMOS,
  LARGO_MAXIMO,
  MAXIMO_RESPONSABLES,
  problemasDeCombinacion,
} from "../reglas";
import {
  comoLista,
  comoObjeto,
  partesDelFormulario,
  problemasDelFormulario,
  SIEMPRE,
} from "@/lib/seguimientos/declaracion";
import { ALCANCES, HERRAMIENTAS, OBLIGADOS, PERIODICIDADES, ROLES } from "@/lib/seguimientos/valores";

// A vigencia's whole plan as a file (`npm run plan:exportar` / `plan:importar`, and the plan
// page's download and upload): temas → lineamientos → acciones → seguimientos, each seguimiento
// with its declared form. The same rules as the editor's; the format is documented in the README
// and as JSON Schema in docs/plan.schema.json, generated from this schema.

/** How large a plan may be: several times a real one, a wall against a hostile file. */
export const LIMITES_DEL_PLAN = {
  bytes: 2 * 1024 * 1024,
  temas: 100,
  lineamientos: 100,
  acciones: 100,
  seguimientos: 20,
  seguimientosEnTotal: 300,
} as const;

function texto(que: string, maximo: number) {
  return z
    .string({ error: `Escriba ${que}.` })
    .trim()
    .min(1, `Escriba ${que}.`)
    .max(maximo, `No puede superar ${maximo.toLocaleString("es-CO")} caracteres.`);
}

function lista<T extends z.ZodType>(elemento: T, que: string, maximo: number) {
  return z
    .array(elemento, { error: `Escriba ${que} como una lista.` })
    .max(maximo, `Una lista de ${que} admite a lo sumo ${maximo}.`);
}

/** A seguimiento's key: the same seguimiento keeps it from one vigencia to the next. */
export const claveDeSeguimiento = z
  .string({ error: "Escriba la clave del seguimiento." })
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "La clave va en minúsculas, con números y guiones, sin espacios ni tildes, por ejemplo «depuracion-cartera».",
  )
  .max(60, "La clave no puede superar 60 caracteres.");

const responsable = z.strictObject({
  cargo: texto("el cargo del responsable", LARGO_MAXIMO.cargo),
  rol: z.enum(ROLES, { error: `Elija el rol del responsable: ${ROLES.join(", ")}.` }),
});

/** A seguimiento's settings and declared form, before the checks between them. */
export const camposDelSeguimiento = z.strictObject({
  clave: claveDeSeguimiento,
  nombre: texto("el nombre del seguimiento", LARGO_MAXIMO.nombre),
  herramienta: z.enum(HERRAMIENTAS, { error: `La herramienta es ${HERRAMIENTAS.join(" o ")}.` }),
  periodicidad: z.enum(PERIODICIDADES, { error: `La periodicidad es una de ${PERIODICIDADES.join(", ")}.` }),
  alcance: z.enum(ALCANCES, { error: `El alcance es ${ALCANCES.join(" o ")}.` }),
  obligados: z.enum(OBLIGADOS, { error: `Los obligados son ${OBLIGADOS.join(", ")}.` }),
  diasOportunidad: z
    .number({ error: "Escriba los días de oportunidad como un número." })
    .int("Los días de oportunidad son un número entero.")
    .min(0, "Los días de oportunidad no pueden ser negativos.")
    .max(DIAS_OPORTUNIDAD_MAXIMOS, `Escriba a lo sumo ${DIAS_OPORTUNIDAD_MAXIMOS} días de oportunidad.`),
  observacion: texto("la observación (qué evidencia se espera)", LARGO_MAXIMO.texto),
  responsables: z
    .array(responsable, { error: "Escriba los responsables como una lista." })
    .min(1, "Agregue al menos un responsable.")
    .max(MAXIMO_RESPONSABLES, `Registre a lo sumo ${MAXIMO_RESPONSABLES} responsables.`),
  ...partesDelFormulario,
});

/** The settings the combination rules read, out of a seguimiento that may carry anything else. */
const combinable = z.object(
  camposDelSeguimiento.pick({
    clave: true,
    periodicidad: true,
    alcance: true,
    obligados: true,
    responsables: true,
  }).shape,
);

/**
 * The checks between a seguimiento's parts: its form's references, its settings, its responsables.
 * They run on whatever parsed, so that one invalid part does not hide the others' problems.
 */
export function comprobarSeguimiento(s: unknown, ctx: z.RefinementCtx) {
  const ajustes = combinable.safeParse(comoObjeto(s));
  const problemas = [
    ...problemasDelFormulario(s),
    ...(ajustes.success ? problemasDeCombinacion(ajustes.data) : []),
  ];
  for (const p of problemas) ctx.addIssue({ code: "custom", path: p.ruta, message: p.mensaje });
}

export const seguimientoDelPlanSchema = camposDelSeguimiento.superRefine(comprobarSeguimiento, SIEMPRE);

const accion = z.strictObject({
  texto: texto("el texto de la acción", LARGO_MAXIMO.texto),
  resultadoEsperado: texto("el resultado esperado", LARGO_MAXIMO.texto),
  seguimientos: lista(seguimientoDelPlanSchema, "seguimientos de la acción", LIMITES_DEL_PLAN.seguimientos),
});

const lineamiento = z.strictObject({
  texto: texto("el texto del lineamiento", LARGO_MAXIMO.texto),
  acciones: lista(accion, "acciones del lineamiento", LIMITES_DEL_PLAN.acciones),
});

const tema = z.strictObject({
  codigo: texto("el código del tema", LARGO_MAXIMO.codigo).regex(
    /^\d+(\.\d+)*$/,
    "Escriba el código con números separados por puntos, por ejemplo 2.1.4.3.",
  ),
  nombre: texto("el nombre del tema", LARGO_MAXIMO.nombre),
  lineamientos: lista(lineamiento, "lineamientos del tema", LIMITES_DEL_PLAN.lineamientos),
});

const planSinComprobar = z.strictObject({
  vigencia: z
    .number({ error: "Escriba el año de la vigencia como un número, por ejemplo 2027." })
    .int("El año de la vigencia es un número entero.")
    .min(ANIO_MINIMO, `El año de la vigencia no puede ser anterior a ${ANIO_MINIMO}.`)
    .max(2100, "El año de la vigencia no puede ser posterior a 2100."),
  nombre: texto("el nombre de la vigencia", LARGO_MAXIMO.nombreVigencia),
  temas: lista(tema, "temas", LIMITES_DEL_PLAN.temas),
});

/**
 * A plan file: the vigencia, its name and its whole plan. Tema codes and seguimiento keys are unique
 * in it (checked on whatever parsed, so that they show with the other problems).
 */
export const planArchivoSchema = planSinComprobar.superRefine((plan, ctx) => {
  const codigos = new Map<string, number>();
  const claves = new Map<string, string>();
  let total = 0;
  comoLista(comoObjeto(plan).temas).forEach((t, iTema) => {
    const codigo = comoObjeto(t).codigo;
    if (typeof codigo === "string" && codigos.has(codigo)) {
      ctx.addIssue({
        code: "custom",
        path: ["temas", iTema, "codigo"],
        message: `El código «${codigo}» ya es el del tema ${codigos.get(codigo)! + 1}.`,
      });
    }
    if (typeof codigo === "string") codigos.set(codigo, iTema);
    comoLista(comoObjeto(t).lineamientos).forEach((l, iLin) =>
      comoLista(comoObjeto(l).acciones).forEach((a, iAcc) =>
        comoLista(comoObjeto(a).seguimientos).forEach((s, iSeg) => {
          total += 1;
          const clave = comoObjeto(s).clave;
          if (typeof clave !== "string") return;
          const ruta = ["temas", iTema, "lineamientos", iLin, "acciones", iAcc, "seguimientos", iSeg];
          const otra = claves.get(clave);
          if (otra) {
            ctx.addIssue({
              code: "custom",
              path: [...ruta, "clave"],
              message: `La clave «${clave}» ya es la de otro seguimiento (${otra}).`,
            });
          }
          claves.set(clave, rutaLegible(ruta));
        }),
      ),
    );
  });
  if (total > LIMITES_DEL_PLAN.seguimientosEnTotal) {
    ctx.addIssue({
      code: "custom",
      path: ["temas"],
      message: `El plan tiene ${total} seguimientos; admite a lo sumo ${LIMITES_DEL_PLAN.seguimientosEnTotal}.`,
    });
  }
}, SIEMPRE);

export type PlanArchivo = z.infer<typeof planArchivoSchema>;
export type TemaDelPlan = PlanArchivo["temas"][number];
export type LineamientoDelPlan = TemaDelPlan["lineamientos"][number];
export type AccionDelPlan = LineamientoDelPlan["acciones"][number];
export type SeguimientoDelPlan = z.infer<typeof seguimientoDelPlanSchema>;

/** `temas[0].lineamientos[1].acciones[0].seguimientos[2].campos[3].tipo`: where a problem is. */
export function rutaLegible(ruta: readonly PropertyKey[]): string {
  return ruta
    .map((parte, i) => (typeof parte === "number" ? `[${parte}]` : `${i === 0 ? "" : "."}${String(parte)}`))
    .join("");
}
