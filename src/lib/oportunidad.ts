import type { EstadoReporte } from "@/generated/prisma/enums";
import { diasEntre, fechaEnBogota, type FechaCalendario } from "./fechas";

/** An expected report that does not exist yet is PENDIENTE: derived, never stored. */
export type EstadoObligacion = EstadoReporte | "PENDIENTE";

export function estadoObligacion(reporte: { estado: EstadoReporte } | null): EstadoObligacion {
  return reporte?.estado ?? "PENDIENTE";
}

export type Oportunidad =
  /** Not submitted yet and the deadline has not passed (0 = today is the last day). */
  | { tipo: "EN_PLAZO"; diasRestantes: number }
  /** Not submitted and the deadline has passed. */
  | { tipo: "VENCIDO"; diasAtraso: number }
  | { tipo: "ENVIADO_A_TIEMPO" }
  | { tipo: "ENVIADO_TARDE"; diasAtraso: number };

/**
 * Timeliness of an obligation. A report counts as submitted at its first submission, so a report
 * returned for corrections and resubmitted keeps the punctuality of its first delivery.
 */
export function calcularOportunidad(params: {
  fechaLimite: FechaCalendario;
  primerEnvioEn: Date | null;
  hoy: FechaCalendario;
}): Oportunidad {
  const { fechaLimite, primerEnvioEn, hoy } = params;
  if (primerEnvioEn) {
    const atraso = diasEntre(fechaLimite, fechaEnBogota(primerEnvioEn));
    return atraso > 0 ? { tipo: "ENVIADO_TARDE", diasAtraso: atraso } : { tipo: "ENVIADO_A_TIEMPO" };
  }
  const restantes = diasEntre(hoy, fechaLimite);
  return restantes >= 0
    ? { tipo: "EN_PLAZO", diasRestantes: restantes }
    : { tipo: "VENCIDO", diasAtraso: -restantes };
}
