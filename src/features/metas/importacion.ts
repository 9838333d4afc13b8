import { formatearCop } from "@/lib/dinero";
import { normalizarColumna, type FilaCsv } from "@/lib/csv";
import type { AccionDeFila, ErrorDeFila } from "@/lib/importacion";
import {
  ambitoDeRegional,
  leerMeta,
  mensajeDeSumaExcesiva,
  MENSAJE_DE_MONTO,
  sumarMetas,
  sumaExcedeElMaximo,
} from "@/lib/metas";
import { buscadorDeRegionales, type RegionalConocida } from "@/lib/regionales";

/**
 * The metas import, as pure logic: a file of (vigencia, semestre, regional, meta) rows — the same
 * columns the metas download has, so a downloaded file comes back unchanged — checked row by row and
 * planned against the stored metas. The national meta follows the rule of the form: with regional
 * metas it is their sum.
 */

/** Accepted header names for each column, as `normalizarColumna` leaves them. */
const COLUMNAS = {
  vigencia: ["vigencia", "anio", "ano"],
  semestre: ["semestre", "periodo"],
  regional: ["regional"],
  meta: ["meta", "meta_cop", "monto"],
} as const;
type Columna = keyof typeof COLUMNAS;

export const COLUMNAS_DE_METAS = Object.keys(COLUMNAS) as Columna[];

/** The national meta in the file: "Nacional" (or "nación", "total") in the regional column. */
const NACIONAL = new Set(["nacional", "nacion", "total", "total_nacional"]);

export interface VigenciaConocida {
  id: number;
  anio: number;
}

/** A stored meta: its row and amount. */
export interface MetaGuardada {
  id: number;
  vigenciaId: number;
  periodo: string;
  regionalId: number | null;
  ambito: string;
  monto: bigint;
}

export interface ContextoDeMetas {
  /** Every vigencia, by year. */
  vigencias: ReadonlyMap<number, VigenciaConocida>;
  regionales: readonly RegionalConocida[];
  /** The stored metas of the vigencias the file names, by `clave(vigenciaId, periodo, ambito)`. */
  guardadas: ReadonlyMap<string, MetaGuardada>;
}

export function claveDeMeta(vigenciaId: number, periodo: string, ambito: string): string {
  return `${vigenciaId}|${periodo}|${ambito}`;
}

export interface MetaPlaneada {
  linea: number;
  accion: AccionDeFila;
  vigenciaId: number;
  anio: number;
  periodo: string;
  /** Null for the national meta. */
  regionalId: number | null;
  regional: string;
  antes: bigint | null;
  /** Null: the row leaves the regional without a meta. */
  despues: bigint | null;
}

/** A semester whose national meta changes: set by the file or, with regional metas, their sum. */
export interface NacionalResultante {
  vigenciaId: number;
  anio: number;
  periodo: string;
  antes: bigint | null;
  despues: bigint | null;
  calculada: boolean;
}

export type PlanDeMetas =
  | { ok: true; filas: MetaPlaneada[]; errores: ErrorDeFila[]; nacionales: NacionalResultante[] }
  | { ok: false; error: string };

/** "2026-S1", "S1", "1", "Semestre 1" or "semestre 1 de 2026", for the row's vigencia. */
export function leerSemestre(texto: string, anio: number): string | null {
  const normal = normalizarColumna(texto);
  const completo = /^(\d{4})_s([12])$/.exec(normal);
  const conNombre = /^semestre_([12])(?:_de_(\d{4}))?$/.exec(normal);
  const corto = /^s?([12])$/.exec(normal);
  let semestre: string | undefined;
  let deAnio = anio;
  if (completo) {
    deAnio = Number(completo[1]);
    semestre = completo[2];
  } else if (conNombre) {
    semestre = conNombre[1];
    if (conNombre[2]) deAnio = Number(conNombre[2]);
  } else if (corto) {
    semestre = corto[1];
  }
  return semestre && deAnio === anio ? `${anio}-S${semestre}` : null;
}

function columnaPresente(columnas: readonly string[], columna: Columna): string | undefined {
  return COLUMNAS[columna].find((nombre) => columnas.includes(nombre));
}

const nombreDelSemestre = (periodo: string) => `semestre ${periodo.slice(-1)} de ${periodo.slice(0, 4)}`;

