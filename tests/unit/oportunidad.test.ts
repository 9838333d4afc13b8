import { describe, expect, it } from "vitest";
import { diasEntre, fechaEnBogota } from "@/lib/fechas";
import { calcularOportunidad, estadoObligacion } from "@/lib/oportunidad";

describe("fechas en Bogotá", () => {
  it("un envío a las 11 p. m. del 15 de enero en Bogotá es del 15 aunque en UTC ya sea 16", () => {
    expect(fechaEnBogota(new Date("2021-01-16T04:00:00Z"))).toBe("2021-01-15");
    expect(fechaEnBogota(new Date("2021-01-16T05:00:00Z"))).toBe("2021-01-16");
  });

  it("cuenta días calendario en ambos sentidos", () => {
    expect(diasEntre("2020-12-30", "2021-01-02")).toBe(3);
    expect(diasEntre("2021-01-02", "2020-12-30")).toBe(-3);
  });
});

describe("estado de una obligación", () => {
  it("sin reporte es PENDIENTE; con reporte, el estado guardado", () => {
    expect(estadoObligacion(null)).toBe("PENDIENTE");
    expect(estadoObligacion({ estado: "DEVUELTO" })).toBe("DEVUELTO");
  });
});

describe("oportunidad", () => {
  const fechaLimite = "2021-01-15";

  it("sin enviar y antes de la fecha límite: días que quedan", () => {
    expect(calcularOportunidad({ fechaLimite, primerEnvioEn: null, hoy: "2021-01-10" })).toEqual({
      tipo: "EN_PLAZO",
      diasRestantes: 5,
    });
  });

  it("el día de la fecha límite todavía está en plazo, con cero días restantes", () => {
    expect(calcularOportunidad({ fechaLimite, primerEnvioEn: null, hoy: fechaLimite })).toEqual({
      tipo: "EN_PLAZO",
      diasRestantes: 0,
    });
  });

  it("sin enviar después de la fecha límite: días de atraso", () => {
    expect(calcularOportunidad({ fechaLimite, primerEnvioEn: null, hoy: "2021-02-01" })).toEqual({
      tipo: "VENCIDO",
      diasAtraso: 17,
    });
  });

  it("enviado el último día a las 11 p. m. hora de Bogotá es a tiempo", () => {
    const primerEnvioEn = new Date("2021-01-16T04:00:00Z");
    expect(calcularOportunidad({ fechaLimite, primerEnvioEn, hoy: "2021-03-01" })).toEqual({
      tipo: "ENVIADO_A_TIEMPO",
    });
  });

  it("enviado después de la fecha límite cuenta los días de atraso del primer envío", () => {
    const primerEnvioEn = new Date("2021-01-20T15:00:00Z");
    expect(calcularOportunidad({ fechaLimite, primerEnvioEn, hoy: "2021-03-01" })).toEqual({
      tipo: "ENVIADO_TARDE",
      diasAtraso: 5,
    });
  });
});
