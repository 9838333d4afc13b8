import { describe, expect, it } from "vitest";
import { formatearCop, MENSAJE_MONTO_MAXIMO, MONTO_MAXIMO, parseCop } from "@/lib/dinero";
import { formatearPorcentaje, razon } from "@/lib/razones";

describe("pesos colombianos", () => {
  it("formatea con separador de miles es-CO y sin decimales", () => {
    expect(formatearCop(1234567n).replace(/\s/g, " ")).toBe("$ 1.234.567");
  });

  it("conserva montos más allá de la precisión de un número de punto flotante", () => {
    expect(formatearCop(9_007_199_254_740_993n)).toContain("9.007.199.254.740.993");
  });

  it.each([
    ["1.234.567", 1234567n],
    ["$ 1.234.567", 1234567n],
    ["1234567", 1234567n],
    ["1 234 567", 1234567n],
    ["0", 0n],
  ])("lee %j como %s", (texto, esperado) => {
    expect(parseCop(texto)).toBe(esperado);
  });

  it.each(["", "abc", "1,5", "12.5e3", "$", "1.234,56", "1250000.50", "12.5", "1.2.3", "1234.567"])(
    "rechaza %j (también decimales escritos con punto)",
    (texto) => {
      expect(parseCop(texto)).toBeNull();
    },
  );
});

describe("el tope de los montos", () => {
  it("es 999.999.999.999.999 pesos y el mensaje lo dice", () => {
    expect(MONTO_MAXIMO).toBe(10n ** 15n - 1n);
    expect(MENSAJE_MONTO_MAXIMO).toBe("El monto no puede superar $\u00a0999.999.999.999.999.");
  });

  it("cabe exacto en un número de punto flotante, y 9.000 montos en el tope caben en un bigint de PostgreSQL", () => {
    expect(BigInt(Number(MONTO_MAXIMO))).toBe(MONTO_MAXIMO);
    expect(9_000n * MONTO_MAXIMO < 2n ** 63n).toBe(true);
  });
});

describe("razones", () => {
  it("con denominador cero no aplica, nunca NaN ni infinito", () => {
    expect(razon(0n, 0n)).toBeNull();
    expect(razon(5n, 0n)).toBeNull();
    expect(formatearPorcentaje(null)).toBe("No aplica");
  });

  it("sumas más allá de un bigint dan la proporción correcta", () => {
    const ventas = 9_300n * MONTO_MAXIMO;
    expect(razon(ventas, ventas)).toBe(1);
    expect(razon(ventas / 2n, ventas)).toBe(0.5);
    expect(formatearPorcentaje(razon(ventas - MONTO_MAXIMO * 465n, ventas))).toMatch(/^95\s?%$/);
  });

  it("calcula la proporción y la muestra en porcentaje es-CO", () => {
    expect(razon(3n, 4n)).toBe(0.75);
    expect(formatearPorcentaje(0.8765)).toMatch(/^87,7\s?%$/);
  });
});
