import type { EstadoReporte } from "@/generated/prisma/enums";

export type Transicion = "ENVIAR" | "APROBAR" | "DEVOLVER" | "REABRIR";

/**
 * BORRADOR → ENVIADO → APROBADO, or ENVIADO → DEVUELTO → ENVIADO again. An admin may reopen an
 * approved report: it goes back to DEVUELTO, with the reason as the comment its author reads.
 */
const TRANSICIONES: Record<Transicion, { desde: readonly EstadoReporte[]; hacia: EstadoReporte }> = {
  ENVIAR: { desde: ["BORRADOR", "DEVUELTO"], hacia: "ENVIADO" },
  APROBAR: { desde: ["ENVIADO"], hacia: "APROBADO" },
  DEVOLVER: { desde: ["ENVIADO"], hacia: "DEVUELTO" },
  REABRIR: { desde: ["APROBADO"], hacia: "DEVUELTO" },
};

/** The state after the transition, or null when the transition is not allowed from `actual`. */
export function siguienteEstado(actual: EstadoReporte, transicion: Transicion): EstadoReporte | null {
  const regla = TRANSICIONES[transicion];
  return regla.desde.includes(actual) ? regla.hacia : null;
}

/** Data can be edited only while the report is with its author. */
export function esEditable(estado: EstadoReporte): boolean {
  return estado === "BORRADOR" || estado === "DEVUELTO";
}
