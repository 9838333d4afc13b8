import { describe, expect, it } from "vitest";
import { direccionDelCliente, grupoDeDireccion, leerConfianza, vieneDeUnProxy } from "@/lib/direccion";

describe("la dirección de quien hace la petición", () => {
  it("sin proxies de confianza vale la del socket, diga lo que diga X-Forwarded-For", () => {
    expect(direccionDelCliente("203.0.113.9", "198.51.100.1", null)).toBe("203.0.113.9");
    expect(direccionDelCliente("::ffff:127.0.0.2", "1.2.3.4, 5.6.7.8", null)).toBe("127.0.0.2");
    expect(direccionDelCliente(undefined, "1.2.3.4", null)).toBe("desconocida");
  });

  it("con TRUST_PROXY, el encabezado de quien no es un proxy de confianza se descarta", () => {
    const confianza = leerConfianza("10.0.0.5");
    // The port is reachable: someone connects directly and writes a new address each time.
    expect(direccionDelCliente("203.0.113.9", "198.51.100.1", confianza)).toBe("203.0.113.9");
    expect(direccionDelCliente("203.0.113.9", "10.0.0.5", confianza)).toBe("203.0.113.9");
    expect(vieneDeUnProxy("203.0.113.9", confianza)).toBe(false);
  });

  it("detrás de un proxy vale lo que ese proxy vio, no lo que el cliente inventó antes", () => {
    const confianza = leerConfianza("10.0.0.5");
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the client's real address.
    expect(direccionDelCliente("10.0.0.5", "6.6.6.6, 203.0.113.9", confianza)).toBe("203.0.113.9");
    expect(direccionDelCliente("::ffff:10.0.0.5", "203.0.113.9", confianza)).toBe("203.0.113.9");
    expect(vieneDeUnProxy("10.0.0.5", confianza)).toBe(true);
  });

  it("recorre la cadena desde la derecha mientras los saltos son proxies de confianza", () => {
    const confianza = leerConfianza("10.0.0.0/24, 192.168.1.1");
    expect(direccionDelCliente("10.0.0.5", "6.6.6.6, 203.0.113.9, 192.168.1.1, 10.0.0.9", confianza)).toBe(
      "203.0.113.9",
    );
    // A client that writes a trusted proxy's address still stops the walk at the first untrusted hop.
    expect(direccionDelCliente("10.0.0.5", "10.0.0.7, 203.0.113.9", confianza)).toBe("203.0.113.9");
    // Every hop is a proxy: the leftmost one is the furthest known.
    expect(direccionDelCliente("10.0.0.5", "10.0.0.8, 10.0.0.7", confianza)).toBe("10.0.0.8");
  });

  it("si el encabezado falta o trae algo que no es una dirección, vale el proxy que lo pasó", () => {
    const confianza = leerConfianza("10.0.0.5");
    expect(direccionDelCliente("10.0.0.5", undefined, confianza)).toBe("10.0.0.5");
    expect(direccionDelCliente("10.0.0.5", "203.0.113.9, basura", confianza)).toBe("10.0.0.5");
    expect(direccionDelCliente("10.0.0.5", ["6.6.6.6", "203.0.113.9"], confianza)).toBe("203.0.113.9");
  });

  it("también con proxies y clientes IPv6, por red CIDR", () => {
    const confianza = leerConfianza("fd00::/8,127.0.0.9");
    expect(direccionDelCliente("fd00::1", "2001:db8:1:2::9", confianza)).toBe("2001:db8:1:2::9");
    expect(direccionDelCliente("fe80::1", "2001:db8:1:2::9", confianza)).toBe("fe80::1");
    expect(direccionDelCliente("127.0.0.9", "203.0.113.7", confianza)).toBe("203.0.113.7");
    expect(direccionDelCliente("127.0.0.8", "203.0.113.7", confianza)).toBe("127.0.0.8");
  });

  it.each([
    [undefined, false],
    ["", false],
    ["127.0.0.9", true],
    ["10.0.0.0/8, ::1", true],
  ])("TRUST_PROXY=%j nombra proxies: %s", (valor, nombra) => {
    expect(leerConfianza(valor) !== null).toBe(nombra);
  });

  it.each(["0", "1", "2"])("el formato anterior (TRUST_PROXY=%s) se rechaza diciendo el nuevo", (valor) => {
    expect(() => leerConfianza(valor)).toThrow(
      `TRUST_PROXY=${valor} ya no es un número de proxies: TRUST_PROXY lista las direcciones de los proxies de confianza, o sus redes en notación CIDR, separadas por comas (IPv4 o IPv6), p. ej. TRUST_PROXY=10.0.0.5,10.0.1.0/24,fd00::/8.`,
    );
  });

  it.each(["true", "10.0.0.0/33", "10.0.0.300", "fd00::/129", "10.0.0.1/8/2", "10.0.0.1,", "proxy.sena"])(
    "TRUST_PROXY=%j se rechaza con el motivo",
    (valor) => {
      expect(() => leerConfianza(valor)).toThrow(
        /no es una dirección IP ni una red CIDR\. TRUST_PROXY lista/,
      );
    },
  );
});

describe("la dirección que cuentan los límites de ingreso", () => {
  it("una dirección IPv4 se cuenta sola", () => {
    expect(grupoDeDireccion("203.0.113.9")).toBe("203.0.113.9");
  });

  it("un cliente IPv6 se cuenta por su red /64: recorrer sus direcciones no da intentos nuevos", () => {
    expect(grupoDeDireccion("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64");
    expect(grupoDeDireccion("2001:0db8:0001:0002:ffff:eeee:dddd:cccc")).toBe("2001:db8:1:2::/64");
    expect(grupoDeDireccion("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(grupoDeDireccion("::1")).toBe("0:0:0:0::/64");
    expect(grupoDeDireccion("64:ff9b::203.0.113.9")).toBe("64:ff9b:0:0::/64");
    expect(grupoDeDireccion("2001:db8:1:3::9")).not.toBe(grupoDeDireccion("2001:db8:1:2::9"));
  });

  it("lo que no es una dirección queda como vino", () => {
    expect(grupoDeDireccion("desconocida")).toBe("desconocida");
  });
});
