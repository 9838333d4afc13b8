type Registro = Record<string, unknown>;

function comoRegistro(valor: unknown): Registro {
  return valor !== null && typeof valor === "object" && !Array.isArray(valor) ? (valor as Registro) : {};
}

/** The fields whose value differs between "before" and "after" in an audit event. */
export function camposCambiados(
  antes: unknown,
  despues: unknown,
): { campo: string; antes: unknown; despues: unknown }[] {
  const a = comoRegistro(antes);
  const d = comoRegistro(despues);
  const campos = [...new Set([...Object.keys(a), ...Object.keys(d)])];
  return campos
    .filter((campo) => JSON.stringify(a[campo]) !== JSON.stringify(d[campo]))
    .map((campo) => ({ campo, antes: a[campo], despues: d[campo] }));
}
