import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Server actions read the session from next-auth, which reads the browser's cookie: here the cookie
// jar is the test's, holding real session tokens signed with the test secret, so that the server
// can renew them as it would in a browser.
const navegador = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
const COOKIE = "next-auth.session-token";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10", "user-agent": "pruebas" }),
  cookies: async () => ({
    get: (nombre: string) =>
      navegador.cookies.has(nombre) ? { name: nombre, value: navegador.cookies.get(nombre) } : undefined,
    set: (nombre: string, valor: string) => navegador.cookies.set(nombre, valor),
  }),
}));
vi.mock("next-auth", async (original) => {
  const { decode } = await import("next-auth/jwt");
  return {
    ...(await original<typeof import("next-auth")>()),
    getServerSession: async () => {
      const token = await decode({
        token: navegador.cookies.get(COOKIE),
        secret: process.env.NEXTAUTH_SECRET!,
      });
      if (!token) return null;
      return { user: { id: token.uid, sid: token.sid, ver: token.ver, inicio: token.inicio } };
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { encode } from "next-auth/jwt";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import {
  cambiarClave as cambiarClaveAccion,
  cerrarSesion,
  cerrarTodasLasSesiones,
} from "@/features/cuenta/actions";
import { cambiarClave } from "@/features/cuenta/operaciones";
import { guardarMetas } from "@/features/metas/actions";
import {
  crearUsuario as crearUsuarioAccion,
  editarUsuario as editarUsuarioAccion,
} from "@/features/usuarios/actions";
import { editarUsuario, restablecerClave } from "@/features/usuarios/operaciones";
import { MENSAJE_CLAVE_TEMPORAL } from "@/server/operacion";
import { authOptions } from "@/server/auth";
import { db } from "@/server/db";
import { cifrarClaveTemporal, cifrarClave, verificarClave } from "@/server/claves";
import { requerirUsuario, sesionActual, usuarioActual } from "@/server/sesion-actual";
import { crearEscenario, type Escenario } from "../helpers/escenario";

const CLAVE = "Clave-de-prueba-2026";
const NUEVA = "Otra clave segura 2026";
let e: Escenario;
let secuencia = 0;

beforeAll(async () => {
  e = await crearEscenario("cuenta");
});

beforeEach(() => {
  navegador.cookies.clear();
});

/** What a login leaves in the browser: a session of the account's current version, begun now. */
async function ingresarComo(usuarioId: number, sid = `sesion-${usuarioId}-${Date.now()}`) {
  const { version } = await db().user.findUniqueOrThrow({ where: { id: usuarioId } });
  const token = await encode({
    token: { uid: String(usuarioId), rol: "CONSULTA", centroId: null, sid, ver: version, inicio: Date.now() },
    secret: process.env.NEXTAUTH_SECRET!,
  });
  navegador.cookies.set(COOKIE, token);
}

async function cuentaConClave(datos: { debeCambiarClave?: boolean; rol?: "ADMIN" | "CONSULTA" } = {}) {
  secuencia += 1;
  return db().user.create({
    data: {
      email: `persona.${secuencia}@cuenta-it.test`,
      nombre: `Persona ${secuencia}`,
      rol: datos.rol ?? "CONSULTA",
      passwordHash: datos.debeCambiarClave ? await cifrarClaveTemporal(CLAVE) : await cifrarClave(CLAVE),
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

function ingresar(email: string, password: string, ip = "192.0.2.1") {
  return autorizar({ email, password }, {
    headers: { "x-forwarded-for": ip, "user-agent": "Navegador de pruebas" },
  } as never);
}

/** The outcome of a login attempt: the user, refused (null) or told to wait. */
async function intento(email: string, password: string, ip: string) {
  try {
    return (await ingresar(email, password, ip)) ? "ADMITIDO" : "RECHAZADO";
  } catch (error) {
    return /^DEMASIADOS_INTENTOS:\d+$/.test((error as Error).message) ? "ESPERAR" : (error as Error).message;
  }
}

describe("cambiar la propia contraseña", () => {
  it("con la contraseña actual correcta la reemplaza, termina la temporal y lo audita sin secretos", async () => {
    const cuenta = await cuentaConClave({ debeCambiarClave: true });
    const resultado = await cambiarClave(actorDe(cuenta), {
      actual: CLAVE,
      nueva: NUEVA,
      confirmacion: NUEVA,
    });
    expect(resultado).toEqual({ ok: true, data: { eraTemporal: true, version: cuenta.version + 1 } });
    const despues = await db().user.findUniqueOrThrow({ where: { id: cuenta.id } });
    expect(despues.debeCambiarClave).toBe(false);
    expect(await verificarClave(despues.passwordHash, NUEVA)).toBe(true);
    expect(await verificarClave(despues.passwordHash, CLAVE)).toBe(false);
    // A password change moves the account's version: every other session of the account ends.
    expect(despues.version).toBe(cuenta.version + 1);
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
    await ingresarComo(cuenta.id);
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
    await ingresarComo(cuenta.id);
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

    await ingresarComo(cuenta.id);
    expect(await sesionActual()).toMatchObject({ id: cuenta.id });
    const version = (await db().user.findUniqueOrThrow({ where: { id: cuenta.id } })).version;
    const desactivada = await editarUsuario(e.actores.admin, {
      usuarioId: cuenta.id,
      version,
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
    expect(despues.version).toBe(cuenta.version);
  });
});

describe("sesiones", () => {
  it("una copia de la cookie tomada antes de «Cerrar sesión» ya no sirve después, y la salida queda auditada", async () => {
    const cuenta = await cuentaConClave();
    await ingresarComo(cuenta.id);
    const copia = navegador.cookies.get(COOKIE)!;
    expect(await sesionActual()).toMatchObject({ id: cuenta.id });
    await cerrarSesion();
    navegador.cookies.set(COOKIE, copia);
    expect(await sesionActual()).toBeNull();
    expect(
      await db().auditLog.findFirst({
        where: { entidad: "User", entidadId: String(cuenta.id), accion: "SALIDA" },
      }),
    ).toMatchObject({
      actorId: cuenta.id,
      ip: "192.0.2.10",
      userAgent: "pruebas",
    });
  });

  it("cambiar la contraseña cierra las demás sesiones de la cuenta y mantiene la de quien la cambió", async () => {
    const cuenta = await cuentaConClave();
    await ingresarComo(cuenta.id, "otro-equipo");
    const otroEquipo = navegador.cookies.get(COOKIE)!;
    await ingresarComo(cuenta.id, "este-equipo");
    expect(await cambiarClaveAccion({ actual: CLAVE, nueva: NUEVA, confirmacion: NUEVA })).toMatchObject({
      ok: true,
    });
    expect(await sesionActual()).toMatchObject({ id: cuenta.id });
    navegador.cookies.set(COOKIE, otroEquipo);
    expect(await sesionActual()).toBeNull();
  });

  it("«cerrar sesión en todos los dispositivos» termina todas, también esta", async () => {
    const cuenta = await cuentaConClave();
    await ingresarComo(cuenta.id, "otro-equipo");
    const otroEquipo = navegador.cookies.get(COOKIE)!;
    await ingresarComo(cuenta.id, "este-equipo");
    expect(await cerrarTodasLasSesiones()).toEqual({ ok: true, data: null });
    expect(await sesionActual()).toBeNull();
    navegador.cookies.set(COOKIE, otroEquipo);
    expect(await sesionActual()).toBeNull();
    const evento = await db().auditLog.findFirst({
      where: { entidadId: String(cuenta.id), accion: "SALIDA_TODOS" },
    });
    expect(evento).toMatchObject({ actorId: cuenta.id, ip: "192.0.2.10" });
  });

  it.each([
    [
      "el administrador le restablece la contraseña",
      async (id: number) => restablecerClave(e.actores.admin, { usuarioId: id }),
    ],
    [
      "el administrador le cambia el rol",
      async (id: number) => {
        const c = await db().user.findUniqueOrThrow({ where: { id } });
        return editarUsuario(e.actores.admin, {
          usuarioId: id,
          version: c.version,
          nombre: c.nombre,
          rol: "COORDINADOR",
          centroId: "",
          activo: true,
        });
      },
    ],
  ])("%s: la sesión abierta termina", async (_, cambio) => {
    const cuenta = await cuentaConClave();
    await ingresarComo(cuenta.id);
    expect(await sesionActual()).not.toBeNull();
    expect((await cambio(cuenta.id)).ok).toBe(true);
    expect(await sesionActual()).toBeNull();
  });

  it("una sesión termina a las 12 horas de iniciada, aunque se siga usando", async () => {
    const cuenta = await cuentaConClave();
    const token = await encode({
      token: {
        uid: String(cuenta.id),
        rol: "CONSULTA",
        centroId: null,
        sid: "vieja",
        ver: cuenta.version,
        inicio: Date.now() - 12 * 3_600_000 - 1_000,
      },
      secret: process.env.NEXTAUTH_SECRET!,
    });
    navegador.cookies.set(COOKIE, token);
    expect(await sesionActual()).toBeNull();
    await ingresarComo(cuenta.id);
    expect(await sesionActual()).toMatchObject({ id: cuenta.id });
  });
});

describe("límite de intentos de ingreso", () => {
  it("40 contraseñas equivocadas a la vez: solo 5 se comprueban, y el dueño entra desde su propia dirección", async () => {
    const cuenta = await cuentaConClave();
    const resultados = await Promise.all(
      Array.from({ length: 40 }, () => intento(cuenta.email, "equivocada-123", "203.0.113.66")),
    );
    expect(resultados.filter((r) => r === "RECHAZADO")).toHaveLength(5);
    expect(resultados.filter((r) => r === "ESPERAR")).toHaveLength(35);
    expect(await intento(cuenta.email, CLAVE, "203.0.113.66")).toBe("ESPERAR");
    expect(await intento(cuenta.email, CLAVE, "198.51.100.7")).toBe("ADMITIDO");
    const eventos = await db().auditLog.groupBy({
      by: ["accion"],
      where: { entidad: "User", entidadId: String(cuenta.id), ip: "203.0.113.66" },
      _count: { _all: true },
    });
    // The refused ones are not written one by one: only the moments a limit began.
    expect(Object.fromEntries(eventos.map((g) => [g.accion, g._count._all]))).toEqual({
      INGRESO_FALLIDO: 5,
      INGRESO_LIMITADO: 2,
    });
    const limites = await db().auditLog.findMany({
      where: { entidadId: String(cuenta.id), accion: "INGRESO_LIMITADO" },
    });
    // Which of the five failures is written first depends on the race; each limit is there once.
    const porMotivo = (d: unknown) => String((d as { motivo: string }).motivo);
    expect(limites.map((l) => l.despues).sort((a, b) => porMotivo(a).localeCompare(porMotivo(b)))).toEqual([
      { correo: cuenta.email, metodo: "contraseña", motivo: "cuenta-y-direccion", esperaSegundos: 60 },
      { correo: cuenta.email, metodo: "contraseña", motivo: "demora-de-cuenta", fallos: 3 },
    ]);
  });

  it("los contadores viven en PostgreSQL, compartidos por toda instancia, y la espera crece", async () => {
    const cuenta = await cuentaConClave();
    for (let i = 0; i < 5; i += 1)
      expect(await intento(cuenta.email, "equivocada", "203.0.113.67")).toBe("RECHAZADO");
    const fila = await db().limiteIntentos.findUniqueOrThrow({
      where: { clave: `ingreso:${cuenta.email}|203.0.113.67` },
    });
    expect(fila.intentos).toBe(5);
    const espera = fila.esperaHasta!.getTime() - Date.now();
    expect(espera).toBeGreaterThan(50_000);
    expect(espera).toBeLessThanOrEqual(60_000);
  });

  it("los ingresos correctos no se cuentan contra la dirección: una oficina entera ingresa desde una sola", async () => {
    const cuenta = await cuentaConClave();
    for (let i = 0; i < 60; i += 1)
      expect(await intento(cuenta.email, CLAVE, "203.0.113.70")).toBe("ADMITIDO");
    expect(await db().limiteIntentos.findUnique({ where: { clave: "ingreso-ip:203.0.113.70" } })).toBeNull();
  });

  it("un correo que no existe cuenta igual y recibe la misma respuesta", async () => {
    const correo = `nadie.${Date.now()}@cuenta-it.test`;
    for (let i = 0; i < 5; i += 1)
      expect(await intento(correo, "cualquiera", "203.0.113.68")).toBe("RECHAZADO");
    expect(await intento(correo, "cualquiera", "203.0.113.68")).toBe("ESPERAR");
  });

  it("un ingreso correcto queda auditado con la dirección y el navegador, sin la contraseña", async () => {
    const cuenta = await cuentaConClave();
    expect(await intento(cuenta.email, CLAVE, "203.0.113.69")).toBe("ADMITIDO");
    const evento = await db().auditLog.findFirstOrThrow({
      where: { entidadId: String(cuenta.id), accion: "INGRESO" },
    });
    expect(evento).toMatchObject({
      actorId: cuenta.id,
      ip: "203.0.113.69",
      userAgent: "Navegador de pruebas",
    });
    expect(JSON.stringify({ ...evento, id: String(evento.id) })).not.toContain(CLAVE);
  });

  it("la contraseña actual en Mi cuenta admite 5 intentos y luego pide esperar, aun si la sexta es correcta", async () => {
    const cuenta = await cuentaConClave();
    await ingresarComo(cuenta.id);
    for (let i = 0; i < 5; i += 1) {
      expect(
        await cambiarClaveAccion({ actual: "equivocada", nueva: NUEVA, confirmacion: NUEVA }),
      ).toMatchObject({
        ok: false,
        fieldErrors: { actual: ["La contraseña actual no es correcta."] },
      });
    }
    expect(await cambiarClaveAccion({ actual: CLAVE, nueva: NUEVA, confirmacion: NUEVA })).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^Demasiados intentos con la contraseña actual\. Por seguridad, espere 1 minuto/,
      ),
    });
    expect(
      await verificarClave(
        (await db().user.findUniqueOrThrow({ where: { id: cuenta.id } })).passwordHash,
        CLAVE,
      ),
    ).toBe(true);
  });
});
