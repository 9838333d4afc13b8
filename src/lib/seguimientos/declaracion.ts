import { z } from "zod";
import { MONTO_MAXIMO } from "../dinero";

// What a seguimiento declares about its reports: the fields of its form, the rules between them
// and the indicators its figures produce. Stored with the seguimiento in its vigencia and read by
// the form, the validation, the storage of values, the report's page and PDF, the dashboards and
// the informes, which know nothing else about a seguimiento (docs/decisions/0028).
// Pure and without transforms, so that the same schema runs in the browser, on the server and in
// the plan file's JSON Schema (docs/plan.schema.json).

/** How many of each a declaration may hold: generous for a real plan, a wall against a hostile file. */
export const LIMITES_DECLARACION = {
  campos: 60,
  reglas: 40,
  indicadores: 20,
  opciones: 100,
  camposPorSuma: 20,
  etiqueta: 200,
  ayuda: 500,
  mensaje: 600,
  texto: 10_000,
  conteo: 2_000_000_000,
} as const;

/** The kinds of field a form can hold, and what an administrator reads for each. */
export const TIPOS_DE_CAMPO = {
  pesos: "Pesos (COP)",
  cantidad: "Cantidad",
  porcentaje: "Porcentaje",
  fecha: "Fecha",
  texto: "Texto",
  siNo: "Sí / No",
  opcion: "Opción de una lista",
  documento: "Documento PDF",
} as const;

export type TipoDeCampo = keyof typeof TIPOS_DE_CAMPO;

/** The kinds whose values add up: the only ones a rule or an indicator may name. */
export const TIPOS_NUMERICOS = ["pesos", "cantidad", "porcentaje"] as const satisfies TipoDeCampo[];
export type TipoNumerico = (typeof TIPOS_NUMERICOS)[number];

export function esNumerico(tipo: TipoDeCampo): tipo is TipoNumerico {
  return (TIPOS_NUMERICOS as readonly string[]).includes(tipo);
}

const claveDeCampo = z
  .string({ error: "Escriba la clave del campo." })
  .regex(
    /^[a-z][a-zA-Z0-9]{0,39}$/,
    "La clave empieza con una letra minúscula y sigue con letras y números, sin espacios ni tildes " +
      "(hasta 40 caracteres), por ejemplo «carteraInicial».",
  );

function textoDeclarado(que: string, maximo: number) {
  return z
    .string({ error: `Escriba ${que}.` })
    .trim()
    .min(1, `Escriba ${que}.`)
    .max(maximo, `${que[0]!.toUpperCase()}${que.slice(1)} no puede superar ${maximo} caracteres.`);
}

const comunDeCampo = {
  clave: claveDeCampo,
  etiqueta: textoDeclarado("la etiqueta del campo", LIMITES_DECLARACION.etiqueta),
  ayuda: z.string().trim().max(LIMITES_DECLARACION.ayuda).optional(),
  obligatorio: z.boolean({ error: "Indique si el campo es obligatorio para enviar." }),
};

const maximoEntero = (tope: number) =>
  z
    .number()
    .int("El máximo es un número entero.")
    .positive("El máximo debe ser mayor que cero.")
    .max(tope, `El máximo no puede superar ${tope.toLocaleString("es-CO")}.`)
    .optional();

export const campoSchema = z.discriminatedUnion(
  "tipo",
  [
    z.strictObject({ ...comunDeCampo, tipo: z.literal("pesos"), maximo: maximoEntero(Number(MONTO_MAXIMO)) }),
    z.strictObject({
      ...comunDeCampo,
      tipo: z.literal("cantidad"),
      maximo: maximoEntero(LIMITES_DECLARACION.conteo),
    }),
    z.strictObject({
      ...comunDeCampo,
      tipo: z.literal("porcentaje"),
      /** 100 unless the figure may exceed the whole (a growth, an execution over budget). */
      maximo: maximoEntero(100_000),
    }),
    z.strictObject({
      ...comunDeCampo,
      tipo: z.literal("fecha"),
      /** The date must fall inside the period reported, and never in the future. */
      dentroDelPeriodo: z.boolean().optional(),
    }),
    z.strictObject({
      ...comunDeCampo,
      tipo: z.literal("texto"),
      largo: z.enum(["corto", "largo"], { error: "El largo de un texto es «corto» o «largo»." }),
      maximo: maximoEntero(LIMITES_DECLARACION.texto),
      /** Characters required on submission, e.g. an analysis of at least 20. */
      minimo: z.number().int().min(1).max(LIMITES_DECLARACION.texto).optional(),
    }),
    z.strictObject({ ...comunDeCampo, tipo: z.literal("siNo") }),
    z.strictObject({
      ...comunDeCampo,
      tipo: z.literal("opcion"),
      opciones: z
        .array(textoDeclarado("la opción", LIMITES_DECLARACION.etiqueta))
        .min(2, "Una lista de opciones necesita al menos dos.")
        .max(
          LIMITES_DECLARACION.opciones,
          `Una lista admite a lo sumo ${LIMITES_DECLARACION.opciones} opciones.`,
        ),
    }),
    z.strictObject({ ...comunDeCampo, tipo: z.literal("documento") }),
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union"
        ? `Tipo de campo desconocido: use uno de ${Object.keys(TIPOS_DE_CAMPO).join(", ")}.`
        : undefined,
  },
);

