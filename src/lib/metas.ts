import { formatearCop, MONTO_MAXIMO, parseCop } from "./dinero";
import { AMBITO_NACIONAL } from "./obligaciones";

export type ErrorDeMonto = "FORMATO" | "NEGATIVO" | "DECIMAL" | "DEMASIADO_GRANDE";

export const MENSAJE_DE_MONTO: Record<ErrorDeMonto, string> = {
  FORMATO: "Escriba la meta en pesos, solo con números y puntos de miles, por ejemplo 1.234.567.",
  NEGATIVO: "La meta no puede ser negativa.",
  DECIMAL: "La meta va en pesos enteros, sin centavos ni decimales.",
  DEMASIADO_GRANDE: `La meta no puede superar ${formatearCop(MONTO_MAXIMO)}: revise cuántos dígitos escribió.`,
};

export type LecturaDeMeta = { ok: true; monto: bigint | null } | { ok: false; error: ErrorDeMonto };

// A comma, or a dot followed by one or two digits at the end, is a decimal part in es-CO.
const PARTE_DECIMAL = /,\d*$|\.\d{1,2}$/;
const MILES_BIEN_AGRUPADOS = /^\d{1,3}(\.\d{3})*$|^\d+$/;

/** Reads a goal typed as es-CO text; empty means "sin meta". */
export function leerMeta(texto: string): LecturaDeMeta {
  const limpio = texto.trim();
  if (limpio === "") return { ok: true, monto: null };
  const monto = parseCop(limpio);
  if (monto !== null && monto < 0n) return { ok: false, error: "NEGATIVO" };
  if (PARTE_DECIMAL.test(limpio)) return { ok: false, error: "DECIMAL" };
  const digitos = limpio.replace(/^\$/, "").replace(/[\s\u00a0]/g, "");
  if (monto === null || !MILES_BIEN_AGRUPADOS.test(digitos)) return { ok: false, error: "FORMATO" };
  if (monto > MONTO_MAXIMO) return { ok: false, error: "DEMASIADO_GRANDE" };
  return { ok: true, monto };
}

const miles = new Intl.NumberFormat("es-CO");

/** A goal as it is typed in the form: "1.234.567", or empty for "sin meta". */
export function textoDeMeta(monto: bigint | null): string {
  return monto === null ? "" : miles.format(monto);
}

/** The `ambito` of a MetaRecaudo row: "NACIONAL" or the regional's id (see decision 0003). */
export function ambitoDeRegional(regionalId: number | null): string {
  return regionalId === null ? AMBITO_NACIONAL : String(regionalId);
}

export function sumarMetas(montos: readonly (bigint | null)[]): bigint {
  return montos.reduce<bigint>((suma, monto) => suma + (monto ?? 0n), 0n);
}

function hayMetasRegionales(montos: readonly (bigint | null)[]): boolean {
  return montos.some((monto) => monto !== null);
}

/**
 * The national goal is the sum of the regional ones and has the same ceiling as any amount: a sum
 * above it is refused, never stored.
 */
export function sumaExcedeElMaximo(suma: bigint): boolean {
  return suma > MONTO_MAXIMO;
}

export function mensajeDeSumaExcesiva(suma: bigint): string {
  return (
    `La suma de las metas regionales (${formatearCop(suma)}) supera ${formatearCop(MONTO_MAXIMO)}, ` +
    "el máximo de la meta nacional: revise los montos."
  );
}

/** How the national goal of a semester stands against the sum of its regional goals. */
export type Consistencia =
  | { tipo: "SIN_METAS" }
  | { tipo: "SOLO_NACIONAL"; nacional: bigint }
  | { tipo: "CALCULADA"; nacional: bigint }
  | { tipo: "DESCUADRADA"; nacional: bigint | null; suma: bigint; diferencia: bigint };

export function consistenciaDeMetas(
  nacional: bigint | null,
  regionales: readonly (bigint | null)[],
): Consistencia {
  if (!hayMetasRegionales(regionales)) {
    return nacional === null ? { tipo: "SIN_METAS" } : { tipo: "SOLO_NACIONAL", nacional };
  }
  const suma = sumarMetas(regionales);
  if (nacional === suma) return { tipo: "CALCULADA", nacional };
  return { tipo: "DESCUADRADA", nacional, suma, diferencia: (nacional ?? 0n) - suma };
}

/** The regional goals rule: when there is any, the national goal is their sum. */
export function metaNacionalResultante(
  nacional: bigint | null,
  regionales: readonly (bigint | null)[],
): bigint | null {
  return hayMetasRegionales(regionales) ? sumarMetas(regionales) : nacional;
}

function valorAbsoluto(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** Why a national goal that disagrees with the regional sum is refused, with the difference. */
export function mensajeDeDescuadre(nacional: bigint, suma: bigint): string {
  const diferencia = formatearCop(valorAbsoluto(nacional - suma));
  const sentido = nacional > suma ? "mayor" : "menor";
  return (
    `La meta nacional (${formatearCop(nacional)}) no coincide con la suma de las metas regionales ` +
    `(${formatearCop(suma)}): es ${diferencia} ${sentido}. Déjela vacía para que sea la suma, ` +
    "o corrija los montos."
  );
}