function accionDe(antes: bigint | null, despues: bigint | null): AccionDeFila {
  if (antes === despues) return "SIN_CAMBIOS";
  return antes === null ? "CREAR" : "ACTUALIZAR";
}

interface FilaLeida {
  linea: number;
  vigencia: VigenciaConocida;
  periodo: string;
  regional: RegionalConocida | null;
  monto: bigint | null;
}

/** One row's own checks: the row, or every problem with it. */
function leerFila(
  fila: FilaCsv,
  columnas: Record<Columna, string>,
  contexto: ContextoDeMetas,
  buscar: (valor: string) => RegionalConocida | null,
): { fila: FilaLeida } | { problemas: string[] } {
  const celda = (c: Columna) => (fila.valores[columnas[c]] ?? "").trim();
  const problemas: string[] = [];
  const anioTexto = celda("vigencia");
  const vigencia = /^\d{4}$/.test(anioTexto) ? contexto.vigencias.get(Number(anioTexto)) : undefined;
  if (anioTexto === "") problemas.push("Escriba el año de la vigencia.");
  else if (!vigencia) {
    problemas.push(
      /^\d{4}$/.test(anioTexto)
        ? `La vigencia ${anioTexto} no existe: créela en el plan de acción primero.`
        : `«${anioTexto}» no es el año de una vigencia.`,
    );
  }
  const semestreTexto = celda("semestre");
  const periodo = vigencia ? leerSemestre(semestreTexto, vigencia.anio) : null;
  if (semestreTexto === "") problemas.push("Escriba el semestre: 1 o 2.");
  else if (vigencia && !periodo) {
    problemas.push(
      `«${semestreTexto}» no es un semestre de ${vigencia.anio}: escriba 1, 2 o ${vigencia.anio}-S1.`,
    );
  }
  const regionalTexto = celda("regional");
  const nacional = NACIONAL.has(normalizarColumna(regionalTexto));
  const regional = nacional || regionalTexto === "" ? null : buscar(regionalTexto);
  if (regionalTexto === "") problemas.push("Escriba la regional (código o nombre) o «Nacional».");
  else if (!nacional && !regional) {
    problemas.push(`«${regionalTexto}» no es el código ni el nombre de ninguna regional registrada.`);
  }
  const meta = leerMeta(celda("meta"));
  if (!meta.ok) problemas.push(`Meta «${celda("meta")}»: ${MENSAJE_DE_MONTO[meta.error]}`);
  if (problemas.length > 0 || !vigencia || !periodo || !meta.ok) return { problemas };
  return { fila: { linea: fila.linea, vigencia, periodo, regional, monto: meta.monto } };
}

/**
 * Every row of the file checked and planned: what each would set, the national metas that change
 * with them, and every problem with its line. A whole-file problem (a missing column) is `ok: false`.
 */
export function planificarMetas(
  tabla: { columnas: string[]; filas: FilaCsv[] },
  contexto: ContextoDeMetas,
): PlanDeMetas {
  const presentes = Object.fromEntries(COLUMNAS_DE_METAS.map((c) => [c, columnaPresente(tabla.columnas, c)]));
  const faltan = COLUMNAS_DE_METAS.filter((c) => !presentes[c]);
  if (faltan.length > 0) {
    return {
      ok: false,
      error: `Faltan columnas en el encabezado: ${faltan.join(", ")}. Columnas esperadas: vigencia, semestre, regional y meta.`,
    };
  }
  const columnas = presentes as Record<Columna, string>;
  const buscar = buscadorDeRegionales(contexto.regionales);
  const errores: ErrorDeFila[] = [];
  const leidas: FilaLeida[] = [];
  const lineaDeClave = new Map<string, number>();
  for (const fila of tabla.filas) {
    const lectura = leerFila(fila, columnas, contexto, buscar);
    if ("problemas" in lectura) {
      errores.push({ linea: fila.linea, mensajes: lectura.problemas });
      continue;
    }
    const { vigencia, periodo, regional } = lectura.fila;
    const clave = claveDeMeta(vigencia.id, periodo, ambitoDeRegional(regional?.id ?? null));
    const anterior = lineaDeClave.get(clave);
    if (anterior !== undefined) {
      const deQuien = regional ? `de ${regional.nombre}` : "nacional";
      errores.push({
        linea: fila.linea,
        mensajes: [
          `La meta ${deQuien} del ${nombreDelSemestre(periodo)} ya aparece en la línea ${anterior}.`,
        ],
      });
      continue;
    }
    lineaDeClave.set(clave, fila.linea);
    leidas.push(lectura.fila);
  }
  const { nacionales, erroresNacionales, finalNacional } = nacionalesResultantes(leidas, contexto);
  errores.push(...erroresNacionales);
  const filas = leidas.map((f): MetaPlaneada => {
    const ambito = ambitoDeRegional(f.regional?.id ?? null);
    const clave = claveDeMeta(f.vigencia.id, f.periodo, ambito);
    const antes = contexto.guardadas.get(clave)?.monto ?? null;
    const despues = f.regional
      ? f.monto
      : (finalNacional.get(claveDeMeta(f.vigencia.id, f.periodo, ambito)) ?? null);
    return {
      linea: f.linea,
      accion: accionDe(antes, despues),
      vigenciaId: f.vigencia.id,
      anio: f.vigencia.anio,
      periodo: f.periodo,
      regionalId: f.regional?.id ?? null,
      regional: f.regional?.nombre ?? "Nacional",
      antes,
      despues,
    };
  });
  errores.sort((a, b) => a.linea - b.linea);
  return { ok: true, filas, errores, nacionales };
}

