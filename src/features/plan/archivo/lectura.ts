import { es } from "zod/v4/locales";
import { LIMITES_DEL_PLAN, planArchivoSchema, rutaLegible, type PlanArchivo } from "./esquema";

// Reading a plan file: its size, its JSON and its schema, each problem with where it is.

export interface ProblemaDelPlan {
  /** Where in the file, e.g. `temas[4].lineamientos[0].acciones[0].seguimientos[0].campos[2].tipo`. */
  ruta: string;
  mensaje: string;
}

export type LecturaDelPlan = { ok: true; plan: PlanArchivo } | { ok: false; problemas: ProblemaDelPlan[] };

/** Problems listed at most: a hostile file with thousands of them says how many more there are. */
const PROBLEMAS_MOSTRADOS = 200;

const RAIZ = "(archivo)";

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("es-CO", { maximumFractionDigits: 1 })} MB`;
}

/** Line and column of a position in the text, for a JSON syntax error. */
function lineaYColumna(texto: string, posicion: number): string {
  const antes = texto.slice(0, posicion).split("\n");
  return `línea ${antes.length}, columna ${antes.at(-1)!.length + 1}`;
}

function json(texto: string): { ok: true; valor: unknown } | { ok: false; mensaje: string } {
  try {
    return { ok: true, valor: JSON.parse(texto) };
  } catch (error) {
    // The parser says where (a position) or what it saw there (an excerpt), depending on the error.
    const mensaje = (error as Error).message;
    const posicion = /position (\d+)/.exec(mensaje)?.[1];
    const extracto = /^Unexpected token .*?, (.*) is not valid JSON$/s.exec(mensaje)?.[1];
    const donde =
      posicion !== undefined
        ? ` (${lineaYColumna(texto, Number(posicion))})`
        : extracto
          ? ` cerca de ${extracto.replace(/\s+/g, " ")}`
          : "";
    return { ok: false, mensaje: `El archivo no es JSON válido${donde}: revise comas, comillas y llaves.` };
  }
}

/** Why a file of `bytes` is not read, or null when its size is acceptable. */
export function problemaDeTamano(bytes: number): ProblemaDelPlan | null {
  if (bytes <= LIMITES_DEL_PLAN.bytes) return null;
  return {
    ruta: RAIZ,
    mensaje: `El archivo pesa ${megabytes(bytes)}; un plan admite a lo sumo ${megabytes(LIMITES_DEL_PLAN.bytes)}.`,
  };
}

/**
 * The plan a file holds, or every problem it has, each with its path in the file. A file over the
 * size limit is refused before it is parsed.
 */
export function leerPlanArchivo(contenido: string | Uint8Array): LecturaDelPlan {
  const grande = problemaDeTamano(
    typeof contenido === "string" ? Buffer.byteLength(contenido) : contenido.byteLength,
  );
  if (grande) return { ok: false, problemas: [grande] };
  const texto = typeof contenido === "string" ? contenido : new TextDecoder().decode(contenido);
  const leido = json(texto.replace(/^\uFEFF/, ""));
  if (!leido.ok) return { ok: false, problemas: [{ ruta: RAIZ, mensaje: leido.mensaje }] };
  const resultado = planArchivoSchema.safeParse(leido.valor, { error: es().localeError });
  if (resultado.success) return { ok: true, plan: resultado.data };
  const problemas = resultado.error.issues.map((issue) => ({
    ruta: issue.path.length === 0 ? RAIZ : rutaLegible(issue.path),
    mensaje: issue.message,
  }));
  if (problemas.length <= PROBLEMAS_MOSTRADOS) return { ok: false, problemas };
  return {
    ok: false,
    problemas: [
      ...problemas.slice(0, PROBLEMAS_MOSTRADOS),
      { ruta: RAIZ, mensaje: `… y ${problemas.length - PROBLEMAS_MOSTRADOS} problemas más.` },
    ],
  };
}

/** A plan as a file: JSON with two-space indentation, keys in the format's order. */
export function planComoTexto(plan: PlanArchivo): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
