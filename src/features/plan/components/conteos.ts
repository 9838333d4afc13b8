import { TipoReporte } from "@/generated/prisma/enums";
import type {
  AccionEditable,
  LineamientoEditable,
  PlanEditable,
  SeguimientoEditable,
  TemaEditable,
} from "../queries";
import { declaracionDelTipo } from "../declaraciones-2020";
import { leerFormulario } from "@/lib/seguimientos/declaracion";
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
  const esSeguimiento = "clave" in nodo;
  const bajo = reportesBajo(esSeguimiento ? [nodo] : seguimientosDe(nodo));
  return bajo.reportes > 0 ? mensajeNoEliminable(queCosa, bajo, esSeguimiento) : null;
}

export function clavesEnUso(plan: PlanEditable): string[] {
  return plan.temas.flatMap((t) => seguimientosDe(t).map((s) => s.clave));
}

export function plural(n: number, singular: string, varios: string): string {
  return `${n} ${n === 1 ? singular : varios}`;
}

export function valoresDeSeguimiento(vigenciaId: number, s: SeguimientoEditable): EditarSeguimiento {
  return {
    vigenciaId,
    seguimientoId: s.id,
    version: s.version,
    clave: s.clave,
    nombre: s.nombre,
    herramienta: s.herramienta,
    periodicidad: s.periodicidad,
    alcance: s.alcance,
    obligados: s.obligados,
    diasOportunidad: String(s.diasOportunidad),
    observacion: s.observacion,
    responsables: s.responsables.map((r) => ({ cargo: r.cargo, rol: r.rol })),
    ...leerFormulario(s.formulario),
  };
}

/** The fields a new seguimiento takes from the form of a kind: its key, name, centros and form. */
export function plantillaDelTipo(tipo: TipoReporte) {
  const { periodicidad, alcance } = COMBINACION_DEL_TIPO[tipo];
  return { ...declaracionDelTipo(tipo), periodicidad, alcance };
}

/** A new seguimiento starts with the first form the vigencia does not use yet, if any. */
export function seguimientoNuevo(
  vigenciaId: number,
  accionId: number,
  enUso: string[],
): CrearSeguimiento | null {
  const tipo = Object.values(TipoReporte).find((t) => !enUso.includes(declaracionDelTipo(t).clave));
  if (!tipo) return null;
  const plantilla = plantillaDelTipo(tipo);
  const rol = ROL_QUE_PRESENTA[plantilla.alcance];
  return {
    vigenciaId,
    accionId,
    herramienta: "INFORME",
    diasOportunidad: "30",
    observacion: "",
    responsables: [{ cargo: NOMBRE_ROL[rol], rol }],
    ...plantilla,
  };
}
