/**
 * Which address a request comes from. The TCP peer is the only address nobody can forge; an
 * `X-Forwarded-For` header is believed only when the peer is one of the proxies TRUST_PROXY names,
 * and only as far back as the chain goes through such proxies: each one appends the address it saw.
 */
import { BlockList, isIP, isIPv4 } from "node:net";

/** The proxies TRUST_PROXY names; null when it names none (no header is believed). */
export type ConfianzaEnProxies = BlockList | null;

const FORMATO =
  "TRUST_PROXY lista las direcciones de los proxies de confianza, o sus redes en notación CIDR, " +
  "separadas por comas (IPv4 o IPv6), p. ej. TRUST_PROXY=10.0.0.5,10.0.1.0/24,fd00::/8";

function agregar(lista: BlockList, entrada: string): void {
  const [direccion = "", prefijo, sobra] = entrada.split("/");
  const familia = isIP(direccion);
  const maximo = familia === 4 ? 32 : 128;
  const bits = prefijo === undefined ? maximo : Number(prefijo);
  if (familia === 0 || sobra !== undefined || !/^\d{1,3}$/.test(prefijo ?? "0") || bits > maximo) {
    throw new Error(`«${entrada}» no es una dirección IP ni una red CIDR. ${FORMATO}.`);
  }
  lista.addSubnet(direccion, bits, familia === 4 ? "ipv4" : "ipv6");
}

/**
 * TRUST_PROXY: unset or empty believes no header. It once was the number of proxies, which trusted
 * the header whoever sent it: a number now stops the start with the new format.
 */
export function leerConfianza(valor: string | undefined): ConfianzaEnProxies {
  const texto = valor?.trim() ?? "";
  if (texto === "") return null;
  if (/^\d+$/.test(texto)) {
    throw new Error(
      `TRUST_PROXY=${texto} ya no es un número de proxies: ${FORMATO}. ` +
        "Sin TRUST_PROXY vale la dirección de quien se conecta.",
    );
  }
  const lista = new BlockList();
  for (const entrada of texto.split(",").map((e) => e.trim())) agregar(lista, entrada);
  return lista;
}

/** "::ffff:127.0.0.1" (IPv4 seen by an IPv6 socket) is 127.0.0.1; a zone (%eth0) is not part of it. */
function normalizar(direccion: string): string {
  const limpia = direccion.trim().replace(/%.*$/, "");
  return limpia.toLowerCase().startsWith("::ffff:") && limpia.includes(".") ? limpia.slice(7) : limpia;
}

function esProxyDeConfianza(direccion: string, confianza: BlockList): boolean {
  const familia = isIP(direccion);
  return familia !== 0 && confianza.check(direccion, familia === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy. Then the chain is walked
 * from the right (the hop the peer appended) while each address is a trusted proxy; the first one
 * that is not is the client. A hop that is no address ends the walk at the proxy that passed it on.
 */
export function direccionDelCliente(
  remota: string | undefined,
  reenviada: string | string[] | undefined,
  confianza: ConfianzaEnProxies,
): string {
  let cliente = normalizar(remota ?? "") || "desconocida";
  if (!confianza) return cliente;
  const saltos = (Array.isArray(reenviada) ? reenviada.join(",") : (reenviada ?? ""))
    .split(",")
    .map(normalizar)
    .filter(Boolean);
  while (esProxyDeConfianza(cliente, confianza)) {
    const anterior = saltos.pop();
    if (anterior === undefined || isIP(anterior) === 0) break;
    cliente = anterior;
  }
  return cliente;
}

/** Whether the request came through one of the trusted proxies (so its X-Forwarded-* are theirs). */
export function vieneDeUnProxy(remota: string | undefined, confianza: ConfianzaEnProxies): boolean {
  return confianza !== null && esProxyDeConfianza(normalizar(remota ?? ""), confianza);
}

/** The eight 16-bit groups of an IPv6 address, or null if it is not one. */
function gruposIPv6(direccion: string): number[] | null {
  if (isIP(direccion) !== 6) return null;
  let texto = direccion;
  const ipv4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(texto)?.[1];
  if (ipv4) {
    const [a, b, c, d] = ipv4.split(".").map(Number) as [number, number, number, number];
    texto = `${texto.slice(0, -ipv4.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [izquierda = "", derecha] = texto.split("::");
  const partes = (s: string) => (s === "" ? [] : s.split(":").map((g) => parseInt(g, 16)));
  const inicio = partes(izquierda);
  const fin = derecha === undefined ? [] : partes(derecha);
  return [...inicio, ...Array<number>(8 - inicio.length - fin.length).fill(0), ...fin];
}

/**
 * The address as the sign-in limits count it: an IPv4 address alone; an IPv6 client by its /64,
 * the network one subscriber usually gets whole, so that walking through its addresses is one.
 */
export function grupoDeDireccion(direccion: string): string {
  if (isIPv4(direccion)) return direccion;
  const grupos = gruposIPv6(direccion);
  if (!grupos) return direccion;
  return `${grupos
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
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
