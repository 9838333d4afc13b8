import { describe, expect, it } from "vitest";
import { sumarDias, type FechaCalendario } from "@/lib/fechas";
import type { EstadoObligacion } from "@/lib/oportunidad";
import {
  CONFIGURACION_POR_DEFECTO,
  DIAS_DE_RECUPERACION,
  etapaDeObligacion,
  etapaDePlazo,
  plazoCumplido,
  semanaDelResumen,
  type ConfiguracionRecordatorios,
} from "@/lib/recordatorios";

function con(cambios: Partial<ConfiguracionRecordatorios>): ConfiguracionRecordatorios {
  return { ...CONFIGURACION_POR_DEFECTO, ...cambios };
}

describe("configuración de los recordatorios", () => {
  it("por defecto recuerda 7 días y 1 día antes, escala a los 7 días y resume los lunes", () => {
    expect(CONFIGURACION_POR_DEFECTO).toEqual({
      diasAntes: [7, 1],
      diasEscalamiento: 7,
      diasCorreccion: 10,
      diasRevision: 10,
      diaResumenSemanal: 1,
    });
  });

  it("un aviso que no salió en su día se recupera durante una semana", () => {
    expect(DIAS_DE_RECUPERACION).toBe(7);
  });
});

describe("recordatorios de un reporte por enviar", () => {
  const fechaLimite = "2026-10-15";

  /** With the default configuration: [7, 1] days before, escalation at 7 days overdue. */
  const porDefecto: [FechaCalendario, string | null][] = [
    ["2026-09-15", null],
    ["2026-10-07", null],
    ["2026-10-08", "PREVIO_7"],
    ["2026-10-10", "PREVIO_7"],
    ["2026-10-13", "PREVIO_7"],
    ["2026-10-14", "PREVIO_1"],
    ["2026-10-15", "PREVIO_1"],
    ["2026-10-16", "VENCIDO"],
    ["2026-10-21", "VENCIDO"],
    ["2026-10-22", "ESCALAMIENTO"],
    ["2026-10-28", "ESCALAMIENTO"],
    ["2026-10-29", null],
    ["2026-12-01", null],
  ];
  const sinEnviar: EstadoObligacion[] = ["PENDIENTE", "BORRADOR"];

  it.each(sinEnviar.flatMap((estado) => porDefecto.map(([hoy, etapa]) => [estado, hoy, etapa] as const)))(
    "un reporte %s que vence el 15 de octubre, el %s recibe %s",
    (estado, hoy, etapa) => {
      expect(etapaDeObligacion({ fechaLimite, estado, hoy, config: CONFIGURACION_POR_DEFECTO })).toBe(etapa);
    },
  );

  const enviados: EstadoObligacion[] = ["ENVIADO", "APROBADO", "DEVUELTO"];

  it.each(enviados.flatMap((estado) => porDefecto.map(([hoy]) => [estado, hoy] as const)))(
    "un reporte %s nunca recibe recordatorios de su fecha límite (%s)",
    (estado, hoy) => {
      expect(etapaDeObligacion({ fechaLimite, estado, hoy, config: CONFIGURACION_POR_DEFECTO })).toBeNull();
    },
  );

  it("el aviso de escalamiento se recupera hasta DIAS_DE_RECUPERACION días después de su día, no más", () => {
    const config = CONFIGURACION_POR_DEFECTO;
    const etapa = (hoy: FechaCalendario) =>
      etapaDeObligacion({ fechaLimite, estado: "PENDIENTE", hoy, config });
    // Escalation starts on 10-22; the window holds DIAS_DE_RECUPERACION days counting that one.
    expect(etapa("2026-10-22")).toBe("ESCALAMIENTO");
    expect(etapa(sumarDias("2026-10-22", DIAS_DE_RECUPERACION - 1))).toBe("ESCALAMIENTO");
    expect(etapa(sumarDias("2026-10-22", DIAS_DE_RECUPERACION))).toBeNull();
  });

  it.each([
    ["2026-12-24", null],
    ["2026-12-25", "PREVIO_7"],
    ["2026-12-30", "PREVIO_7"],
    ["2026-12-31", "PREVIO_1"],
    ["2027-01-01", "PREVIO_1"],
    ["2027-01-02", "VENCIDO"],
    ["2027-01-07", "VENCIDO"],
    ["2027-01-08", "ESCALAMIENTO"],
    ["2027-01-14", "ESCALAMIENTO"],
    ["2027-01-15", null],
  ] as const)(
    "una fecha límite el 1 de enero de 2027 cuenta los días del año anterior: el %s, %s",
    (hoy, etapa) => {
      expect(
        etapaDeObligacion({
          fechaLimite: "2027-01-01",
          estado: "PENDIENTE",
          hoy,
          config: CONFIGURACION_POR_DEFECTO,
        }),
      ).toBe(etapa);
    },
  );

  it.each([
    ["2027-03-01", "2027-02-21", null],
    ["2027-03-01", "2027-02-22", "PREVIO_7"],
    ["2028-03-01", "2028-02-22", null],
    ["2028-03-01", "2028-02-23", "PREVIO_7"],
    ["2028-03-01", "2028-02-29", "PREVIO_1"],
    ["2028-03-01", "2028-03-02", "VENCIDO"],
  ] as const)("febrero tiene los días que tiene: vence el %s, el %s recibe %s", (fechaLimite, hoy, etapa) => {
    expect(
      etapaDeObligacion({ fechaLimite, estado: "BORRADOR", hoy, config: CONFIGURACION_POR_DEFECTO }),
    ).toBe(etapa);
  });

  it.each([
    ["2026-10-07", null],
    ["2026-10-08", "PREVIO_7"],
    ["2026-10-14", "PREVIO_1"],
    ["2026-10-15", "PREVIO_0"],
    ["2026-10-16", "VENCIDO"],
  ] as const)(
    "con 0 entre los días antes, el mismo día del vencimiento tiene su propio aviso: el %s, %s",
    (hoy, etapa) => {
      const config = con({ diasAntes: [7, 1, 0] });
      expect(etapaDeObligacion({ fechaLimite, estado: "PENDIENTE", hoy, config })).toBe(etapa);
    },
  );

  it.each([
    ["2026-10-08", null],
    ["2026-10-14", null],
    ["2026-10-15", "PREVIO_0"],
    ["2026-10-16", "VENCIDO"],
  ] as const)("recordando solo el mismo día, antes no hay aviso: el %s, %s", (hoy, etapa) => {
    const config = con({ diasAntes: [0] });
    expect(etapaDeObligacion({ fechaLimite, estado: "PENDIENTE", hoy, config })).toBe(etapa);
  });

  it.each([
    ["2026-10-11", null],
    ["2026-10-12", "PREVIO_3"],
    ["2026-10-14", "PREVIO_3"],
    ["2026-10-15", "PREVIO_3"],
    ["2026-10-16", "VENCIDO"],
    ["2026-10-17", "ESCALAMIENTO"],
    ["2026-10-23", "ESCALAMIENTO"],
    ["2026-10-24", null],
  ] as const)("recordando 3 días antes y escalando a los 2 días: el %s, %s", (hoy, etapa) => {
    const config = con({ diasAntes: [3], diasEscalamiento: 2 });
    expect(etapaDeObligacion({ fechaLimite, estado: "PENDIENTE", hoy, config })).toBe(etapa);
  });

  it.each([
    ["2026-10-16", "VENCIDO"],
    ["2026-10-22", "VENCIDO"],
    ["2026-10-23", null],
    ["2026-10-24", null],
    ["2026-10-25", "ESCALAMIENTO"],
    ["2026-10-31", "ESCALAMIENTO"],
    ["2026-11-01", null],
  ] as const)(
    "escalando a los 10 días, el aviso de vencido no se repite más allá de su semana de recuperación: el %s, %s",
    (hoy, etapa) => {
      const config = con({ diasEscalamiento: 10 });
      expect(etapaDeObligacion({ fechaLimite, estado: "PENDIENTE", hoy, config })).toBe(etapa);
    },
  );

  it.each(porDefecto)(
    "días antes repetidos o desordenados, [1, 7, 7], valen como [7, 1]: el %s, %s",
    (hoy, etapa) => {
      const config = con({ diasAntes: [1, 7, 7] });
      expect(etapaDeObligacion({ fechaLimite, estado: "PENDIENTE", hoy, config })).toBe(etapa);
    },
  );
});

