import { describe, expect, it } from "vitest";
import {
  ambitoDeCentro,
  derivarObligaciones,
  obligaAlCentro,
  resumirObligaciones,
  type SeguimientoObligado,
} from "@/lib/obligaciones";
import { tablaDeObligaciones } from "@/features/obligaciones/tabla";

const trazabilidad: SeguimientoObligado = {
  id: 3,
  nombre: "Trazabilidad de ventas (DEF)",
  periodicidad: "TRIMESTRAL",
  alcance: "POR_CENTRO",
  diasOportunidad: 15,
  obligados: "CON_APROVECHAMIENTO",
};
const ejecucion: SeguimientoObligado = {
  id: 4,
  nombre: "Ejecución de recursos de producción",
  periodicidad: "ANUAL",
  alcance: "POR_CENTRO",
  diasOportunidad: 30,
  obligados: "CON_RECURSOS",
};
const recaudo: SeguimientoObligado = {
  id: 1,
  nombre: "Informe de recaudo",
  periodicidad: "SEMESTRAL",
  alcance: "NACIONAL",
  diasOportunidad: 30,
  obligados: "TODOS",
};

describe("a qué centros obliga un seguimiento", () => {
  it("un centro que no genera aprovechamiento no reporta trazabilidad de ventas, pero sí ejecución", () => {
    const centro = { id: 7, generaAprovechamiento: false, requiereRecursos: true };
    expect(obligaAlCentro(trazabilidad, centro)).toBe(false);
    expect(obligaAlCentro(ejecucion, centro)).toBe(true);
  });

  it("un centro que genera aprovechamiento reporta ambos", () => {
    const centro = { id: 7, generaAprovechamiento: true, requiereRecursos: true };
    expect(obligaAlCentro(trazabilidad, centro)).toBe(true);
    expect(obligaAlCentro(ejecucion, centro)).toBe(true);
  });

  it("solo un centro que requiere recursos de formación - producción reporta su ejecución", () => {
    const sinRecursos = { id: 7, generaAprovechamiento: true, requiereRecursos: false };
    expect(obligaAlCentro(ejecucion, sinRecursos)).toBe(false);
    expect(obligaAlCentro(trazabilidad, sinRecursos)).toBe(true);
    expect(obligaAlCentro(ejecucion, { ...sinRecursos, generaAprovechamiento: false })).toBe(false);
  });

  it("un seguimiento nacional no obliga a ningún centro", () => {
    expect(obligaAlCentro(recaudo, { id: 7, generaAprovechamiento: true, requiereRecursos: true })).toBe(
      false,
    );
  });
});

describe("obligaciones de una unidad", () => {
  const ambito = ambitoDeCentro(7);

  it("un periodo por seguimiento, unidos al reporte existente y ordenados por fecha límite", () => {
    const obligaciones = derivarObligaciones({
      anio: 2020,
      ambito,
      seguimientos: [ejecucion, trazabilidad],
      reportes: [
        {
          id: 50,
          seguimientoId: 3,
          periodo: "2020-T2",
          ambito,
          estado: "ENVIADO",
          primerEnvioEn: new Date("2020-07-10T15:00:00Z"),
        },
        // A report of another centro must not be matched.
        {
          id: 51,
          seguimientoId: 3,
          periodo: "2020-T3",
          ambito: "8",
          estado: "APROBADO",
          primerEnvioEn: null,
        },
      ],
      hoy: "2020-10-20",
    });
    expect(obligaciones.map((o) => [o.periodo.codigo, o.fechaLimite, o.estado, o.reporteId])).toEqual([
      ["2020-T1", "2020-04-15", "PENDIENTE", null],
      ["2020-T2", "2020-07-15", "ENVIADO", 50],
      ["2020-T3", "2020-10-15", "PENDIENTE", null],
      ["2020-T4", "2021-01-15", "PENDIENTE", null],
      ["2020", "2021-01-30", "PENDIENTE", null],
    ]);
    expect(obligaciones.map((o) => o.oportunidad)).toEqual([
      { tipo: "VENCIDO", diasAtraso: 188 },
      { tipo: "ENVIADO_A_TIEMPO" },
      { tipo: "VENCIDO", diasAtraso: 5 },
      { tipo: "EN_PLAZO", diasRestantes: 87 },
      { tipo: "EN_PLAZO", diasRestantes: 102 },
    ]);
  });

  it("el resumen cuenta lo que falta entregar, lo vencido y lo aprobado", () => {
    const obligaciones = derivarObligaciones({
      anio: 2020,
      ambito: "NACIONAL",
      seguimientos: [recaudo],
      reportes: [
        {
          id: 1,
          seguimientoId: 1,
          periodo: "2020-S1",
          ambito: "NACIONAL",
          estado: "APROBADO",
          primerEnvioEn: new Date("2020-07-01T15:00:00Z"),
        },
      ],
      hoy: "2021-03-01",
    });
    expect(resumirObligaciones(obligaciones)).toEqual({
      total: 2,
      porEntregar: 1,
      vencidas: 1,
      enRevision: 0,
      devueltas: 0,
      aprobadas: 1,
    });
  });
});

describe("Mis obligaciones para descargar", () => {
  it("una fila por obligación, en el orden de la pantalla, con estado, oportunidad y enlace", () => {
    const obligaciones = derivarObligaciones({
      anio: 2020,
      ambito: "NACIONAL",
      seguimientos: [recaudo],
      reportes: [
        {
          id: 7,
          seguimientoId: 1,
          periodo: "2020-S1",
          ambito: "NACIONAL",
          estado: "APROBADO",
          primerEnvioEn: new Date("2020-07-01T15:00:00Z"),
        },
      ],
      hoy: "2021-02-15",
    });
    const tabla = tablaDeObligaciones("Nivel nacional", obligaciones);
    expect(tabla.titulo).toBe("Obligaciones · Nivel nacional");
    expect(tabla.filas).toEqual([
      {
        reporte: "Informe de recaudo",
        periodo: "Semestre 1 de 2020",
        fechaLimite: "30 de jul de 2020",
        estado: "Aprobado",
        oportunidad: "Enviado a tiempo",
        correccion: null,
        enlace: "/reportes/7",
      },
      {
        reporte: "Informe de recaudo",
        periodo: "Semestre 2 de 2020",
        fechaLimite: "30 de ene de 2021",
        estado: "Pendiente",
        oportunidad: "Vencido hace 16 días",
        correccion: null,
        enlace: null,
      },
    ]);
  });
});
