import type { TipoReporte } from "@/generated/prisma/enums";
import type {
  AccionEditable,
  LineamientoEditable,
  PlanEditable,
  SeguimientoEditable,
  TemaEditable,
} from "../queries";
import { COMBINACION_DEL_TIPO, mensajeNoEliminable, ROL_QUE_PRESENTA, type ReportesBajo } from "../reglas";
import type { CrearSeguimiento, EditarSeguimiento } from "../schemas";
import { NOMBRE_ROL } from "@/lib/etiquetas";

export function seguimientosDe(
  nodo: TemaEditable | LineamientoEditable | AccionEditable,
): SeguimientoEditable[] {
  if ("seguimientos" in nodo) return nodo.seguimientos;
  if ("acciones" in nodo) return nodo.acciones.flatMap((a) => a.seguimientos);
  return nodo.lineamientos.flatMap((l) => l.acciones.flatMap((a) => a.seguimientos));
}

function reportesBajo(seguimientos: SeguimientoEditable[]): ReportesBajo {
  const conReportes = seguimientos.filter((s) => s._count.reportes > 0);
  return {
    seguimientos: conReportes.length,
    reportes: conReportes.reduce((n, s) => n + s._count.reportes, 0),
  };
}

/** The same refusal the server gives, shown before anyone tries; null when the node may go. */
export function bloqueoDeEliminacion(
  queCosa: string,
  nodo: TemaEditable | LineamientoEditable | AccionEditable | SeguimientoEditable,
): string | null {
  const esSeguimiento = "tipoReporte" in nodo;
  const bajo = reportesBajo(esSeguimiento ? [nodo] : seguimientosDe(nodo));
  return bajo.reportes > 0 ? mensajeNoEliminable(queCosa, bajo, esSeguimiento) : null;
}

export function tiposEnUso(plan: PlanEditable): TipoReporte[] {
  return plan.temas.flatMap((t) => seguimientosDe(t).map((s) => s.tipoReporte));
}

export function plural(n: number, singular: string, varios: string): string {
  return `${n} ${n === 1 ? singular : varios}`;
}

export function valoresDeSeguimiento(vigenciaId: number, s: SeguimientoEditable): EditarSeguimiento {
  return {
    vigenciaId,
    seguimientoId: s.id,
    version: s.version,
    herramienta: s.herramienta,
    tipoReporte: s.tipoReporte,
    periodicidad: s.periodicidad,
    alcance: s.alcance,
    diasOportunidad: String(s.diasOportunidad),
    observacion: s.observacion,
    soloCentrosConAprovechamiento: s.soloCentrosConAprovechamiento,
    responsables: s.responsables.map((r) => ({ cargo: r.cargo, rol: r.rol })),
  };
}

/** A new seguimiento starts as the first report kind the vigencia does not use yet, if any. */
export function seguimientoNuevo(
  vigenciaId: number,
  accionId: number,
  enUso: TipoReporte[],
): CrearSeguimiento | null {
  const tipo = (Object.keys(COMBINACION_DEL_TIPO) as TipoReporte[]).find((t) => !enUso.includes(t));
  if (!tipo) return null;
  const { periodicidad, alcance } = COMBINACION_DEL_TIPO[tipo];
  const rol = ROL_QUE_PRESENTA[alcance];
  return {
    vigenciaId,
    accionId,
    herramienta: "INFORME",
    tipoReporte: tipo,
    periodicidad,
    alcance,
    diasOportunidad: "30",
    observacion: "",
    soloCentrosConAprovechamiento: false,
    responsables: [{ cargo: NOMBRE_ROL[rol], rol }],
  };
}