describe("recordatorios de un plazo de corrección", () => {
  const config = CONFIGURACION_POR_DEFECTO;

  it.each([
    ["2026-12-01", null],
    ["2026-12-03", null],
    ["2026-12-04", "CORRECCION_PREVIO_7"],
    ["2026-12-09", "CORRECCION_PREVIO_7"],
    ["2026-12-10", "CORRECCION_PREVIO_1"],
    ["2026-12-11", "CORRECCION_PREVIO_1"],
    ["2026-12-12", "CORRECCION_VENCIDA"],
    ["2026-12-18", "CORRECCION_VENCIDA"],
    ["2026-12-19", null],
  ] as const)("devuelto el 1 de diciembre con 10 días para corregir: el %s, %s", (hoy, etapa) => {
    expect(
      etapaDePlazo({ tipo: "CORRECCION", abiertoEl: "2026-12-01", venceEl: "2026-12-11", hoy, config }),
    ).toBe(etapa);
  });

  it.each([
    ["2026-12-01", null],
    ["2026-12-02", "CORRECCION_PREVIO_1"],
    ["2026-12-03", "CORRECCION_PREVIO_1"],
    ["2026-12-04", "CORRECCION_VENCIDA"],
    ["2026-12-10", "CORRECCION_VENCIDA"],
    ["2026-12-11", null],
  ] as const)("con 2 días para corregir no hay aviso de 7 días antes: el %s, %s", (hoy, etapa) => {
    expect(
      etapaDePlazo({ tipo: "CORRECCION", abiertoEl: "2026-12-01", venceEl: "2026-12-03", hoy, config }),
    ).toBe(etapa);
  });

  it.each([
    ["2026-12-04", null],
    ["2026-12-09", null],
    ["2026-12-10", "CORRECCION_PREVIO_1"],
  ] as const)(
    "con 7 días para corregir, el aviso de 7 días antes caería el día de la devolución y no existe: el %s, %s",
    (hoy, etapa) => {
      expect(
        etapaDePlazo({ tipo: "CORRECCION", abiertoEl: "2026-12-04", venceEl: "2026-12-11", hoy, config }),
      ).toBe(etapa);
    },
  );
});

