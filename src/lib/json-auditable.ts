/**
 * A value as it is kept in the audit trail (JSON): pesos (bigint) become exact decimal strings and
 * dates ISO strings, so "before" and "after" can be compared and read without losing precision.
 */
export function aJsonAuditable(valor: unknown): unknown {
  if (typeof valor === "bigint") return valor.toString();
  if (valor instanceof Date) return valor.toISOString();
  if (Array.isArray(valor)) return valor.map(aJsonAuditable);
  if (valor !== null && typeof valor === "object") {
    return Object.fromEntries(Object.entries(valor).map(([k, v]) => [k, aJsonAuditable(v)]));
  }
  return valor;
}
