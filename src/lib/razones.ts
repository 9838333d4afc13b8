/** A ratio of two amounts in pesos; null ("no aplica") when the denominator is zero. */
export function razon(numerador: bigint, denominador: bigint): number | null {
  if (denominador === 0n) return null;
  return Number(numerador) / Number(denominador);
}

const formatoPorcentaje = new Intl.NumberFormat("es-CO", { style: "percent", maximumFractionDigits: 1 });

export function formatearPorcentaje(valor: number | null): string {
  return valor === null ? "No aplica" : formatoPorcentaje.format(valor);
}