describe("recordatorios de un plazo de revisión", () => {
  it.each([
    ["2026-12-01", null],
    ["2026-12-04", null],
    ["2026-12-10", null],
    ["2026-12-11", null],
    ["2026-12-12", "REVISION_VENCIDA"],
    ["2026-12-18", "REVISION_VENCIDA"],
    ["2026-12-19", null],
  ] as const)(
    "una revisión solo se recuerda una vez vencida, durante una semana: el %s, %s",
    (hoy, etapa) => {
      expect(
        etapaDePlazo({
          tipo: "REVISION",
          abiertoEl: "2026-12-01",
          venceEl: "2026-12-11",
          hoy,
          config: CONFIGURACION_POR_DEFECTO,
        }),
      ).toBe(etapa);
    },
  );
});

describe("cumplimiento de un plazo", () => {
  it("cerrado el día en que vence, se cumplió; al día siguiente, no", () => {
    expect(plazoCumplido("2026-12-11", "2026-12-10")).toBe(true);
    expect(plazoCumplido("2026-12-11", "2026-12-11")).toBe(true);
    expect(plazoCumplido("2026-12-11", "2026-12-12")).toBe(false);
    expect(plazoCumplido("2026-12-31", "2027-01-01")).toBe(false);
  });
});

describe("semana del resumen semanal", () => {
  it.each([
    [1, "2026-11-29", "2026-W48"],
    [1, "2026-11-30", "2026-W49"],
    [1, "2026-12-01", "2026-W49"],
    [1, "2026-12-06", "2026-W49"],
    [1, "2026-12-07", "2026-W50"],
    [3, "2026-11-30", null],
    [3, "2026-12-01", null],
    [3, "2026-12-02", "2026-W49"],
    [3, "2026-12-06", "2026-W49"],
    [3, "2026-12-07", null],
    [7, "2026-12-05", null],
    [7, "2026-12-06", "2026-W49"],
  ] as const)("con el resumen el día %i de la semana, el %s toca el de la semana %s", (dia, hoy, semana) => {
    expect(semanaDelResumen(hoy, con({ diaResumenSemanal: dia }))).toBe(semana);
  });

  it.each([
    ["2026-12-28", "2026-W53"],
    ["2027-01-01", "2026-W53"],
    ["2027-01-03", "2026-W53"],
    ["2027-01-04", "2027-W01"],
  ] as const)("la semana ISO puede ser del año anterior: el %s es de la %s", (hoy, semana) => {
    expect(semanaDelResumen(hoy, CONFIGURACION_POR_DEFECTO)).toBe(semana);
  });
});
