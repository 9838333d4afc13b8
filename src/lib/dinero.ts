const formatoCop = new Intl.NumberFormat("es-CO", {
  style: "currency",
  currency: "COP",
  maximumFractionDigits: 0,
});

/** Pesos are whole numbers: format exactly, without going through floating point. */
export function formatearCop(pesos: bigint): string {
  return formatoCop.format(pesos);
}

const SEPARADORES_DE_MILES = /[.\s\u00a0]/g;
const ENTERO = /^-?\d+$/;

/**
 * Reads an amount typed the way people in Colombia write it ("$ 1.234.567", "1234567").
 * Returns null for anything that is not a whole number of pesos.
 */
export function parseCop(texto: string): bigint | null {
  const limpio = texto.trim().replace(/^\$/, "").replace(SEPARADORES_DE_MILES, "");
  if (!ENTERO.test(limpio)) return null;
  return BigInt(limpio);
}
