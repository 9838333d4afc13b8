import { describe, expect, it } from "vitest";
import { resumenEnVivo } from "@/features/reportes/resumen-en-vivo";
import { datosReporteSchema, recaudoSchema } from "@/features/reportes/schemas";

const limites2020 = { desde: "2020-01-01", hasta: "2020-12-31" };

describe("datos de un reporte", () => {
  it("los montos escritos a la colombiana se vuelven pesos exactos", () => {
    const datos = datosReporteSchema(limites2020).parse({
      tipo: "TRAZABILIDAD_VENTAS",
      totalAprovechamientos: "$ 12.345.678.901.234",
      totalFacturadoDef: "0",
      numeroDef: "1.500",
      pagosRecibidos: "999",
    });
    expect(datos).toEqual({
      tipo: "TRAZABILIDAD_VENTAS",
      totalAprovechamientos: 12_345_678_901_234n,
      totalFacturadoDef: 0n,
      numeroDef: 1500,
      pagosRecibidos: 999n,
    });
  });

  it.each([
    ["totalAprovechamientos", "1250000.50"],
    ["totalAprovechamientos", "12.5"],
    ["numeroDef", "1.5"],
    ["numeroDef", "12,5"],
  ])("%s escrito con decimales (%j) se rechaza, nunca se lee como otro número", (campo, texto) => {
    const resultado = datosReporteSchema(limites2020).safeParse({
      tipo: "TRAZABILIDAD_VENTAS",
      totalAprovechamientos: "1.000",
      totalFacturadoDef: "0",
      numeroDef: "1",
      pagosRecibidos: "0",
      [campo]: texto,
    });
    expect(resultado.success).toBe(false);
    expect(resultado.error?.issues.map((i) => i.path.join("."))).toEqual([campo]);
  });

  it("un tipo desconocido se rechaza", () => {
    expect(datosReporteSchema(limites2020).safeParse({ tipo: "OTRO" }).success).toBe(false);
  });

  it.each([
    ["2020-01-01", true],
    ["2020-12-31", true],
    ["2019-12-31", false],
    ["2021-01-01", false],
    ["15/03/2020", false],
  ])("la fecha del acta %s está dentro del periodo: %s", (fechaActa, valida) => {
    const resultado = datosReporteSchema(limites2020).safeParse({
      tipo: "COMITE_PRECIOS",
      fechaActa,
      numeroActa: "001",
      productosServiciosPreciados: "3",
    });
    expect(resultado.success).toBe(valida);
  });

  it("el desglose por regional debe sumar los totales, sin regionales repetidas", () => {
    const base = {
      tipo: "RECAUDO",
      recaudoFiscalizacion: "300",
      recaudoCobroPersuasivo: "30",
      aportantesNuevos: "1",
      smsEnviados: "1",
      correosEnviados: "1",
      analisis: "Un análisis de al menos veinte caracteres.",
    };
    const fila = (regionalId: number, f: string, p: string) => ({
      regionalId,
      recaudoFiscalizacion: f,
      recaudoCobroPersuasivo: p,
    });
    expect(
      recaudoSchema.safeParse({ ...base, regionales: [fila(1, "100", "10"), fila(2, "200", "20")] }).success,
    ).toBe(true);
    expect(recaudoSchema.safeParse({ ...base, regionales: [] }).success).toBe(true);
    const repetida = recaudoSchema.safeParse({
      ...base,
      regionales: [fila(1, "150", "15"), fila(1, "150", "15")],
    });
    expect(repetida.error?.issues.map((i) => i.message)).toEqual(["Una regional aparece dos veces."]);
  });
});

describe("cifras calculadas mientras se escribe", () => {
  it("recaudo: total y cumplimiento frente a la meta", () => {
    const r = resumenEnVivo("RECAUDO", { recaudoFiscalizacion: "150", recaudoCobroPersuasivo: "50" }, 400n);
    expect(r.cifras[1]?.[1]).toMatch(/^\$\s200$/);
    expect(r.cifras[2]?.[1]).toMatch(/^50\s?%$/);
  });

  it("recaudo sin meta registrada no inventa un porcentaje", () => {
    const r = resumenEnVivo("RECAUDO", { recaudoFiscalizacion: "150", recaudoCobroPersuasivo: "50" }, null);
    expect(r.cifras).toContainEqual(["Meta de recaudo del semestre", "Sin meta registrada"]);
    expect(r.cifras).toContainEqual(["Cumplimiento de la meta", "—"]);
  });

  it("trazabilidad: facturar más de lo vendido se advierte pero no se impide", () => {
    const r = resumenEnVivo(
      "TRAZABILIDAD_VENTAS",
      { totalAprovechamientos: "100", totalFacturadoDef: "120" },
      null,
    );
    expect(r.advertencias).toHaveLength(1);
  });

  it("trazabilidad con ventas en cero: la razón no aplica", () => {
    const r = resumenEnVivo(
      "TRAZABILIDAD_VENTAS",
      { totalAprovechamientos: "0", totalFacturadoDef: "0" },
      null,
    );
    expect(r.cifras).toEqual([["Facturado con DEF / aprovechamientos", "No aplica"]]);
  });

  it("ejecución: ejecutar más de lo asignado se advierte", () => {
    const r = resumenEnVivo(
      "EJECUCION_RECURSOS",
      { recursosAsignados: "100", recursosEjecutados: "80" },
      null,
    );
    expect(r.cifras[0]?.[1]).toMatch(/^80\s?%$/);
    expect(r.advertencias).toEqual([]);
    expect(
      resumenEnVivo("EJECUCION_RECURSOS", { recursosAsignados: "1", recursosEjecutados: "2" }, null)
        .advertencias,
    ).toHaveLength(1);
  });
});
