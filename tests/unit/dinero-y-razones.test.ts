import { describe, expect, it } from "vitest";
import { formatearCop, parseCop } from "@/lib/dinero";
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

describe("razones", () => {
  it("con denominador cero no aplica, nunca NaN ni infinito", () => {
    expect(razon(0n, 0n)).toBeNull();
    expect(razon(5n, 0n)).toBeNull();
    expect(formatearPorcentaje(null)).toBe("No aplica");
  });

  it("calcula la proporción y la muestra en porcentaje es-CO", () => {
    expect(razon(3n, 4n)).toBe(0.75);
    expect(formatearPorcentaje(0.8765)).toMatch(/^87,7\s?%$/);
  });
});
