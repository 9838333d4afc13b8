// Switching off passwords for accounts linked to their institutional identity (Administración →
// Ingreso) ends their password sessions; their institutional ones go on (decisions 0017 and 0026).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Pages read the session from next-auth, which reads the browser's cookie: here the cookie is the
// test's, holding real session tokens signed with the test secret.
const navegador = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next-auth", async (original) => {
  const { decode } = await import("next-auth/jwt");
  return {
    ...(await original<typeof import("next-auth")>()),
    getServerSession: async () => {
      const token = await decode({ token: navegador.token, secret: process.env.NEXTAUTH_SECRET! });
      if (!token) return null;
      const { authOptions } = await import("@/server/auth");
      return authOptions.callbacks!.session!({ session: { expires: "" }, token } as never);
    },
  };
});

import { encode } from "next-auth/jwt";
import { guardarConfiguracionIngreso } from "@/features/ingreso/operaciones";
import { db } from "@/server/db";
import { sesionActual } from "@/server/sesion-actual";
import { crearEscenario, type Escenario } from "../helpers/escenario";

const ENTRA = {
  ENTRA_ISSUER: "http://127.0.0.1:9/emisor-de-prueba",
  ENTRA_CLIENT_ID: "cliente-de-prueba",
  ENTRA_CLIENT_SECRET: "secreto-de-prueba",
  ENTRA_TENANT_ID: "6f1c2a3b-0000-4000-8000-00000000c003",
};
let e: Escenario;

beforeAll(async () => {
  e = await crearEscenario("vinculadas");
  Object.assign(process.env, ENTRA);
});

afterAll(async () => {
  for (const clave of Object.keys(ENTRA)) delete process.env[clave];
  const { version } = await db().configuracionIngreso.findUniqueOrThrow({ where: { id: 1 } });
  await guardarConfiguracionIngreso(e.actores.admin, { version, claveParaCuentasVinculadas: true });
});

beforeEach(() => {
  navegador.token = undefined;
});

async function cuenta(nombre: string, vinculada: boolean) {
  const u = await db().user.create({
    data: { email: `${nombre}.${Date.now()}@vinculadas.test`, nombre, rol: "CONSULTA", passwordHash: "x" },
  });
  if (vinculada) {
    await db().identidadInstitucional.create({
      data: { usuarioId: u.id, inquilino: ENTRA.ENTRA_TENANT_ID, sujeto: `oid-${u.id}`, correo: u.email },
    });
  }
  return u;
}

/** A session cookie as a sign-in leaves it: begun now, with the account's version. */
function sesion(u: { id: number; version: number }, institucional: boolean) {
  return encode({
    token: {
      uid: String(u.id),
      rol: "CONSULTA",
      centroId: null,
      sid: `sesion-${u.id}-${institucional ? "institucional" : "clave"}`,
      ver: u.version,
      inicio: Date.now(),
      institucional,
    },
    secret: process.env.NEXTAUTH_SECRET!,
  });
}

async function vigente(token: string): Promise<boolean> {
  navegador.token = token;
  return (await sesionActual()) !== null;
}

async function cambiarAjuste(claveParaCuentasVinculadas: boolean) {
  const { version } = await db().configuracionIngreso.findUniqueOrThrow({ where: { id: 1 } });
  return guardarConfiguracionIngreso(e.actores.admin, { version, claveParaCuentasVinculadas });
}

describe("apagar la contraseña de las cuentas vinculadas", () => {
  it("cierra sus sesiones abiertas con contraseña y deja las institucionales y las de cuentas sin vínculo", async () => {
    await cambiarAjuste(true);
    const vinculada = await cuenta("vinculada", true);
    const sinVinculo = await cuenta("sinvinculo", false);
    // Begun a moment after the setting last changed, as any real session is.
    await new Promise((r) => setTimeout(r, 5));
    const conClave = await sesion(vinculada, false);
    const institucional = await sesion(vinculada, true);
    const otra = await sesion(sinVinculo, false);
    expect([await vigente(conClave), await vigente(institucional), await vigente(otra)]).toEqual([
      true,
      true,
      true,
    ]);

    expect(await cambiarAjuste(false)).toMatchObject({ ok: true });
    expect([await vigente(conClave), await vigente(institucional), await vigente(otra)]).toEqual([
      false,
      true,
      true,
    ]);
    // Switching passwords on again does not bring the ended sessions back.
    expect(await cambiarAjuste(true)).toMatchObject({ ok: true });
    expect(await vigente(conClave)).toBe(false);
    await new Promise((r) => setTimeout(r, 5));
    expect(await vigente(await sesion(vinculada, false))).toBe(true);
  });

  it("guardar el mismo valor no escribe nada ni cierra sesiones", async () => {
    const vinculada = await cuenta("igual", true);
    await new Promise((r) => setTimeout(r, 5));
    const conClave = await sesion(vinculada, false);
    const antes = await db().configuracionIngreso.findUniqueOrThrow({ where: { id: 1 } });
    const auditoria = await db().auditLog.count({ where: { entidad: "ConfiguracionIngreso" } });
    expect(await cambiarAjuste(antes.claveParaCuentasVinculadas)).toEqual({
      ok: true,
      data: { version: antes.version },
    });
    expect(await db().configuracionIngreso.findUniqueOrThrow({ where: { id: 1 } })).toEqual(antes);
    expect(await db().auditLog.count({ where: { entidad: "ConfiguracionIngreso" } })).toBe(auditoria);
    expect(await vigente(conClave)).toBe(true);
  });

  it("sin el ingreso institucional configurado, el ajuste no cierra ninguna sesión", async () => {
    const vinculada = await cuenta("sinentra", true);
    await new Promise((r) => setTimeout(r, 5));
    const conClave = await sesion(vinculada, false);
    expect(await cambiarAjuste(false)).toMatchObject({ ok: true });
    expect(await vigente(conClave)).toBe(false);
    for (const clave of Object.keys(ENTRA)) delete process.env[clave];
    try {
      expect(await vigente(conClave)).toBe(true);
    } finally {
      Object.assign(process.env, ENTRA);
      await cambiarAjuste(true);
    }
  });
});
