import { beforeAll, describe, expect, it } from "vitest";
import { misObligaciones, obligacionesDelCentro } from "@/features/obligaciones/queries";
import { reporteParaVer } from "@/features/reportes/queries";
import { AccesoDenegado } from "@/server/autorizacion";
import { crearEscenario, type Escenario } from "../helpers/escenario";
import { tipoDe } from "../helpers/escenario";

let e: Escenario;
const HOY = "2020-10-20";

beforeAll(async () => {
  e = await crearEscenario("oblig");
});

describe("Mis obligaciones según el rol", () => {
  it("el subdirector de un centro con aprovechamiento ve los cuatro trimestres, el comité y la ejecución de su centro", async () => {
    const resultado = await misObligaciones(e.actores.subdirectorA, e.vigencia, HOY);
    expect(resultado?.unidad).toBe(e.centroA.nombre);
    const filas = resultado!.obligaciones.map((o) => `${tipoDe(o)} ${o.periodo.codigo} ${o.estado}`);
    expect(filas.sort()).toEqual(
      [
        "COMITE_PRECIOS 2020 PENDIENTE",
        "EJECUCION_RECURSOS 2020 PENDIENTE",
        "TRAZABILIDAD_VENTAS 2020-T1 ENVIADO",
        "TRAZABILIDAD_VENTAS 2020-T2 PENDIENTE",
        "TRAZABILIDAD_VENTAS 2020-T3 PENDIENTE",
        "TRAZABILIDAD_VENTAS 2020-T4 PENDIENTE",
      ].sort(),
    );
    const enviado = resultado!.obligaciones.find((o) => o.periodo.codigo === "2020-T1");
    expect(enviado?.reporteId).toBe(e.reporteA.id);
    expect(enviado?.oportunidad).toEqual({ tipo: "ENVIADO_A_TIEMPO" });
  });

  it("un subdirector nunca ve en su lista el reporte de otro centro", async () => {
    const resultado = await misObligaciones(e.actores.subdirectorB, e.vigencia, HOY);
    const ids = resultado!.obligaciones.map((o) => o.reporteId).filter((id) => id !== null);
    expect(ids).toEqual([e.reporteB.id]);
    expect(ids).not.toContain(e.reporteA.id);
  });

  it("un centro que no genera aprovechamiento solo debe la ejecución de recursos", async () => {
    const resultado = await misObligaciones(e.actores.subdirectorC, e.vigencia, HOY);
    expect(resultado!.obligaciones.map((o) => `${tipoDe(o)} ${o.periodo.codigo}`)).toEqual([
      "EJECUCION_RECURSOS 2020",
    ]);
  });

  it("el coordinador debe los dos informes semestrales de recaudo nacionales", async () => {
    const resultado = await misObligaciones(e.actores.coordinador, e.vigencia, HOY);
    expect(resultado?.unidad).toBe("Nivel nacional");
    expect(resultado!.obligaciones.map((o) => `${tipoDe(o)} ${o.periodo.codigo}`)).toEqual([
      "RECAUDO 2020-S1",
      "RECAUDO 2020-S2",
    ]);
    expect(resultado!.obligaciones.every((o) => o.ambito === "NACIONAL")).toBe(true);
  });

  it.each(["admin", "consulta"] as const)("el rol %s no tiene reportes a cargo", async (quien) => {
    expect(await misObligaciones(e.actores[quien], e.vigencia, HOY)).toBeNull();
  });
});

describe("obligaciones de un centro pedidas explícitamente", () => {
  it.each([
    ["admin", true],
    ["coordinador", true],
    ["consulta", true],
    ["subdirectorB", true],
    ["subdirectorA", false],
    ["subdirectorC", false],
  ] as const)("%s pide las del centro B: permitido=%s", async (quien, permitido) => {
    const consulta = obligacionesDelCentro(e.actores[quien], e.centroB.id, e.vigencia, HOY);
    if (permitido) await expect(consulta).resolves.toMatchObject({ unidad: e.centroB.nombre });
    else await expect(consulta).rejects.toBeInstanceOf(AccesoDenegado);
  });
});

describe("ver un reporte", () => {
  it.each([
    ["admin", true],
    ["coordinador", true],
    ["consulta", true],
    ["subdirectorA", true],
    ["subdirectorB", false],
    ["subdirectorC", false],
  ] as const)("%s abre el reporte del centro A: permitido=%s", async (quien, permitido) => {
    const reporte = await reporteParaVer(e.actores[quien], e.reporteA.id);
    if (permitido) {
      expect(reporte?.id).toBe(e.reporteA.id);
      expect(reporte?.datos.valores.totalFacturadoDef).toBe(800_000n);
    } else {
      expect(reporte).toBeNull();
    }
  });

  it("un id que no existe o no es válido no revela nada", async () => {
    expect(await reporteParaVer(e.actores.admin, 999_999_999)).toBeNull();
    expect(await reporteParaVer(e.actores.admin, Number.NaN)).toBeNull();
    expect(await reporteParaVer(e.actores.admin, -1)).toBeNull();
    expect(await reporteParaVer(e.actores.admin, 3_000_000_000)).toBeNull();
  });
});
