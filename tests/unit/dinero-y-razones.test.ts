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

  it("exacta también más allá de 2^53: se redondea una sola vez, no cada cifra antes de dividir", () => {
    // 2^53 + 1 = 3 × 3.002.399.751.580.331; as floats first, it would be 2^53 / 3.
    expect(razon(2n ** 53n + 1n, 3n)).toBe(3_002_399_751_580_331);
    expect(Number(2n ** 53n + 1n) / 3).not.toBe(3_002_399_751_580_331);
    expect(razon(1n, 3n)).toBe(1 / 3);
    expect(razon(2n, 3n)).toBe(2 / 3);
    expect(razon(-3n, 4n)).toBe(-0.75);
    expect(razon(10n ** 30n, 10n ** 30n * 3n)).toBe(1 / 3);
    for (const [n, d] of [
      [12_950_000n, 15_000_000n],
      [11_950_000n, 13_000_000n],
      [999_999_999_999_999n, 7n],
    ] as const) {
      expect(razon(n, d)).toBe(Number(n) / Number(d));
    }
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
