import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TipoReporte } from "@/generated/prisma/enums";
import { describirOportunidad, NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import type { TablaExportable } from "@/features/tableros/tipos";
import {
  desdeColumnaDate,
  diasEntre,
  fechaEnBogota,
  formatearFecha,
  formatearFechaHora,
  type FechaCalendario,
} from "@/lib/fechas";
import { calcularOportunidad, type Oportunidad } from "@/lib/oportunidad";
import { fechaLimite, parsePeriodo, type Periodo } from "@/lib/periodos";
import { alcancesQueRevisa, autorizar, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import type { FiltrosCola } from "./schemas";
import { paginar } from "@/lib/paginas";
import { CENTRO, columna, PERIODO, REGIONAL, REPORTE } from "@/features/tableros/columnas";

export const POR_PAGINA = 50;

/** Submitted reports this user reviews, within the chosen vigencia. */
function pendientesDe(actor: Actor, filtros: FiltrosCola): Prisma.ReporteWhereInput {
  return {
    estado: "ENVIADO",
    seguimiento: { alcance: { in: alcancesQueRevisa(actor) } },
    ...(filtros.vigencia ? { vigencia: { anio: filtros.vigencia } } : {}),
  };
}

function filtrados(actor: Actor, filtros: FiltrosCola): Prisma.ReporteWhereInput {
  return {
    ...pendientesDe(actor, filtros),
    ...(filtros.periodo ? { periodo: filtros.periodo } : {}),
    ...(filtros.regional ? { centro: { regionalId: filtros.regional } } : {}),
  };
}

const FILA = {
  id: true,
  tipo: true,
  periodo: true,
  enviadoEn: true,
  primerEnvioEn: true,
  centro: { select: { nombre: true, regional: { select: { nombre: true } } } },
  seguimiento: { select: { diasOportunidad: true } },
  justificacion: true,
  plazos: {
    where: { tipo: "REVISION", cerradoEn: null },
    orderBy: { id: "desc" },
    take: 1,
    select: { venceEl: true },
  },
} as const satisfies Prisma.ReporteSelect;

type FilaLeida = Prisma.ReporteGetPayload<{ select: typeof FILA }>;

export interface FilaCola {
  id: number;
  tipo: TipoReporte;
  periodo: Periodo;
  centro: string | null;
  regional: string | null;
  enviadoEn: Date | null;
  oportunidad: Oportunidad;
  /** Whole days since the last submission, in Bogotá. */
  diasEsperando: number;
  /** The reviewers' deadline, judged like any deadline. */
  revision: { venceEl: FechaCalendario; oportunidad: Oportunidad } | null;
  /** The author justified figures that break a rule of decision 0018: the reviewer must read it. */
  justificada: boolean;
}

/** Timeliness is judged on the first submission, as everywhere else in the app. */
function aFila(r: FilaLeida, hoy: string): FilaCola {
  const plazo = r.plazos[0] ? desdeColumnaDate(r.plazos[0].venceEl) : null;
  const periodo = parsePeriodo(r.periodo);
  if (!periodo) throw new Error(`Periodo inválido guardado: ${r.periodo}`);
  const oportunidad = calcularOportunidad({
    fechaLimite: fechaLimite(periodo, r.seguimiento.diasOportunidad),
    primerEnvioEn: r.primerEnvioEn ?? r.enviadoEn,
    hoy,
  });
  return {
    id: r.id,
    tipo: r.tipo,
    periodo,
    centro: r.centro?.nombre ?? null,
    regional: r.centro?.regional.nombre ?? null,
    enviadoEn: r.enviadoEn,
    oportunidad,
    diasEsperando: r.enviadoEn ? diasEntre(fechaEnBogota(r.enviadoEn), hoy) : 0,
    revision: plazo
      ? { venceEl: plazo, oportunidad: calcularOportunidad({ fechaLimite: plazo, primerEnvioEn: null, hoy }) }
      : null,
    justificada: Boolean(r.justificacion),
  };
}

/** Later years first; inside a year, in the order the periods close. */
function compararPeriodos(a: Periodo, b: Periodo): number {
  return b.anio - a.anio || a.fin.localeCompare(b.fin) || b.inicio.localeCompare(a.inicio);
}

/** The periods with pending reports, plus the one chosen so the form keeps showing it. */
async function periodosPendientes(where: Prisma.ReporteWhereInput, elegido?: string): Promise<Periodo[]> {
  const grupos = await db().reporte.groupBy({ by: ["periodo"], where });
  const codigos = new Set(grupos.map((g) => g.periodo));
  if (elegido) codigos.add(elegido);
  return [...codigos]
    .map(parsePeriodo)
    .filter((p): p is Periodo => p !== null)
    .sort(compararPeriodos);
}

async function conteoPorTipo(where: Prisma.ReporteWhereInput) {
  const grupos = await db().reporte.groupBy({
    by: ["tipo"],
    where,
    _count: { _all: true },
    orderBy: { tipo: "asc" },
  });
  return grupos.map((g) => ({ tipo: g.tipo, cantidad: g._count._all }));
}

/**
 * The review queue: submitted reports waiting for this user, the longest-waiting first, one page
 * at a time. Counts per kind ignore the kind filter so the user sees where the work is; the kinds
 * and periods offered as filters are those with pending reports, plus the ones chosen.
 */
export async function colaDeRevision(actor: Actor, filtros: FiltrosCola, hoy = fechaEnBogota(new Date())) {
  autorizar(actor, { accion: "ver-cola-revision" });
  const deCualquierTipo = filtrados(actor, filtros);
  const [porTipo, periodos] = await Promise.all([
    conteoPorTipo(deCualquierTipo),
    periodosPendientes(pendientesDe(actor, filtros), filtros.periodo),
  ]);
  const total = porTipo
    .filter((c) => !filtros.tipo || c.tipo === filtros.tipo)
    .reduce((suma, c) => suma + c.cantidad, 0);
  const { pagina, paginas, skip, take } = paginar(total, filtros.pagina, POR_PAGINA);
  const filas = await filasDeLaCola(actor, filtros, hoy, { skip, take });
  const tipos = [...new Set([...porTipo.map((c) => c.tipo), ...(filtros.tipo ? [filtros.tipo] : [])])];
  return { filas, total, pagina, paginas, porTipo, periodos, tipos };
}

/** The queue's rows with the filters, the longest-waiting first: one page, or all of them. */
async function filasDeLaCola(
  actor: Actor,
  filtros: FiltrosCola,
  hoy: string,
  pagina: { skip: number; take: number } | null,
): Promise<FilaCola[]> {
  const filas = await db().reporte.findMany({
    where: { ...filtrados(actor, filtros), ...(filtros.tipo ? { tipo: filtros.tipo } : {}) },
    select: FILA,
    orderBy: [{ enviadoEn: "asc" }, { id: "asc" }],
    ...(pagina ?? {}),
  });
  return filas.map((r) => aFila(r, hoy));
}

/** The whole queue with its filters (every page) as a table to download. */
export async function tablaDeLaCola(
  actor: Actor,
  filtros: FiltrosCola,
  hoy = fechaEnBogota(new Date()),
): Promise<TablaExportable> {
  autorizar(actor, { accion: "ver-cola-revision" });
  const filas = await filasDeLaCola(actor, filtros, hoy, null);
  return {
    nombre: "cola-de-revision",
    titulo: "Cola de revisión",
    columnas: [
      REPORTE,
      PERIODO,
      CENTRO,
      REGIONAL,
      columna("enviado", "Enviado"),
      columna("oportunidad", "Oportunidad del envío"),
      columna("diasEsperando", "Días esperando revisión", "entero"),
      columna("plazo", "Plazo de la revisión"),
      columna("justificada", "Cifras con justificación"),
      columna("enlace", "Enlace"),
    ],
    filas: filas.map((f) => ({
      reporte: NOMBRE_TIPO_REPORTE[f.tipo],
      periodo: f.periodo.etiqueta,
      centro: f.centro ?? "Nivel nacional",
      regional: f.regional,
      enviado: f.enviadoEn ? formatearFechaHora(f.enviadoEn) : null,
      oportunidad: describirOportunidad(f.oportunidad).texto,
      diasEsperando: f.diasEsperando,
      plazo: f.revision
        ? `${formatearFecha(f.revision.venceEl)} (${describirOportunidad(f.revision.oportunidad).texto})`
        : null,
      justificada: f.justificada ? "Sí" : "No",
      enlace: `/reportes/${f.id}`,
    })),
  };
}

/**
 * What the filter form offers besides periods and kinds: every vigencia, and the regionales only to
 * whoever reviews centros' reports (national ones belong to no regional).
 */
export async function opcionesDeFiltro(actor: Actor) {
  const revisaCentros = alcancesQueRevisa(actor).includes("POR_CENTRO");
  const [vigencias, regionales] = await Promise.all([
    db().vigencia.findMany({ orderBy: { anio: "desc" }, select: { anio: true } }),
    revisaCentros
      ? db().regional.findMany({ orderBy: { nombre: "asc" }, select: { id: true, nombre: true } })
      : [],
  ]);
  return { vigencias, regionales };
}
