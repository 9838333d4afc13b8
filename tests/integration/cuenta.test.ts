import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Server actions read the session from next-auth; here it is whoever the test says is logged in.
const sesion = vi.hoisted(() => ({ usuarioId: null as number | null }));
vi.mock("next-auth", async (original) => ({
  ...(await original<typeof import("next-auth")>()),
  getServerSession: async () =>
    sesion.usuarioId === null ? null : { user: { id: String(sesion.usuarioId) } },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import type { CredentialsConfig } from "next-auth/providers/credentials";
import { cambiarClave as cambiarClaveAccion } from "@/features/cuenta/actions";
import { cambiarClave } from "@/features/cuenta/operaciones";
import { guardarMetas } from "@/features/metas/actions";
import {
  crearUsuario as crearUsuarioAccion,
  editarUsuario as editarUsuarioAccion,
} from "@/features/usuarios/actions";
import { editarUsuario } from "@/features/usuarios/operaciones";
import { MENSAJE_CLAVE_TEMPORAL } from "@/server/action";
import { authOptions } from "@/server/auth";
import { db } from "@/server/db";
import { hashClaveTemporal, hashPassword, verifyPassword } from "@/server/password";
import { requerirUsuario, sesionActual, usuarioActual } from "@/server/session";
import { crearEscenario, type Escenario } from "../helpers/escenario";

const CLAVE = "Clave-de-prueba-2026";
const NUEVA = "Otra clave segura 2026";
let e: Escenario;
let secuencia = 0;

beforeAll(async () => {
  e = await crearEscenario("cuenta");
});

beforeEach(() => {
  sesion.usuarioId = null;
});

async function cuentaConClave(datos: { debeCambiarClave?: boolean; rol?: "ADMIN" | "CONSULTA" } = {}) {
  secuencia += 1;
  return db().user.create({
    data: {
      email: `persona.${secuencia}@cuenta-it.test`,
      nombre: `Persona ${secuencia}`,
      rol: datos.rol ?? "CONSULTA",
      passwordHash: datos.debeCambiarClave ? await hashClaveTemporal(CLAVE) : await hashPassword(CLAVE),
      debeCambiarClave: datos.debeCambiarClave ?? false,
    },
  });
}

function actorDe(u: {
  id: number;
  rol: "ADMIN" | "COORDINADOR" | "SUBDIRECTOR" | "CONSULTA";
  centroId: number | null;
}) {
  return { id: u.id, rol: u.rol, centroId: u.centroId };
}

const autorizar = (authOptions.providers[0] as unknown as { options: CredentialsConfig }).options.authorize;

function ingresar(email: string, password: string) {
  return autorizar({ email, password }, { headers: {} } as never);
}

describe("cambiar la propia contraseña", () => {
  it("con la contraseña actual correcta la reemplaza, termina la temporal y lo audita sin secretos", async () => {
    const cuenta = await cuentaConClave({ debeCambiarClave: true });
    const resultado = await cambiarClave(actorDe(cuenta), {
      actual: CLAVE,
      nueva: NUEVA,
      confirmacion: NUEVA,
    });
    expect(resultado).toEqual({ ok: true, data: { eraTemporal: true } });
    const despues = await db().user.findUniqueOrThrow({ where: { id: cuenta.id } });
    expect(despues.debeCambiarClave).toBe(false);
    expect(await verifyPassword(despues.passwordHash, NUEVA)).toBe(true);
    expect(await verifyPassword(despues.passwordHash, CLAVE)).toBe(false);
    expect(despues.updatedAt).toEqual(cuenta.updatedAt);
    const eventos = await db().auditLog.findMany({
      where: { entidad: "User", entidadId: String(cuenta.id) },
    });
    expect(eventos).toMatchObject([
      {
        accion: "CAMBIAR_CLAVE",
        actorId: cuenta.id,
        antes: { debeCambiarClave: true },
        despues: { debeCambiarClave: false },
      },
    ]);
    const texto = JSON.stringify(eventos.map((x) => [x.antes, x.despues]));
    for (const secreto of [CLAVE, NUEVA, despues.passwordHash, cuenta.passwordHash])
      expect(texto).not.toContain(secreto);
  });

  it.each([
    [
      "una contraseña actual equivocada",
      { actual: "no-es-esta", nueva: NUEVA, confirmacion: NUEVA },
      { actual: ["La contraseña actual no es correcta."] },
    ],
    [
      "una nueva igual al correo",
      { actual: CLAVE, nueva: "correo", confirmacion: "correo" },
      { nueva: ["La contraseña nueva no puede ser su correo ni contener su nombre de usuario."] },
    ],
    [
      "una nueva corta",
      { actual: CLAVE, nueva: "corta", confirmacion: "corta" },
      { nueva: ["La contraseña nueva debe tener al menos 10 caracteres; lleva 5."] },
    ],
    [
      "una nueva igual a la actual",
      { actual: CLAVE, nueva: CLAVE, confirmacion: CLAVE },
      { nueva: ["La contraseña nueva debe ser distinta de la actual."] },
    ],
    [
      "una confirmación distinta",
      { actual: CLAVE, nueva: NUEVA, confirmacion: `${NUEVA}.` },
      { confirmacion: ["La confirmación no coincide con la contraseña nueva."] },
    ],
  ])("%s se rechaza junto al campo y no cambia nada", async (_caso, entrada, fieldErrors) => {
    const cuenta = await cuentaConClave();
    const datos =
      entrada.nueva === "correo" ? { ...entrada, nueva: cuenta.email, confirmacion: cuenta.email } : entrada;
    const auditoria = await db().auditLog.count();
    const resultado = await cambiarClave(actorDe(cuenta), datos);
    expect(resultado).toMatchObject({ ok: false, fieldErrors });
    expect(await db().user.findUniqueOrThrow({ where: { id: cuenta.id } })).toEqual(cuenta);
    expect(await db().auditLog.count()).toBe(auditoria);
  });
});

describe("quien tiene una contraseña temporal solo puede cambiarla", () => {
  it("las acciones se niegan con un mensaje claro hasta que la cambia; después funcionan", async () => {
    const cuenta = await cuentaConClave({ debeCambiarClave: true, rol: "ADMIN" });
    sesion.usuarioId = cuenta.id;
    const alta = { email: `alta.${cuenta.id}@cuenta-it.test`, nombre: "Alta", rol: "CONSULTA", centroId: "" };
    const usuarios = await db().user.count();

    expect(await crearUsuarioAccion(alta)).toEqual({ ok: false, message: MENSAJE_CLAVE_TEMPORAL });
    expect(await guardarMetas({})).toEqual({ ok: false, message: MENSAJE_CLAVE_TEMPORAL });
    expect(await editarUsuarioAccion({})).toEqual({ ok: false, message: MENSAJE_CLAVE_TEMPORAL });
    expect(await db().user.count()).toBe(usuarios);

    expect(await cambiarClaveAccion({ actual: CLAVE, nueva: NUEVA, confirmacion: NUEVA })).toMatchObject({
      ok: true,
    });
    expect(await crearUsuarioAccion(alta)).toMatchObject({ ok: true });
  });

  it("las páginas lo mandan a cambiarla y las descargas no lo reconocen como usuario", async () => {
    const cuenta = await cuentaConClave({ debeCambiarClave: true });
    sesion.usuarioId = cuenta.id;
    await expect(requerirUsuario()).rejects.toMatchObject({
      digest: expect.stringContaining("/cambiar-clave"),
    });
    expect(await sesionActual()).toMatchObject({ id: cuenta.id, debeCambiarClave: true });
    expect(await usuarioActual()).toBeNull();
  });

  it("sin sesión, las acciones piden ingresar", async () => {
    expect(await cambiarClaveAccion({ actual: CLAVE, nueva: NUEVA, confirmacion: NUEVA })).toEqual({
      ok: false,
      message: "Su sesión terminó. Ingrese de nuevo para continuar.",
    });
  });
});

describe("ingreso", () => {
  it("una cuenta desactivada ya no puede ingresar ni actuar", async () => {
    const cuenta = await cuentaConClave();
    expect(await ingresar(` ${cuenta.email.toUpperCase()} `, CLAVE)).toMatchObject({ id: String(cuenta.id) });

    sesion.usuarioId = cuenta.id;
    expect(await sesionActual()).toMatchObject({ id: cuenta.id });
    const version = (await db().user.findUniqueOrThrow({ where: { id: cuenta.id } })).updatedAt;
    const desactivada = await editarUsuario(e.actores.admin, {
      usuarioId: cuenta.id,
      version: version.toISOString(),
      nombre: cuenta.nombre,
      rol: "CONSULTA",
      centroId: "",
      activo: false,
    });
    expect(desactivada.ok).toBe(true);

    expect(await ingresar(cuenta.email, CLAVE)).toBeNull();
    expect(await sesionActual()).toBeNull();
    expect(await cambiarClaveAccion({ actual: CLAVE, nueva: NUEVA, confirmacion: NUEVA })).toMatchObject({
      ok: false,
      message: "Su sesión terminó. Ingrese de nuevo para continuar.",
    });
  });

  it("con la contraseña temporal se ingresa, y el ingreso no cambia la versión de la cuenta", async () => {
    const cuenta = await cuentaConClave({ debeCambiarClave: true });
    expect(await ingresar(cuenta.email, CLAVE)).toMatchObject({ id: String(cuenta.id), rol: "CONSULTA" });
    const despues = await db().user.findUniqueOrThrow({ where: { id: cuenta.id } });
    expect(despues.ultimoIngreso).not.toBeNull();
    expect(despues.updatedAt).toEqual(cuenta.updatedAt);
  });
});