export type Campo = z.infer<typeof campoSchema>;

const listaDeClaves = (que: string) =>
  z
    .array(claveDeCampo, { error: `Indique ${que}: una lista de claves de campos.` })
    .min(1, `Indique al menos un campo en ${que}.`)
    .max(
      LIMITES_DECLARACION.camposPorSuma,
      `Una suma admite a lo sumo ${LIMITES_DECLARACION.camposPorSuma} campos.`,
    );

/**
 * A rule between sums of fields (decision 0018): the sum of `campos` compared with the sum of
 * `limite`. Judged on submission when every field it names is typed; `justificable` lets the
 * report go with a written justification the reviewer reads, instead of refusing it. The message
 * may say `{diferencia}`: by how much the figures break it.
 */
export const TIPOS_DE_REGLA = {
  sumaMenorOIgual: "no supera",
  sumaMayorOIgual: "no es menor que",
  sumaIgual: "es igual a",
} as const;

export const reglaSchema = z.strictObject({
  tipo: z.enum(Object.keys(TIPOS_DE_REGLA) as [keyof typeof TIPOS_DE_REGLA], {
    error: `Tipo de regla desconocido: use ${Object.keys(TIPOS_DE_REGLA).join(", ")}.`,
  }),
  campos: listaDeClaves("los campos de la regla"),
  limite: z.union([claveDeCampo, listaDeClaves("el límite de la regla")], {
    error: "Indique el límite de la regla: la clave de un campo o una lista de claves.",
  }),
  mensaje: textoDeclarado("el mensaje de la regla", LIMITES_DECLARACION.mensaje),
  justificable: z.boolean({ error: "Indique si la regla se puede enviar con una justificación." }),
});

export type Regla = z.infer<typeof reglaSchema>;

export const FORMATOS = { porcentaje: "Porcentaje", pesos: "Pesos (COP)", cantidad: "Cantidad" } as const;
export type Formato = keyof typeof FORMATOS;

/**
 * The semáforo of an indicator: green from `verde`, amber from `amarillo`, red below (or the other
 * way round when lower is better); compared with the value, or with value / meta when the
 * indicator compares with metas.
 */
const semaforoSchema = z
  .strictObject({
    verde: z.number({ error: "Escriba el umbral verde." }).nonnegative(),
    amarillo: z.number({ error: "Escriba el umbral amarillo." }).nonnegative(),
    sentido: z.enum(["mayor", "menor"]).optional(),
  })
  .refine((s) => (s.sentido === "menor" ? s.verde <= s.amarillo : s.verde >= s.amarillo), {
    message: "El umbral verde debe ser mejor que el amarillo (mayor, o menor si «sentido» es «menor»).",
  });

const comunDeIndicador = {
  clave: claveDeCampo,
  nombre: textoDeclarado("el nombre del indicador", LIMITES_DECLARACION.etiqueta),
  descripcion: z.string().trim().max(LIMITES_DECLARACION.ayuda).optional(),
  semaforo: semaforoSchema.optional(),
};

/**
 * The indicators a seguimiento's figures produce, from approved reports (or, on request, sent
 * ones): a ratio of sums (weighted: a regional's ratio is not the mean of its centros'), a sum, a
 * sum against the metas registered per period and regional, and the coverage of the obligation.
 */
