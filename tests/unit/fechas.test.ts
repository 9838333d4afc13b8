import { describe, expect, it } from "vitest";
import { diasEntre, fechaEnBogota, formatearFecha, semanaIso, sumarDias } from "@/lib/fechas";

describe("fechas de calendario de Bogotá", () => {
  it.each([
    ["2021-01-15", "15 de ene de 2021"],
    ["2026-12-31", "31 de dic de 2026"],
    ["2020-02-29", "29 de feb de 2020"],
    ["2027-01-01", "1 de ene de 2027"],
  ])("escribe %s como «%s», el mismo día en cualquier zona del servidor", (fecha, texto) => {
    expect(formatearFecha(fecha)).toBe(texto);
  });

  it("toma la fecha de un instante en Bogotá, no en UTC", () => {
    // 03:00 UTC on January 1 is 22:00 on December 31 in Bogotá.
    expect(fechaEnBogota(new Date("2027-01-01T03:00:00Z"))).toBe("2026-12-31");
    expect(fechaEnBogota(new Date("2027-01-01T05:00:00Z"))).toBe("2027-01-01");
  });

  it("suma y cuenta días de calendario", () => {
    expect(sumarDias("2026-12-25", 10)).toBe("2027-01-04");
    expect(diasEntre("2026-12-25", "2027-01-04")).toBe(10);
    expect(semanaIso("2026-12-31")).toBe("2026-W53");
  });
});
