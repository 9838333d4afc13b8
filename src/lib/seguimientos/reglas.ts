import { formatearCop } from "../dinero";
import type { Formulario, Regla } from "./declaracion";

// The rules between a report's figures, as its seguimiento declares them (decision 0018). One
// definition: the schema applies them on submission (browser and server alike), the form shows them
// while the user types, and the report's page and PDF list the ones the figures break.

export interface Incumplimiento {
  /** The field the message goes next to: the first one the rule adds up. */
  campo: string;
  /** The report may be submitted with a written justification the reviewer reads. */
  justificable: boolean;
  mensaje: string;
}

export const JUSTIFICACION_MINIMA = 20;
export const JUSTIFICACION_MAXIMA = 2_000;

export const MENSAJE_FALTA_JUSTIFICACION =
  `Escriba la justificación de las cifras (al menos ${JUSTIFICACION_MINIMA} caracteres): ` +
  "quien revisa el reporte la leerá.";

type Cifras = Record<string, unknown>;

function comoEntero(valor: unknown): bigint | null {
  if (typeof valor === "bigint") return valor;
  if (typeof valor === "number" && Number.isInteger(valor)) return BigInt(valor);
  return null;
}

/** The sum of the fields, or null while any of them is not typed: a rule is judged whole. */
function suma(cifras: Cifras, claves: readonly string[]): bigint | null {
  let total = 0n;
  for (const clave of claves) {
    const valor = comoEntero(cifras[clave]);
    if (valor === null) return null;
    total += valor;
  }
  return total;
}

const entero = new Intl.NumberFormat("es-CO");

/** How a difference reads in the message: in pesos, as a count, or in per cent (hundredths). */
function formatearDiferencia(formulario: Formulario, regla: Regla, diferencia: bigint): string {
  const tipo = formulario.campos.find((c) => c.clave === regla.campos[0])?.tipo;
  if (tipo === "pesos") return formatearCop(diferencia);
  if (tipo === "porcentaje") return `${(Number(diferencia) / 100).toLocaleString("es-CO")} %`;
  return entero.format(diferencia);
}

/** By how much the figures break the rule, or null when they keep it. */
function exceso(regla: Regla, izquierda: bigint, derecha: bigint): bigint | null {
  switch (regla.tipo) {
    case "sumaMenorOIgual":
      return izquierda > derecha ? izquierda - derecha : null;
    case "sumaMayorOIgual":
      return izquierda < derecha ? derecha - izquierda : null;
    case "sumaIgual":
      return izquierda === derecha ? null : izquierda > derecha ? izquierda - derecha : derecha - izquierda;
  }
}

/** The rules the figures break; a rule with a field not typed yet is not judged. */
export function incumplimientos(formulario: Formulario, cifras: Cifras): Incumplimiento[] {
  return (formulario.reglas ?? []).flatMap((regla) => {
    const izquierda = suma(cifras, regla.campos);
    const derecha = suma(cifras, typeof regla.limite === "string" ? [regla.limite] : regla.limite);
    if (izquierda === null || derecha === null) return [];
    const diferencia = exceso(regla, izquierda, derecha);
    if (diferencia === null) return [];
    return [
      {
        campo: regla.campos[0]!,
        justificable: regla.justificable,
        mensaje: regla.mensaje.replaceAll("{diferencia}", formatearDiferencia(formulario, regla, diferencia)),
      },
    ];
  });
}

/** Whether the form asks for a justification at all: it has a rule that admits one. */
export function admiteJustificacion(formulario: Formulario): boolean {
  return (formulario.reglas ?? []).some((r) => r.justificable);
}
