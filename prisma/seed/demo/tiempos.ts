// Dates and states of the demo reports: submissions on time or late, returns, resubmissions and
// reviews, all before the cutoff.

import { type Prisma } from "@/generated/prisma/client";
import { type Periodo } from "@/lib/periodos";
import { Aleatorio } from "../aleatorio";
import { despuesDelCierre, sumarHoras } from "../periodos";
import {
  CentroBD,
  Contexto,
  CORTE_DEMO,
  EstadoOFaltante,
  HORA_MS,
  Marcas,
  Pesos,
  SeguimientoDemo,
} from "./tipos";

export interface Tiempos {
  createdAt: Date;
  updatedAt: Date;
  enviadoEn: Date | null;
  primerEnvioEn: Date | null;
  revisadoEn: Date | null;
  version: number;
}

/** Margin (days) left before the cutoff for a resubmission and a review. */
export const MARGEN_DIAS = 21;

/** Instant of the first submission: within the deadline or some days after it. */
export function primerEnvio(rng: Aleatorio, periodo: Periodo, diasOportunidad: number, tarde: boolean): Date {
  const hora = rng.entero(7, 17);
  const minuto = rng.entero(0, 59);
  if (!tarde) {
    // Between the day after the close and the second-to-last day of the deadline.
    return despuesDelCierre(periodo, rng.entero(1, Math.max(1, diasOportunidad - 1)), hora, minuto);
  }
  const cierre = despuesDelCierre(periodo, 0, 0, 0);
  const diasHastaCorte = Math.floor((CORTE_DEMO.getTime() - cierre.getTime()) / (24 * HORA_MS));
  const maximo = Math.max(diasOportunidad + 2, Math.min(diasOportunidad + 40, diasHastaCorte - MARGEN_DIAS));
  return despuesDelCierre(periodo, rng.entero(diasOportunidad + 2, maximo), hora, minuto);
}

export function tiemposDesde(rng: Aleatorio, primero: Date, marcas: Marcas): Tiempos {
  const createdAt = sumarHoras(primero, -rng.entero(2, 96));
  let enviadoEn = primero;
  let version = 2;
  if (marcas.reenviado) {
    const devuelto = sumarHoras(primero, rng.entero(24, 120));
    enviadoEn = sumarHoras(devuelto, rng.entero(20, 168));
    version = 4;
  }
  let revisadoEn: Date | null = null;
  if (marcas.estado === "APROBADO" || marcas.estado === "DEVUELTO") {
    revisadoEn = sumarHoras(enviadoEn, rng.entero(20, 200));
    version += 1;
  }
  return {
    createdAt,
    updatedAt: revisadoEn ?? enviadoEn,
    enviadoEn,
    primerEnvioEn: primero,
    revisadoEn,
    version,
  };
}

export function tiemposBorrador(rng: Aleatorio, inicio: Date): Tiempos {
  const createdAt = sumarHoras(inicio, rng.entero(0, 72));
  const editado = rng.probabilidad(0.5);
  return {
    createdAt,
    updatedAt: editado ? sumarHoras(createdAt, rng.entero(1, 96)) : createdAt,
    enviadoEn: null,
    primerEnvioEn: null,
    revisadoEn: null,
    version: editado ? 2 : 1,
  };
}

export function marcasAleatorias(rng: Aleatorio, pesos: Pesos): Marcas | undefined {
  const estado = rng.ponderado<EstadoOFaltante>(pesos);
  if (estado === "FALTANTE") return undefined;
  return {
    estado,
    tarde: estado !== "BORRADOR" && rng.probabilidad(0.25),
    reenviado: (estado === "APROBADO" || estado === "ENVIADO") && rng.probabilidad(0.12),
  };
}

export function reporteBase(
  seguimiento: SeguimientoDemo,
  periodo: string,
  centroId: number | null,
  creadoPorId: number,
  revisorId: number,
  marcas: Marcas,
  tiempos: Tiempos,
  comentario: string | null,
): Prisma.ReporteCreateManyInput {
  const enviado = marcas.estado !== "BORRADOR";
  const revisado = marcas.estado === "APROBADO" || marcas.estado === "DEVUELTO";
  return {
    seguimientoId: seguimiento.id,
    vigenciaId: seguimiento.vigenciaId,
    tipo: seguimiento.tipo,
    periodo,
    centroId,
    ambito: centroId === null ? "NACIONAL" : String(centroId),
    estado: marcas.estado,
    version: tiempos.version,
    creadoPorId,
    enviadoPorId: enviado ? creadoPorId : null,
    enviadoEn: tiempos.enviadoEn,
    primerEnvioEn: tiempos.primerEnvioEn,
    revisadoPorId: revisado ? revisorId : null,
    revisadoEn: tiempos.revisadoEn,
    comentarioRevision: marcas.estado === "DEVUELTO" ? comentario : null,
    createdAt: tiempos.createdAt,
    updatedAt: tiempos.updatedAt,
  };
}

/**
 * Author of a centro's reports: its subdirector if it has a user; the demo centros without a
 * registered subdirector (almost all of them) are put under the demo administrator's name, so as not
 * to create one user per centro.
 */
export function autorDelCentro(centro: CentroBD, ctx: Contexto): number {
  return ctx.subdirectorPorCentro.get(centro.id) ?? ctx.adminId;
}
