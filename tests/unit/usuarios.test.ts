import { describe, expect, it } from "vitest";
import {
  crearUsuarioSchema,
  editarUsuarioSchema,
  filtrosUsuariosSchema,
  MENSAJE_CENTRO_OBLIGATORIO,
  MENSAJE_CENTRO_SOBRA,
  problemaDeCentro,
} from "@/features/usuarios/schemas";
import { urlDeUsuarios } from "@/features/usuarios/url";

const NUEVO = { email: "ana.perez@sena.edu.co", nombre: "Ana Pérez", rol: "COORDINADOR", centroId: "" };

function erroresDe(resultado: { success: boolean; error?: { flatten(): { fieldErrors: object } } }) {
  return resultado.error?.flatten().fieldErrors as Record<string, string[]> | undefined;
}

describe("crear un usuario", () => {
  it("guarda el correo sin espacios y en minúsculas, y el centro vacío como nulo", () => {
    const datos = crearUsuarioSchema.parse({
      ...NUEVO,
      email: "  Ana.Perez@SENA.edu.co ",
      nombre: " Ana Pérez ",
    });
    expect(datos).toEqual({
      email: "ana.perez@sena.edu.co",
      nombre: "Ana Pérez",
      rol: "COORDINADOR",
      centroId: null,
    });
  });

  it("un subdirector necesita su centro", () => {
    const resultado = crearUsuarioSchema.safeParse({ ...NUEVO, rol: "SUBDIRECTOR" });
    expect(erroresDe(resultado)).toEqual({ centroId: [MENSAJE_CENTRO_OBLIGATORIO] });
    expect(crearUsuarioSchema.parse({ ...NUEVO, rol: "SUBDIRECTOR", centroId: "17" }).centroId).toBe(17);
  });

  it.each(["ADMIN", "COORDINADOR", "CONSULTA"])("un %s no puede tener centro", (rol) => {
    const resultado = crearUsuarioSchema.safeParse({ ...NUEVO, rol, centroId: "17" });
    expect(erroresDe(resultado)).toEqual({ centroId: [MENSAJE_CENTRO_SOBRA] });
  });

  it("muestra a la vez el error del correo y el del centro", () => {
    const resultado = crearUsuarioSchema.safeParse({ ...NUEVO, email: "sin-arroba", rol: "SUBDIRECTOR" });
    expect(erroresDe(resultado)).toEqual({
      email: ["Escriba un correo electrónico válido, por ejemplo nombre@sena.edu.co."],
      centroId: [MENSAJE_CENTRO_OBLIGATORIO],
    });
  });

  it.each([
    [{ email: "" }, "email", "Escriba el correo electrónico."],
    [{ nombre: "   " }, "nombre", "Escriba el nombre completo."],
    [{ nombre: "x".repeat(121) }, "nombre", "El nombre no puede superar 120 caracteres."],
    [{ rol: "" }, "rol", "Elija el rol de la cuenta."],
    [{ rol: "JEFE" }, "rol", "Elija el rol de la cuenta."],
    [{ rol: "SUBDIRECTOR", centroId: "abc" }, "centroId", "Elija un centro de la lista."],
  ])("rechaza %j con un mensaje junto al campo", (cambio, campo, mensaje) => {
    expect(erroresDe(crearUsuarioSchema.safeParse({ ...NUEVO, ...cambio }))?.[campo]).toEqual([mensaje]);
  });

  it("la regla del centro es la misma para cualquier rol", () => {
    expect(problemaDeCentro("SUBDIRECTOR", true)).toBeNull();
    expect(problemaDeCentro("SUBDIRECTOR", false)).toBe(MENSAJE_CENTRO_OBLIGATORIO);
    expect(problemaDeCentro("CONSULTA", false)).toBeNull();
    expect(problemaDeCentro("ADMIN", true)).toBe(MENSAJE_CENTRO_SOBRA);
  });
});

describe("editar un usuario", () => {
  const EDICION = {
    usuarioId: 4,
    version: 7,
    nombre: "Ana",
    rol: "SUBDIRECTOR",
    centroId: "3",
    activo: true,
  };

  it("lleva la versión leída y la misma regla de centro", () => {
    expect(editarUsuarioSchema.parse(EDICION)).toMatchObject({ centroId: 3, activo: true });
    expect(erroresDe(editarUsuarioSchema.safeParse({ ...EDICION, centroId: "" }))).toEqual({
      centroId: [MENSAJE_CENTRO_OBLIGATORIO],
    });
    expect(editarUsuarioSchema.safeParse({ ...EDICION, version: "ayer" }).success).toBe(false);
    expect(editarUsuarioSchema.safeParse({ ...EDICION, version: 0 }).success).toBe(false);
  });
});

describe("filtros de la lista de usuarios", () => {
  it("ignora lo que no tiene sentido y conserva lo demás", () => {
    expect(
      filtrosUsuariosSchema.parse({
        q: "  ospina ",
        rol: "JEFE",
        regional: "x",
        centro: "12",
        activo: "no",
        pagina: "-3",
      }),
    ).toEqual({ q: "ospina", rol: undefined, regional: undefined, centro: 12, activo: "no", pagina: 1 });
    expect(filtrosUsuariosSchema.parse({ q: "   " }).q).toBeUndefined();
  });

  it("la dirección de la lista lleva los filtros y omite la primera página", () => {
    expect(urlDeUsuarios({ q: "ana maría", rol: "SUBDIRECTOR", pagina: 1 })).toBe(
      "/admin/usuarios?q=ana+mar%C3%ADa&rol=SUBDIRECTOR",
    );
    expect(urlDeUsuarios({ activo: "si", pagina: 3 })).toBe("/admin/usuarios?activo=si&pagina=3");
    expect(urlDeUsuarios({})).toBe("/admin/usuarios");
  });
});
