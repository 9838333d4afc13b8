import { describe, expect, it } from "vitest";
import { comentarioSchema, devolverSchema, filtrosColaSchema } from "@/features/revision/schemas";
import { hayFiltros, urlDeCola } from "@/features/revision/url";

describe("el comentario para el responsable", () => {
  it("se guarda sin los espacios de los extremos", () => {
    expect(comentarioSchema.parse("  Falta el acta firmada.  \n")).toBe("Falta el acta firmada.");
  });

  it.each([
    ["", "Escriba el comentario para el responsable."],
    ["   \n ", "Escriba el comentario para el responsable."],
    ["Corregir", "Escriba al menos 10 caracteres para que se entienda qué corregir."],
    ["x".repeat(2001), "No puede superar 2.000 caracteres."],
  ])("%j se rechaza con un mensaje en español", (texto, mensaje) => {
    const resultado = comentarioSchema.safeParse(texto);
    expect(resultado.success).toBe(false);
    expect(resultado.error?.issues.map((i) => i.message)).toEqual([mensaje]);
  });

  it("acepta exactamente 10 y exactamente 2.000 caracteres", () => {
    expect(comentarioSchema.safeParse("1234567890").success).toBe(true);
    expect(comentarioSchema.safeParse("x".repeat(2000)).success).toBe(true);
  });

  it("la devolución exige el reporte y la versión leída", () => {
    expect(devolverSchema.safeParse({ comentario: "Falta el acta firmada." }).success).toBe(false);
    expect(
      devolverSchema.safeParse({ reporteId: 1, version: 0, comentario: "Falta el acta firmada." }).success,
    ).toBe(false);
  });
});

describe("los filtros de la cola en la URL", () => {
  it("toma los filtros válidos", () => {
    expect(
      filtrosColaSchema.parse({
        vigencia: "2026",
        tipo: "COMITE_PRECIOS",
        periodo: "2026-T2",
        regional: "7",
        pagina: "3",
      }),
    ).toEqual({ vigencia: 2026, tipo: "COMITE_PRECIOS", periodo: "2026-T2", regional: 7, pagina: 3 });
  });

  it("ignora lo vacío, lo inventado y lo repetido en vez de fallar", () => {
    expect(
      filtrosColaSchema.parse({
        vigencia: "",
        tipo: "OTRO",
        periodo: "2026-S3",
        regional: ["1", "2"],
        pagina: "-4",
        orden: "desc",
      }),
    ).toEqual({ vigencia: undefined, tipo: undefined, periodo: undefined, regional: undefined, pagina: 1 });
    expect(filtrosColaSchema.parse({})).toMatchObject({ pagina: 1 });
  });

  it("la dirección conserva los filtros y omite la primera página", () => {
    const filtros = filtrosColaSchema.parse({ vigencia: "2026", tipo: "TRAZABILIDAD_VENTAS" });
    expect(urlDeCola(filtros)).toBe("/revision?vigencia=2026&tipo=TRAZABILIDAD_VENTAS");
    expect(urlDeCola({ ...filtros, pagina: 2 })).toBe(
      "/revision?vigencia=2026&tipo=TRAZABILIDAD_VENTAS&pagina=2",
    );
    expect(urlDeCola({ pagina: 1 })).toBe("/revision");
    expect(hayFiltros(filtros)).toBe(true);
    expect(hayFiltros(filtrosColaSchema.parse({ pagina: "2" }))).toBe(false);
  });
});
