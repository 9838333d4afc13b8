import { describe, expect, it } from "vitest";
import { direccionDelCliente, leerConfianza } from "@/lib/direccion";

describe("la dirección de quien hace la petición", () => {
  it("sin proxies de confianza vale la del socket, diga lo que diga X-Forwarded-For", () => {
    expect(direccionDelCliente("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
    expect(direccionDelCliente("::ffff:127.0.0.2", "1.2.3.4, 5.6.7.8", 0)).toBe("127.0.0.2");
  });

  it("detrás de un proxy vale lo que ese proxy vio, no lo que el cliente inventó antes", () => {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the client's real address.
    expect(direccionDelCliente("10.0.0.5", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(direccionDelCliente("10.0.0.5", "203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("con dos proxies cuenta dos saltos desde el final", () => {
    expect(direccionDelCliente("10.0.0.5", "6.6.6.6, 203.0.113.9, 10.0.0.9", 2)).toBe("203.0.113.9");
  });

  it("si el encabezado trae menos saltos que los proxies declarados, se queda con el más externo", () => {
    expect(direccionDelCliente("10.0.0.5", undefined, 3)).toBe("10.0.0.5");
    expect(direccionDelCliente("10.0.0.5", "203.0.113.9", 3)).toBe("203.0.113.9");
  });

  it.each([
    [undefined, 0],
    ["", 0],
    ["0", 0],
    ["2", 2],
  ])("TRUST_PROXY=%j es %i", (valor, esperado) => {
    expect(leerConfianza(valor)).toBe(esperado);
  });

  it.each(["true", "-1", "1.5", "todos", "11"])("TRUST_PROXY=%j se rechaza con el motivo", (valor) => {
    expect(() => leerConfianza(valor)).toThrow(/TRUST_PROXY debe ser el número de proxies/);
  });
});