export const indicadorSchema = z.discriminatedUnion(
  "tipo",
  [
    z.strictObject({
      ...comunDeIndicador,
      tipo: z.literal("razon"),
      numerador: listaDeClaves("el numerador"),
      denominador: listaDeClaves("el denominador"),
      formato: z.literal("porcentaje", { error: "Una razón se muestra como porcentaje." }),
      meta: z.number().nonnegative().optional(),
    }),
    z.strictObject({
      ...comunDeIndicador,
      tipo: z.literal("suma"),
      campos: listaDeClaves("los campos que se suman"),
      formato: z.enum(["pesos", "cantidad"], { error: "Una suma se muestra en pesos o como cantidad." }),
      meta: z.number().nonnegative().optional(),
    }),
    z.strictObject({
      ...comunDeIndicador,
      tipo: z.literal("sumaContraMeta"),
      campos: listaDeClaves("los campos que se comparan con la meta"),
      formato: z.literal("pesos", { error: "Una suma contra las metas se muestra en pesos." }),
    }),
    z.strictObject({
      ...comunDeIndicador,
      tipo: z.literal("cobertura"),
      formato: z.literal("porcentaje", { error: "La cobertura se muestra como porcentaje." }),
      meta: z.number().nonnegative().max(1).optional(),
    }),
  ],
  {
    error: (issue) =>
      issue.code === "invalid_union"
        ? "Tipo de indicador desconocido: use razon, suma, sumaContraMeta o cobertura."
        : undefined,
  },
);

export type Indicador = z.infer<typeof indicadorSchema>;

/** The parts of a declared form, as object keys: a plan file's seguimiento carries them too. */
export const partesDelFormulario = {
  campos: z
    .array(campoSchema)
    .max(LIMITES_DECLARACION.campos, `Un formulario admite a lo sumo ${LIMITES_DECLARACION.campos} campos.`),
  reglas: z
    .array(reglaSchema)
    .max(LIMITES_DECLARACION.reglas, `Un formulario admite a lo sumo ${LIMITES_DECLARACION.reglas} reglas.`)
    .optional(),
  indicadores: z
    .array(indicadorSchema)
    .max(
      LIMITES_DECLARACION.indicadores,
      `Un seguimiento admite a lo sumo ${LIMITES_DECLARACION.indicadores} indicadores.`,
    )
    .optional(),
  /**
   * Amounts the responsable may also give per regional (optional as a whole; once included, every
   * regional is required and each column adds up to its field's total).
   */
  desglosePorRegional: z.strictObject({ campos: listaDeClaves("el desglose por regional") }).optional(),
  /** Fields listed report by report in the dashboard (e.g. each centro's acta). */
  tablaDeReportes: z.strictObject({ campos: listaDeClaves("la tabla de reportes") }).optional(),
};

const formularioSinComprobar = z.strictObject(partesDelFormulario);

type Ruta = (string | number)[];
export type Problema = { ruta: Ruta; mensaje: string };

// The checks between the parts of a declaration read what was given even where a part is invalid
// (an unknown kind, a missing label), so that a file's author sees every problem at once.
export const comoLista = (valor: unknown): unknown[] => (Array.isArray(valor) ? valor : []);
export const comoObjeto = (valor: unknown): Record<string, unknown> =>
  valor !== null && typeof valor === "object" && !Array.isArray(valor)
    ? (valor as Record<string, unknown>)
    : {};
const texto = (valor: unknown): string | undefined => (typeof valor === "string" ? valor : undefined);
const claves = (valor: unknown): string[] =>
  typeof valor === "string" ? [valor] : comoLista(valor).filter((c): c is string => typeof c === "string");

interface CampoDeclarado {
  clave: string;
  etiqueta: string;
  /** Undefined when the declared kind is not one the application knows. */
  tipo: TipoDeCampo | undefined;
}

function esTipoDeCampo(valor: unknown): valor is TipoDeCampo {
  return typeof valor === "string" && Object.hasOwn(TIPOS_DE_CAMPO, valor);
}

