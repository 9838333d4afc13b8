/**
 * Which address a request comes from. The TCP peer is the only address nobody can forge; an
 * `X-Forwarded-For` header is believed only as far as the proxies in front of the application,
 * counted by TRUST_PROXY (the number of them), each of which appends the address it saw.
 */

export type ConfianzaEnProxies = number;

/** TRUST_PROXY: unset or 0 believes no header; N believes the last N hops. */
export function leerConfianza(valor: string | undefined): ConfianzaEnProxies {
  const texto = valor?.trim() ?? "";
  if (texto === "") return 0;
  const n = Number(texto);
  if (!Number.isInteger(n) || n < 0 || n > 10) {
    throw new Error(
      `TRUST_PROXY debe ser el número de proxies de confianza delante de la aplicación (0 a 10), no «${texto}».`,
    );
  }
  return n;
}

/** "::ffff:127.0.0.1" (IPv4 seen by an IPv6 socket) is 127.0.0.1. */
function normalizar(direccion: string): string {
  const limpia = direccion.trim();
  return limpia.startsWith("::ffff:") && limpia.includes(".") ? limpia.slice(7) : limpia;
}

/**
 * The client's address: the TCP peer, or, behind `confianza` trusted proxies, the address the
 * outermost trusted proxy saw (the hops a client added before them are never believed).
 */
export function direccionDelCliente(
  remota: string | undefined,
  reenviada: string | string[] | undefined,
  confianza: ConfianzaEnProxies,
): string {
  const par = normalizar(remota ?? "") || "desconocida";
  if (confianza === 0) return par;
  const saltos = (Array.isArray(reenviada) ? reenviada.join(",") : (reenviada ?? ""))
    .split(",")
    .map(normalizar)
    .filter(Boolean);
  // The chain as the last proxy sees it: what the headers say, then the peer itself.
  const cadena = [...saltos, par];
  return cadena[Math.max(0, cadena.length - 1 - confianza)] ?? par;
}

/** The loopback addresses: listening on them serves this machine only. */
export const HOSTS_LOCALES = ["127.0.0.1", "::1"];

/** HOST: one address, or several separated by commas; "local" is this machine only. */
export function leerHosts(valor: string | undefined): string[] {
  const texto = valor?.trim() || "0.0.0.0";
  return texto === "local"
    ? HOSTS_LOCALES
    : texto
        .split(",")
        .map((h) => h.trim())
        .filter(Boolean);
}
