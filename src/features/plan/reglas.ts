// The seguimiento settings the rest of the application can handle (docs/decisions/0010). Pure: the
// same schema applies them in the browser and on the server.

import type { Alcance, Obligados, Periodicidad, Rol, TipoReporte } from "@/generated/prisma/enums";
import { NOMBRE_ROL, NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import { tipoReporteDeClave } from "./declaraciones-2020";

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
  MENSUAL: "mensual",
  BIMESTRAL: "bimestral",
  TRIMESTRAL: "trimestral",
  CUATRIMESTRAL: "cuatrimestral",
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

export type Problema = { ruta: (string | number)[]; mensaje: string };

export interface SeguimientoCombinable {
  clave: string;
  periodicidad: Periodicidad;
  alcance: Alcance;
  obligados: Obligados;
  responsables: readonly { cargo: string; rol: Rol }[];
}

/**
 * Each setting of the seguimiento that does not fit the rest, with the reason; empty when it
 * fits. A seguimiento whose reports keep their detail in a kind's tables keeps that kind's
 * periodicity and scope, which its dashboard is built for.
 */
export function problemasDeCombinacion(s: SeguimientoCombinable): Problema[] {
  const problemas: Problema[] = [];
  const tipo = tipoReporteDeClave(s.clave);
  if (tipo) {
    const esperada = COMBINACION_DEL_TIPO[tipo];
    const nombre = NOMBRE_TIPO_REPORTE[tipo];
    if (s.periodicidad !== esperada.periodicidad) {
      problemas.push({
        ruta: ["periodicidad"],
        mensaje: `${nombre} solo puede ser ${PERIODICIDAD_EN_FRASE[esperada.periodicidad]}: ${esperada.porque}.`,
      });
    }
    if (s.alcance !== esperada.alcance) {
      problemas.push({
        ruta: ["alcance"],
        mensaje: `${nombre} solo puede ser ${ALCANCE_EN_FRASE[esperada.alcance]}: ${esperada.porque}.`,
      });
    }
  }
  if (s.alcance === "NACIONAL" && s.obligados !== "TODOS") {
    problemas.push({
      ruta: ["obligados"],
      mensaje: "Solo aplica a seguimientos por centro: un reporte nacional no depende de los centros.",
    });
  }
  problemas.push(...problemasDeResponsables(s));
  return problemas;
}

/** Whoever files the reports of the seguimiento's scope must be among its responsables. */
function problemasDeResponsables(s: SeguimientoCombinable): Problema[] {
  const problemas: Problema[] = [];
  const vistos = new Set<string>();
  s.responsables.forEach((r, i) => {
    const clave = r.cargo.toLocaleLowerCase("es-CO");
    if (vistos.has(clave)) {
      problemas.push({ ruta: ["responsables", i, "cargo"], mensaje: "Este cargo ya está en la lista." });
    }
    vistos.add(clave);
  });
  const quienPresenta = ROL_QUE_PRESENTA[s.alcance];
  if (s.responsables.some((r) => r.rol === quienPresenta)) return problemas;
  return [
    ...problemas,
    {
      ruta: ["responsables"],
      mensaje:
        s.alcance === "NACIONAL"
          ? `Los reportes nacionales los presenta el coordinador: incluya un responsable con el rol «${NOMBRE_ROL.COORDINADOR}».`
          : `Los reportes por centro los presenta el subdirector de cada centro: incluya un responsable con el rol «${NOMBRE_ROL.SUBDIRECTOR}».`,
    },
  ];
}

export const LARGO_MAXIMO = {
  codigo: 20,
  nombre: 300,
  texto: 2000,
  cargo: 200,
  nombreVigencia: 120,
} as const;

export const MAXIMO_RESPONSABLES = 10;

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