/** The problems between the parts of a declaration: repeated keys and references that do not fit. */
export function problemasDelFormulario(f: unknown): Problema[] {
  const formulario = comoObjeto(f);
  const problemas: Problema[] = [];
  const porClave = new Map<string, CampoDeclarado>();
  comoLista(formulario.campos).forEach((c, i) => {
    const campo = comoObjeto(c);
    const clave = texto(campo.clave);
    if (clave === undefined) return;
    if (porClave.has(clave)) {
      problemas.push({ ruta: ["campos", i, "clave"], mensaje: `La clave «${clave}» está repetida.` });
    }
    porClave.set(clave, {
      clave,
      etiqueta: texto(campo.etiqueta) ?? clave,
      tipo: esTipoDeCampo(campo.tipo) ? campo.tipo : undefined,
    });
  });

  /**
   * Every key must name a field, numeric ones where figures are added up: a single key is reported
   * at its property, a list's keys at their place in it.
   */
  const referencias = (ruta: Ruta, valor: unknown, numericas: boolean): TipoDeCampo[] =>
    claves(valor).flatMap((clave, i) => {
      const campo = porClave.get(clave);
      const donde = typeof valor === "string" ? ruta : [...ruta, i];
      if (!campo) {
        problemas.push({ ruta: donde, mensaje: `No hay ningún campo con la clave «${clave}».` });
        return [];
      }
      if (!campo.tipo) return [];
      if (numericas && !esNumerico(campo.tipo)) {
        problemas.push({
          ruta: donde,
          mensaje: `«${campo.etiqueta}» es de tipo ${TIPOS_DE_CAMPO[campo.tipo].toLowerCase()}: solo se suman pesos, cantidades o porcentajes.`,
        });
        return [];
      }
      return [campo.tipo];
    });
  const deUnSoloTipo = (ruta: Ruta, tipos: TipoDeCampo[], que: string) => {
    const distintos = [...new Set(tipos)];
    if (distintos.length > 1) {
      problemas.push({ ruta, mensaje: `${que} mezcla campos de tipos distintos (${distintos.join(", ")}).` });
    }
  };

  comoLista(formulario.reglas).forEach((r, i) => {
    const regla = comoObjeto(r);
    const tipos = [
      ...referencias(["reglas", i, "campos"], regla.campos, true),
      ...referencias(["reglas", i, "limite"], regla.limite, true),
    ];
    deUnSoloTipo(["reglas", i], tipos, "La regla");
  });

  const clavesDeIndicador = new Set<string>();
  comoLista(formulario.indicadores).forEach((x, i) => {
    const indicador = comoObjeto(x);
    const ruta = ["indicadores", i];
    const clave = texto(indicador.clave);
    if (clave !== undefined && clavesDeIndicador.has(clave)) {
      problemas.push({
        ruta: [...ruta, "clave"],
        mensaje: `La clave «${clave}» está repetida entre los indicadores.`,
      });
    }
    if (clave !== undefined) clavesDeIndicador.add(clave);
    if (indicador.tipo === "razon") {
      const tipos = [
        ...referencias([...ruta, "numerador"], indicador.numerador, true),
        ...referencias([...ruta, "denominador"], indicador.denominador, true),
      ];
      deUnSoloTipo(ruta, tipos, "La razón");
    }
    if (indicador.tipo === "suma" || indicador.tipo === "sumaContraMeta") {
      const tipos = referencias([...ruta, "campos"], indicador.campos, true);
      deUnSoloTipo(ruta, tipos, "La suma");
      const esperado = indicador.formato === "pesos" ? "pesos" : "cantidad";
      if (tipos.length > 0 && tipos.some((t) => t !== esperado)) {
        problemas.push({
          ruta: [...ruta, "formato"],
          mensaje: `El formato «${String(indicador.formato)}» no corresponde a campos de tipo ${tipos[0]}.`,
        });
      }
    }
  });

  const desglose = comoObjeto(formulario.desglosePorRegional);
  if (formulario.desglosePorRegional !== undefined) {
    const tipos = referencias(["desglosePorRegional", "campos"], desglose.campos, true);
    if (tipos.some((t) => t !== "pesos")) {
      problemas.push({
        ruta: ["desglosePorRegional"],
        mensaje: "El desglose por regional solo admite campos en pesos.",
      });
    }
  }
  if (formulario.tablaDeReportes !== undefined) {
    referencias(["tablaDeReportes", "campos"], comoObjeto(formulario.tablaDeReportes).campos, false);
  }
  return problemas;
}

/** Runs the checks between a declaration's parts even when one of the parts is invalid. */
export const SIEMPRE = { when: () => true } as const;

export const formularioSchema = formularioSinComprobar.superRefine((f, ctx) => {
  for (const p of problemasDelFormulario(f))
    ctx.addIssue({ code: "custom", path: p.ruta, message: p.mensaje });
});

/** A seguimiento's declared form: fields, rules, indicators. */
export type Formulario = z.infer<typeof formularioSchema>;

export function campoPorClave(formulario: Formulario, clave: string): Campo | undefined {
  return formulario.campos.find((c) => c.clave === clave);
}

/**
 * A form as stored (JSON from the database), checked again on the way out: what was written was
 * valid, and a row edited by hand must fail loudly rather than drive a form or a dashboard.
 */
export function leerFormulario(json: unknown): Formulario {
  const resultado = formularioSchema.safeParse(json);
  if (!resultado.success) {
    throw new Error(
      `Formulario guardado no válido: ${resultado.error.issues.map((i) => i.message).join("; ")}`,
    );
  }
  return resultado.data;
}
