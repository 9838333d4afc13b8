/** Bits of the integer quotient: beyond a double's 53, so that rounding it once is exact. */
const BITS_DEL_COCIENTE = 64;

const bits = (n: bigint) => n.toString(2).length;

/**
 * A ratio of two amounts in pesos; null ("no aplica") when the denominator is zero. Sums of many
 * amounts pass 2^53, where converting each to a float first would round twice: the quotient is
 * taken in integers, with a sticky bit for what the division left, and rounded to a float once.
 */
export function razon(numerador: bigint, denominador: bigint): number | null {
  if (denominador === 0n) return null;
  const negativa = numerador < 0n !== denominador < 0n;
  const n = numerador < 0n ? -numerador : numerador;
  const d = denominador < 0n ? -denominador : denominador;
  const escala = Math.max(0, BITS_DEL_COCIENTE - (bits(n) - bits(d)));
  const dividendo = n << BigInt(escala);
  const cociente = dividendo / d;
  const redondeable = dividendo % d === 0n ? cociente : cociente | 1n;
  const valor = Number(redondeable) / 2 ** escala;
  return negativa ? -valor : valor;
}

const formatoPorcentaje = new Intl.NumberFormat("es-CO", { style: "percent", maximumFractionDigits: 1 });

export function formatearPorcentaje(valor: number | null): string {
  return valor === null ? "No aplica" : formatoPorcentaje.format(valor);
}
