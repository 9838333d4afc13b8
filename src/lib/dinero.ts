const formatoCop = new Intl.NumberFormat("es-CO", {
  style: "currency",
  currency: "COP",
  maximumFractionDigits: 0,
});

/** Pesos are whole numbers: format exactly, without going through floating point. */
export function formatearCop(pesos: bigint): string {
  return formatoCop.format(pesos);
}

/**
 * The largest amount any field accepts, in every form, import and database CHECK (migration
 * 20261208100000_topes_de_montos repeats this number; decision 0027). Under 10^15: a thousand
 * times SENA's yearly budget, so anything above is a typing error, and ~9.000 amounts at the
 * ceiling still add up within a PostgreSQL bigint.
 */
export const MONTO_MAXIMO = 999_999_999_999_999n;

export const MENSAJE_MONTO_MAXIMO = `El monto no puede superar ${formatearCop(MONTO_MAXIMO)}.`;

const SEPARADORES_DE_MILES = /[.\s\u00a0]/g;
// Either plain digits or thousands grouped by three ("1.234.567"): "1250000.50" or "12.5" are
// decimals written another way, never a hundred times more pesos.
const ENTERO_AGRUPADO = /^-?(\d+|\d{1,3}(\.\d{3})+)$/;

/**
 * Reads an amount typed the way people in Colombia write it ("$ 1.234.567", "1 234 567",
 * "1234567"). Returns null for anything that is not a whole number of pesos.
 */
export function parseCop(texto: string): bigint | null {
  const sinSigno = texto.trim().replace(/^\$/, "").trim();
  const agrupado = sinSigno.replace(/[\s\u00a0]+/g, ".");
  if (!ENTERO_AGRUPADO.test(agrupado)) return null;
  return BigInt(agrupado.replace(SEPARADORES_DE_MILES, ""));
}
