const formatoPesos = new Intl.NumberFormat("es-CO", {
  style: "currency",
  currency: "COP",
  maximumFractionDigits: 0,
});
const decimal = new Intl.NumberFormat("es-CO", { maximumFractionDigits: 1 });

const MIL_MILLONES = 1e9;
const MILLON = 1e6;

/** Chart values are numbers already (drawing only); the exact pesos are in the tables. */
export const pesos = (valor: unknown) => (typeof valor === "number" ? formatoPesos.format(valor) : "—");

// Non-breaking spaces: recharts wraps axis ticks at ordinary spaces ("$ 380 mil" / "M").
const NBSP = "\u00a0";

/** Axis ticks as amounts are said in Colombia: "$ 120 mil M" (mil millones), "$ 450 M" (millones). */
export function pesosCompactos(valor: unknown): string {
  if (typeof valor !== "number") return "";
  const magnitud = Math.abs(valor);
  if (magnitud >= MIL_MILLONES) return ["$", decimal.format(valor / MIL_MILLONES), "mil", "M"].join(NBSP);
  if (magnitud >= MILLON) return ["$", decimal.format(valor / MILLON), "M"].join(NBSP);
  return formatoPesos.format(valor);
}

/** Colours with at least 3:1 contrast on white, told apart also by the legend and the table. */
export const COLOR = {
  fiscalizacion: "#23650a",
  cobroPersuasivo: "#1d4ed8",
  meta: "#64748b",
} as const;
