// The seguimiento settings the rest of the application can handle (docs/decisions/0010). Pure: the
// same schema applies them in the browser and on the server.

import type { Alcance, Periodicidad, Rol, TipoReporte } from "@/generated/prisma/enums";
import { NOMBRE_ROL, NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";

interface Combinacion {
  periodicidad: Periodicidad;
  alcance: Alcance;
  /** Why, in words an administrator understands: which form or dashboard relies on it. */
  porque: string;
}

/**
 * What each report kind needs: its form, the metas and the dashboards are built for exactly this
 * periodicity and scope.
 */
export const COMBINACION_DEL_TIPO: Record<TipoReporte, Combinacion> = {
  RECAUDO: {
    periodicidad: "SEMESTRAL",
    alcance: "NACIONAL",
    porque:
      "lo presenta el coordinador para todo el país y se compara con la meta de recaudo de cada semestre",
  },
  COMITE_PRECIOS: {
    periodicidad: "ANUAL",
    alcance: "POR_CENTRO",
    porque:
      "cada centro presenta el acta de su comité una vez por vigencia y el tablero cuenta un acta por centro",
  },
  TRAZABILIDAD_VENTAS: {
    periodicidad: "TRIMESTRAL",
    alcance: "POR_CENTRO",
    porque: "el tablero de trazabilidad (DEF) muestra cada centro trimestre por trimestre",
  },
  EJECUCION_RECURSOS: {
    periodicidad: "ANUAL",
    alcance: "POR_CENTRO",
    porque: "cada centro informa una vez por vigencia lo solicitado, asignado y ejecutado en el año",
  },
};

const PERIODICIDAD_EN_FRASE: Record<Periodicidad, string> = {
  TRIMESTRAL: "trimestral",
  SEMESTRAL: "semestral",
  ANUAL: "anual",
};

const ALCANCE_EN_FRASE: Record<Alcance, string> = {
  NACIONAL: "nacional",
  POR_CENTRO: "por centro de formación",
};

/** "Informe de recaudo: semestral y nacional, porque lo presenta…" */
export function explicarCombinacion(tipo: TipoReporte): string {
  const c = COMBINACION_DEL_TIPO[tipo];
  return (
    `${NOMBRE_TIPO_REPORTE[tipo]}: ${PERIODICIDAD_EN_FRASE[c.periodicidad]} y ` +
    `${ALCANCE_EN_FRASE[c.alcance]}, porque ${c.porque}.`
  );
}

/** Who files the reports of a scope (the same rule as `src/server/autorizacion.ts`). */
export const ROL_QUE_PRESENTA: Record<Alcance, Rol> = { NACIONAL: "COORDINADOR", POR_CENTRO: "SUBDIRECTOR" };

export interface SeguimientoCombinable {
  tipoReporte: TipoReporte;
  periodicidad: Periodicidad;
  alcance: Alcance;
  soloCentrosConAprovechamiento: boolean;
  responsables: readonly { rol: Rol }[];
}

export type CampoCombinado = "periodicidad" | "alcance" | "soloCentrosConAprovechamiento" | "responsables";

/** Each field of the seguimiento that does not fit the rest, with the reason; empty when it fits. */
export function problemasDeCombinacion(s: SeguimientoCombinable): Partial<Record<CampoCombinado, string>> {
  const problemas: Partial<Record<CampoCombinado, string>> = {};
  const esperada = COMBINACION_DEL_TIPO[s.tipoReporte];
  const tipo = NOMBRE_TIPO_REPORTE[s.tipoReporte];
  if (s.periodicidad !== esperada.periodicidad) {
    problemas.periodicidad = `${tipo} solo puede ser ${PERIODICIDAD_EN_FRASE[esperada.periodicidad]}: ${esperada.porque}.`;
  }
  if (s.alcance !== esperada.alcance) {
    problemas.alcance = `${tipo} solo puede ser ${ALCANCE_EN_FRASE[esperada.alcance]}: ${esperada.porque}.`;
  }
  if (s.alcance === "NACIONAL" && s.soloCentrosConAprovechamiento) {
    problemas.soloCentrosConAprovechamiento =
      "Solo aplica a seguimientos por centro: un reporte nacional no depende de los centros.";
  }
  const quienPresenta = ROL_QUE_PRESENTA[s.alcance];
  if (!s.responsables.some((r) => r.rol === quienPresenta)) {
    problemas.responsables =
      s.alcance === "NACIONAL"
        ? `Los reportes nacionales los presenta el coordinador: incluya un responsable con el rol «${NOMBRE_ROL.COORDINADOR}».`
        : `Los reportes por centro los presenta el subdirector de cada centro: incluya un responsable con el rol «${NOMBRE_ROL.SUBDIRECTOR}».`;
  }
  return problemas;
}

/** The first and last vigencia that can be created: far enough back for history, not absurdly ahead. */
export const ANIO_MINIMO = 2000;
export const ANIOS_HACIA_ADELANTE = 5;

export function anioMaximo(anioActual: number): number {
  return anioActual + ANIOS_HACIA_ADELANTE;
}

export function nombrePorOmision(anio: number): string {
  return `Plan de Acción ${anio}`;
}

export const DIAS_OPORTUNIDAD_MAXIMOS = 365;

/** What is wrong with the typed deadline days (whole days after the period closes), or null. */
export function problemaDeDias(texto: string): string | null {
  if (texto === "") return "Escriba los días de oportunidad.";
  if (!/^\d+$/.test(texto)) return "Escriba un número entero de días, sin signos ni decimales.";
  if (Number(texto) > DIAS_OPORTUNIDAD_MAXIMOS) {
    return `Escriba a lo sumo ${DIAS_OPORTUNIDAD_MAXIMOS} días: el plazo se cuenta desde el cierre de cada periodo.`;
  }
  return null;
}

export interface ReportesBajo {
  /** Seguimientos with at least one report (drafts included). */
  seguimientos: number;
  reportes: number;
}

function reportes(n: number): string {
  return n === 1 ? "1 reporte" : `${n.toLocaleString("es-CO")} reportes`;
}

/** Why a node whose seguimientos have reports cannot be deleted. */
export function mensajeNoEliminable(queCosa: string, bajo: ReportesBajo, esSeguimiento = false): string {
  const cuantos = esSeguimiento
    ? `ya tiene ${reportes(bajo.reportes)}`
    : bajo.seguimientos === 1
      ? `uno de sus seguimientos ya tiene ${reportes(bajo.reportes)}`
      : `${bajo.seguimientos} de sus seguimientos ya tienen reportes (${reportes(bajo.reportes)} en total)`;
  return (
    `No se puede eliminar ${queCosa}: ${cuantos}, contando borradores, y esos reportes quedarían sin ` +
    "el plan que les da sentido. Sus textos sí se pueden corregir."
  );
}
