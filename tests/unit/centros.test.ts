import { describe, expect, it } from "vitest";
import {
  crearCentroSchema,
  editarCentroSchema,
  editarRegionalSchema,
  filtrosCentrosSchema,
} from "@/features/centros/schemas";
import { coincideConBusqueda, hayFiltros, urlDeCentros } from "@/features/centros/url";

const valido = {
  codigo: " demo-91-09 ",
  nombre: "  Centro   Agropecuario  de la Amazonía ",
  regionalId: "4",
  generaAprovechamiento: true,
  requiereRecursos: false,
  activo: true,
};

function errores(resultado: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((resultado.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("el formulario de un centro", () => {
  it("guarda el código recortado y en mayúsculas, el nombre sin espacios de más y la regional como número", () => {
    expect(crearCentroSchema.parse(valido)).toEqual({
      codigo: "DEMO-91-09",
      nombre: "Centro Agropecuario de la Amazonía",
      regionalId: 4,
      generaAprovechamiento: true,
      requiereRecursos: false,
      activo: true,
    });
  });

  it.each([
    ["", "Escriba el código del centro."],
    ["   ", "Escriba el código del centro."],
    ["9", "El código debe tener al menos 2 caracteres."],
    ["X".repeat(21), "El código no puede superar 20 caracteres."],
    [
      "91 01",
      "Use solo letras sin tilde, números, puntos o guiones, sin espacios; por ejemplo 9101 o DEMO-05-01.",
    ],
    [
      "CAÑO-1",
      "Use solo letras sin tilde, números, puntos o guiones, sin espacios; por ejemplo 9101 o DEMO-05-01.",
    ],
    [
      "-9101",
      "Use solo letras sin tilde, números, puntos o guiones, sin espacios; por ejemplo 9101 o DEMO-05-01.",
    ],
  ])("rechaza el código %j con un mensaje junto al campo", (codigo, mensaje) => {
    expect(errores(crearCentroSchema.safeParse({ ...valido, codigo }))).toEqual({ codigo: mensaje });
  });

  it.each([
    ["", "Escriba el nombre del centro."],
    ["Ab", "El nombre debe tener al menos 3 caracteres."],
    ["x".repeat(201), "El nombre no puede superar 200 caracteres."],
  ])("rechaza el nombre %j", (nombre, mensaje) => {
    expect(errores(crearCentroSchema.safeParse({ ...valido, nombre }))).toEqual({ nombre: mensaje });
  });

  it.each(["", "0", "abc", "-3"])("sin una regional elegida (%j) pide elegirla", (regionalId) => {
    expect(errores(crearCentroSchema.safeParse({ ...valido, regionalId }))).toEqual({
      regionalId: "Elija la regional.",
    });
  });

  it("la edición exige el centro y la versión que cargó el formulario", () => {
    expect(editarCentroSchema.parse({ ...valido, id: 7, version: 3 })).toMatchObject({ id: 7, version: 3 });
    expect(errores(editarCentroSchema.safeParse({ ...valido, id: 7 }))).toEqual({
      version: "Recargue la página: el formulario no trae la versión del centro.",
    });
    for (const version of ["3", 0, 1.5, "2026-11-30T15:04:05.123Z"]) {
      expect(editarCentroSchema.safeParse({ ...valido, id: 7, version }).success).toBe(false);
    }
  });
});

describe("el formulario de una regional", () => {
  it("exige la versión que cargó, para rechazar un guardado sobre otro más nuevo", () => {
    const datos = { id: 3, version: 2, codigo: " 05 ", nombre: " Antioquia " };
    expect(editarRegionalSchema.parse(datos)).toEqual({ ...datos, codigo: "05", nombre: "Antioquia" });
    expect(editarRegionalSchema.safeParse({ ...datos, version: undefined }).success).toBe(false);
    expect(errores(editarRegionalSchema.safeParse({ ...datos, codigo: "0 5" }))).toEqual({
      codigo: "Use solo letras sin tilde, números, puntos o guiones, sin espacios; por ejemplo 05.",
    });
  });
});

describe("los filtros de la lista viven en la URL", () => {
  it("lee los válidos y descarta en silencio los que no tienen sentido", () => {
    expect(
      filtrosCentrosSchema.parse({
        regional: "12",
        aprovechamiento: "si",
        estado: "inactivos",
        q: "  Bogotá  ",
      }),
    ).toEqual({ regional: 12, aprovechamiento: "si", estado: "inactivos", q: "Bogotá" });
    expect(
      filtrosCentrosSchema.parse({ regional: "x", aprovechamiento: "tal vez", estado: "", q: "" }),
    ).toEqual({});
  });

  it("la URL de la lista lleva solo los filtros elegidos", () => {
    expect(urlDeCentros({})).toBe("/admin/centros");
    expect(urlDeCentros({ regional: 5, q: "agro pecuario" })).toBe(
      "/admin/centros?regional=5&q=agro+pecuario",
    );
    expect(hayFiltros({})).toBe(false);
    expect(hayFiltros({ estado: "activos" })).toBe(true);
  });

  it("la búsqueda ignora tildes, mayúsculas y signos, por código o por nombre", () => {
    const centro = { codigo: "DEMO-11-03", nombre: "Centro de Gestión Industrial – Bogotá" };
    for (const q of ["bogota", "GESTION indus", "demo-11", "demo 11 03", "Centro de Gestión"]) {
      expect(coincideConBusqueda(centro, q), q).toBe(true);
    }
    expect(coincideConBusqueda(centro, "Medellín")).toBe(false);
  });
});
