import { describe, expect, it } from "vitest";
import { fechaLimite, parsePeriodo, periodosDeVigencia } from "@/lib/periodos";

describe("periodos de una vigencia", () => {
  it("una vigencia trimestral tiene cuatro trimestres que cubren el año sin huecos", () => {
    const trimestres = periodosDeVigencia(2020, "TRIMESTRAL");
    expect(trimestres.map((p) => [p.codigo, p.inicio, p.fin])).toEqual([
      ["2020-T1", "2020-01-01", "2020-03-31"],
      ["2020-T2", "2020-04-01", "2020-06-30"],
      ["2020-T3", "2020-07-01", "2020-09-30"],
      ["2020-T4", "2020-10-01", "2020-12-31"],
    ]);
  });

  it("los semestres terminan el 30 de junio y el 31 de diciembre", () => {
    expect(periodosDeVigencia(2026, "SEMESTRAL").map((p) => [p.codigo, p.fin, p.etiqueta])).toEqual([
      ["2026-S1", "2026-06-30", "Semestre 1 de 2026"],
      ["2026-S2", "2026-12-31", "Semestre 2 de 2026"],
    ]);
  });

  it("el periodo anual se identifica con el año", () => {
    expect(periodosDeVigencia(2020, "ANUAL")).toEqual([
      {
        codigo: "2020",
        anio: 2020,
        periodicidad: "ANUAL",
        numero: 1,
        inicio: "2020-01-01",
        fin: "2020-12-31",
        etiqueta: "Año 2020",
      },
    ]);
  });

  it("el primer trimestre de un año bisiesto termina el 31 de marzo y febrero tiene 29 días", () => {
    expect(parsePeriodo("2024-T1")?.fin).toBe("2024-03-31");
    expect(fechaLimite(parsePeriodo("2024-T1")!, -31)).toBe("2024-02-29");
  });
});

describe("las periodicidades que un seguimiento puede declarar", () => {
  it.each([
    ["MENSUAL", 12, "2027-M01", "Enero de 2027", "2027-01-31", "2027-M12", "2027-12-01"],
    ["BIMESTRAL", 6, "2027-B1", "Bimestre 1 de 2027", "2027-02-28", "2027-B6", "2027-11-01"],
    ["TRIMESTRAL", 4, "2027-T1", "Trimestre 1 de 2027", "2027-03-31", "2027-T4", "2027-10-01"],
    ["CUATRIMESTRAL", 3, "2027-C1", "Cuatrimestre 1 de 2027", "2027-04-30", "2027-C3", "2027-09-01"],
    ["SEMESTRAL", 2, "2027-S1", "Semestre 1 de 2027", "2027-06-30", "2027-S2", "2027-07-01"],
    ["ANUAL", 1, "2027", "Año 2027", "2027-12-31", "2027", "2027-01-01"],
  ] as const)(
    "%s: %i periodos, de %s a %s",
    (periodicidad, n, primero, etiqueta, fin, ultimo, inicioUltimo) => {
      const periodos = periodosDeVigencia(2027, periodicidad);
      expect(periodos).toHaveLength(n);
      expect(periodos[0]).toMatchObject({ codigo: primero, etiqueta, fin, inicio: "2027-01-01" });
      expect(periodos.at(-1)).toMatchObject({ codigo: ultimo, inicio: inicioUltimo, fin: "2027-12-31" });
      for (const [i, p] of periodos.entries()) {
        expect(parsePeriodo(p.codigo)).toEqual(p);
        if (i > 0) expect(p.inicio > periodos[i - 1]!.fin).toBe(true);
      }
      // The codes sort in calendar order.
      expect(periodos.map((p) => p.codigo)).toEqual(periodos.map((p) => p.codigo).sort());
    },
  );

  it("el mes de febrero de un año bisiesto termina el 29", () => {
    expect(parsePeriodo("2028-M02")).toMatchObject({ etiqueta: "Febrero de 2028", fin: "2028-02-29" });
  });
});

describe("parsePeriodo", () => {
  it.each(["2020-T1", "2020-T4", "2020-S1", "2020-S2", "2020"])(
    "reconoce %s y lo reconstruye igual",
    (codigo) => {
      expect(parsePeriodo(codigo)?.codigo).toBe(codigo);
    },
  );

  it.each([
    "2020-S3",
    "2020-T5",
    "2020-T0",
    "20-T1",
    "2020-Q1",
    "2020-T1 ",
    "",
    "2020-t1",
    "2020-M1",
    "2020-M13",
    "2020-B7",
    "2020-C4",
  ])("rechaza el código inválido %j", (codigo) => {
    expect(parsePeriodo(codigo)).toBeNull();
  });
});

describe("fecha límite para ser oportuno", () => {
  it("suma los días de oportunidad al cierre del periodo, cruzando el año", () => {
    expect(fechaLimite(parsePeriodo("2020-T4")!, 15)).toBe("2021-01-15");
    expect(fechaLimite(parsePeriodo("2020-S1")!, 30)).toBe("2020-07-30");
    expect(fechaLimite(parsePeriodo("2020")!, 0)).toBe("2020-12-31");
  });
});