/**
 * For each semester the file touches, its national meta afterwards: the sum of its regional metas
 * (stored ones, with the file's on top) when it has any — a national row must then match it — or
 * else the file's national row, or what was stored.
 */
function nacionalesResultantes(leidas: readonly FilaLeida[], contexto: ContextoDeMetas) {
  const semestres = new Map<string, { vigencia: VigenciaConocida; periodo: string }>();
  for (const f of leidas)
    semestres.set(`${f.vigencia.id}|${f.periodo}`, { vigencia: f.vigencia, periodo: f.periodo });
  const nacionales: NacionalResultante[] = [];
  const erroresNacionales: ErrorDeFila[] = [];
  const finalNacional = new Map<string, bigint | null>();
  for (const { vigencia, periodo } of semestres.values()) {
    const regionales = new Map<number, bigint | null>();
    for (const g of contexto.guardadas.values()) {
      if (g.vigenciaId === vigencia.id && g.periodo === periodo && g.regionalId !== null) {
        regionales.set(g.regionalId, g.monto);
      }
    }
    const habiaRegionales = regionales.size > 0;
    const delSemestre = leidas.filter((f) => f.vigencia.id === vigencia.id && f.periodo === periodo);
    for (const f of delSemestre) if (f.regional) regionales.set(f.regional.id, f.monto);
    const filaNacional = delSemestre.find((f) => f.regional === null);
    const conRegionales = [...regionales.values()].some((m) => m !== null);
    const suma = sumarMetas([...regionales.values()]);
    const claveNacional = claveDeMeta(vigencia.id, periodo, ambitoDeRegional(null));
    const antes = contexto.guardadas.get(claveNacional)?.monto ?? null;
    let despues: bigint | null;
    if (conRegionales) {
      despues = suma;
      if (sumaExcedeElMaximo(suma)) {
        // Said on the national row when the file has one, else on the semester's first regional row.
        const linea = (filaNacional ?? delSemestre[0]!).linea;
        erroresNacionales.push({
          linea,
          mensajes: [`Meta nacional del ${nombreDelSemestre(periodo)}: ${mensajeDeSumaExcesiva(suma)}`],
        });
      } else if (filaNacional && filaNacional.monto !== null && filaNacional.monto !== suma) {
        erroresNacionales.push({
          linea: filaNacional.linea,
          mensajes: [
            `Con metas regionales, la meta nacional del ${nombreDelSemestre(periodo)} es su suma: ${formatearCop(suma)}. El archivo dice ${formatearCop(filaNacional.monto)}; corríjala o deje la celda vacía.`,
          ],
        });
      }
    } else if (filaNacional) {
      despues = filaNacional.monto;
    } else {
      // A national meta that was the sum of regional metas the file removed goes with them.
      despues = habiaRegionales ? null : antes;
    }
    finalNacional.set(claveNacional, despues);
    if (antes !== despues) {
      nacionales.push({
        vigenciaId: vigencia.id,
        anio: vigencia.anio,
        periodo,
        antes,
        despues,
        calculada: conRegionales,
      });
    }
  }
  return { nacionales, erroresNacionales, finalNacional };
}
