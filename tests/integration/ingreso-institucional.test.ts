// Sign-in with the institutional account against a real OpenID Connect provider on this machine
// (tests/helpers/proveedor-oidc.ts): next-auth and openid-client run the whole protocol with the
// same provider the application uses for Microsoft Entra ID, pointed at with ENTRA_ISSUER.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Pages read the session through next-auth's getServerSession, from the browser's cookie: here the
// cookie is the test's, and the session is built by the application's own session callback.
const navegador = vi.hoisted(() => ({ token: undefined as string | undefined }));
vi.mock("next-auth", async (original) => {
  const { decode: decodificar } = await import("next-auth/jwt");
  return {
    ...(await original<typeof import("next-auth")>()),
    getServerSession: async () => {
      const token = await decodificar({ token: navegador.token, secret: process.env.NEXTAUTH_SECRET! });
      if (!token) return null;
      const { authOptions: opciones } = await import("@/server/auth");
      return opciones.callbacks!.session!({ session: { expires: "" }, token } as never);
    },
  };
});
// next-auth's core (what its route handler calls), which its package does not export by name.
import { AuthHandler } from "../../node_modules/next-auth/core/index.js";
import { decode, encode } from "next-auth/jwt";
import type { CredentialsConfig } from "next-auth/providers/credentials";
import { registroDeAuditoria } from "@/features/auditoria/queries";
import { filtrosAuditoriaSchema } from "@/features/auditoria/schemas";
import { desvincularIdentidad, guardarConfiguracionIngreso } from "@/features/ingreso/operaciones";
import { authOptions, opcionesDeAutenticacion } from "@/server/auth";
import { db } from "@/server/db";
import { registrarRespuestaRechazada } from "@/server/ingreso-institucional";
import { cifrarClave } from "@/server/claves";
import { sesionActual, usuarioActual } from "@/server/sesion-actual";
import { crearEscenario, type Escenario } from "../helpers/escenario";
import { iniciarProveedorOidc, type ProveedorOidc } from "../helpers/proveedor-oidc";

const APP = "http://localhost:3999";
const INQUILINO = "6f1c2a3b-0000-4000-8000-00000000a001";
const OTRO_INQUILINO = "6f1c2a3b-0000-4000-8000-00000000b002";
const COOKIE_SESION = "next-auth.session-token";
const CLAVE = "Clave-institucional-2026";

let proveedor: ProveedorOidc;
let e: Escenario;
let secuencia = 0;
const entornoAnterior = { ...process.env };

beforeAll(async () => {
  e = await crearEscenario("institucional");
  proveedor = await iniciarProveedorOidc({ redirecciones: [`${APP}/api/auth/callback/entra-id`] });
  process.env.NEXTAUTH_URL = APP;
});

beforeEach(() => {
  process.env.ENTRA_ISSUER = proveedor.emisor;
  process.env.ENTRA_CLIENT_ID = proveedor.clientId;
  process.env.ENTRA_CLIENT_SECRET = proveedor.clientSecret;
  process.env.ENTRA_TENANT_ID = INQUILINO;
});

afterAll(async () => {
  await proveedor?.detener();
  for (const clave of [
    "NEXTAUTH_URL",
    "ENTRA_ISSUER",
    "ENTRA_CLIENT_ID",
    "ENTRA_CLIENT_SECRET",
    "ENTRA_TENANT_ID",
  ]) {
    if (entornoAnterior[clave] === undefined) delete process.env[clave];
    else process.env[clave] = entornoAnterior[clave];
  }
});

/** A person of the directory (at the provider) and, unless `sinCuenta`, their account in the app. */
async function persona(
  o: {
    activo?: boolean;
    sinCuenta?: boolean;
    verificado?: boolean;
    inquilino?: string;
    correo?: string;
  } = {},
) {
  secuencia += 1;
  const nombre = `persona${secuencia}`;
  const correo = o.correo ?? `${nombre}.${Date.now()}@sena-institucional.test`;
  const oid = `oid-${secuencia}-${Date.now()}`;
  proveedor.cuentas.set(nombre, {
    oid,
    tid: o.inquilino ?? INQUILINO,
    email: correo.toUpperCase(),
    email_verified: o.verificado ?? true,
    name: `Persona ${secuencia}`,
  });
  const usuario = o.sinCuenta
    ? null
    : await db().user.create({
        data: {
          email: correo,
          nombre: `Persona ${secuencia}`,
          rol: "CONSULTA",
          activo: o.activo ?? true,
          passwordHash: await cifrarClave(CLAVE),
        },
      });
  return { nombre, correo, oid, usuario };
}

/** Cookies of one origin, as a browser keeps them. */
class Tarro {
  private readonly valores = new Map<string, string>();
  guardar(respuesta: Response) {
    for (const linea of respuesta.headers.getSetCookie()) {
      const [par] = linea.split(";");
      const i = par!.indexOf("=");
      const nombre = par!.slice(0, i).trim();
      const valor = par!.slice(i + 1).trim();
      if (valor === "" || /max-age=0|expires=thu, 01 jan 1970/i.test(linea)) this.valores.delete(nombre);
      else this.valores.set(nombre, valor);
    }
  }
  encabezado() {
    return [...this.valores].map(([n, v]) => `${n}=${v}`).join("; ");
  }
}

interface Resultado {
  /** Where next-auth sends the browser after the callback. */
  destino: string;
  /** The session token next-auth wrote, decoded; null when it wrote none. */
  sesion: Awaited<ReturnType<typeof decode>>;
  /** The cookie's value, as the browser would send it. */
  token?: string;
}

interface Vuelta {
  query: Record<string, string>;
  cookies: Record<string, string | undefined>;
  completar: () => Promise<Resultado>;
}

/**
 * A browser going through the whole sign-in: next-auth's sign-in route (csrf, state, PKCE and nonce
 * cookies), the provider's authorization and login page, and back to next-auth's callback with the
 * code. `vuelta` is what comes back before the callback runs, so a test can tamper with it.
 */
async function iniciarIngreso(cuenta: string, ip = "198.51.100.7"): Promise<Vuelta> {
  const opciones = {
    ...opcionesDeAutenticacion({ ip, userAgent: "Navegador de pruebas" }),
    secret: process.env.NEXTAUTH_SECRET,
  };
  const app: Record<string, string | undefined> = {};
  const llamar = async (req: Parameters<typeof AuthHandler>[0]["req"]) => {
    const r = await AuthHandler({ req, options: opciones });
    for (const c of r.cookies ?? []) {
      if (c.value === "" || c.options?.maxAge === 0) delete app[c.name];
      else app[c.name] = c.value;
    }
    return r;
  };
  const csrf = await llamar({ method: "GET", action: "csrf", cookies: { ...app }, headers: {} });
  const { csrfToken } = csrf.body as { csrfToken: string };
  const inicio = await llamar({
    method: "POST",
    action: "signin",
    providerId: "entra-id",
    cookies: { ...app },
    headers: {},
    body: { csrfToken, callbackUrl: `${APP}/obligaciones`, json: "true" },
  });
  expect(inicio.redirect).toMatch(new RegExp(`^${proveedor.emisor}/auth\\?`));
  const autorizacion = new URL(inicio.redirect!);
  expect(autorizacion.searchParams.get("code_challenge_method")).toBe("S256");
  expect(autorizacion.searchParams.get("state")).toBeTruthy();
  expect(autorizacion.searchParams.get("nonce")).toBeTruthy();

  const idp = new Tarro();
  const pedir = async (url: string, init: RequestInit = {}) => {
    const r = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: idp.encabezado() },
    });
    idp.guardar(r);
    return r;
  };
  let r = await pedir(inicio.redirect!);
  let interaccion = new URL(r.headers.get("location")!, proveedor.emisor).toString();
  expect(interaccion).toMatch(/\/interaccion\//);
  expect(await (await pedir(interaccion)).text()).toContain("Cuenta del directorio");
  r = await pedir(interaccion, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ cuenta }).toString(),
  });
  // The provider resumes the authorization and sends the browser back with the code.
  for (let saltos = 0; saltos < 5; saltos += 1) {
    interaccion = new URL(r.headers.get("location")!, proveedor.emisor).toString();
    if (interaccion.startsWith(APP)) break;
    r = await pedir(interaccion);
  }
  const regreso = new URL(interaccion);
  expect(regreso.pathname).toBe("/api/auth/callback/entra-id");
  const vuelta: Vuelta = {
    query: Object.fromEntries(regreso.searchParams),
    cookies: app,
    completar: async () => {
      const fin = await llamar({
        method: "GET",
        action: "callback",
        providerId: "entra-id",
        query: vuelta.query,
        cookies: { ...vuelta.cookies },
        headers: {},
      });
      const token = app[COOKIE_SESION];
      if (!token) return { destino: fin.redirect ?? "", sesion: null };
      return {
        destino: fin.redirect ?? "",
        sesion: await decode({ token, secret: process.env.NEXTAUTH_SECRET! }),
        token,
      };
    },
  };
  return vuelta;
}

async function ingresar(cuenta: string, ip?: string) {
  return (await iniciarIngreso(cuenta, ip)).completar();
}

const eventos = (correoOId: string | number, accion: string) =>
  db().auditLog.findMany({
    where: { accion, entidadId: String(correoOId) },
    orderBy: { id: "asc" },
  });

describe("ingreso con la cuenta institucional", () => {
  it("el primer ingreso vincula la cuenta por su correo verificado y abre una sesión de su versión", async () => {
    const p = await persona();
    const r = await ingresar(p.nombre, "198.51.100.21");
    expect(r.destino).toBe(`${APP}/obligaciones`);
    expect(r.sesion).toMatchObject({
      uid: String(p.usuario!.id),
      email: p.correo,
      name: p.usuario!.nombre,
      rol: "CONSULTA",
      centroId: null,
      ver: p.usuario!.version,
    });
    expect(typeof r.sesion?.sid).toBe("string");
    expect(Date.now() - Number(r.sesion?.inicio)).toBeLessThan(60_000);
    const vinculo = await db().identidadInstitucional.findUniqueOrThrow({
      where: { usuarioId: p.usuario!.id },
    });
    expect(vinculo).toMatchObject({ inquilino: INQUILINO, sujeto: p.oid, correo: p.correo, ultimoUso: null });
    const [vincular] = await eventos(p.usuario!.id, "VINCULAR_IDENTIDAD");
    expect(vincular).toMatchObject({
      actorId: p.usuario!.id,
      ip: "198.51.100.21",
      userAgent: "Navegador de pruebas",
      despues: { inquilino: INQUILINO, sujeto: p.oid, correo: p.correo },
    });
    const [ingreso] = await eventos(p.usuario!.id, "INGRESO");
    expect(ingreso).toMatchObject({
      actorId: p.usuario!.id,
      ip: "198.51.100.21",
      despues: { correo: p.correo, metodo: "cuenta institucional", inquilino: INQUILINO, sujeto: p.oid },
    });
    expect(
      (await db().user.findUniqueOrThrow({ where: { id: p.usuario!.id } })).ultimoIngreso,
    ).not.toBeNull();
  });

  it("un segundo ingreso usa el vínculo: la misma cuenta, sin vincular de nuevo", async () => {
    const p = await persona();
    await ingresar(p.nombre);
    const r = await ingresar(p.nombre);
    expect(r.sesion?.uid).toBe(String(p.usuario!.id));
    expect(await db().identidadInstitucional.count({ where: { usuarioId: p.usuario!.id } })).toBe(1);
    expect(await eventos(p.usuario!.id, "VINCULAR_IDENTIDAD")).toHaveLength(1);
    expect(await eventos(p.usuario!.id, "INGRESO")).toHaveLength(2);
    const vinculo = await db().identidadInstitucional.findUniqueOrThrow({
      where: { usuarioId: p.usuario!.id },
    });
    expect(vinculo.ultimoUso).not.toBeNull();
  });

  it("un correo sin cuenta en la aplicación se rechaza con su explicación y no crea nada", async () => {
    const p = await persona({ sinCuenta: true });
    const usuarios = await db().user.count();
    const r = await ingresar(p.nombre, "198.51.100.22");
    expect(r).toEqual({ destino: "/login/institucional?motivo=no-habilitada", sesion: null });
    expect(await db().user.count()).toBe(usuarios);
    expect(await db().identidadInstitucional.count({ where: { sujeto: p.oid } })).toBe(0);
    const [fallido] = await eventos(p.correo, "INGRESO_FALLIDO");
    expect(fallido).toMatchObject({
      actorId: null,
      ip: "198.51.100.22",
      despues: { correo: p.correo, metodo: "cuenta institucional", motivo: "no-habilitada", sujeto: p.oid },
    });
    const registro = await registroDeAuditoria(
      e.actores.admin,
      filtrosAuditoriaSchema.parse({ q: p.correo }),
    );
    expect(registro.filas.map((f) => [f.evento, f.correoEscrito, f.detalle])).toEqual([
      ["Ingreso fallido", p.correo, "Con la cuenta institucional · sin cuenta habilitada con ese correo"],
    ]);
  });

  it("una cuenta desactivada no ingresa, ni antes ni después de vincularse", async () => {
    const nueva = await persona({ activo: false });
    expect(await ingresar(nueva.nombre)).toEqual({
      destino: "/login/institucional?motivo=desactivada",
      sesion: null,
    });
    expect(await db().identidadInstitucional.count({ where: { usuarioId: nueva.usuario!.id } })).toBe(0);

    const vinculada = await persona();
    expect((await ingresar(vinculada.nombre)).sesion?.uid).toBe(String(vinculada.usuario!.id));
    await db().user.update({ where: { id: vinculada.usuario!.id }, data: { activo: false } });
    expect(await ingresar(vinculada.nombre)).toEqual({
      destino: "/login/institucional?motivo=desactivada",
      sesion: null,
    });
    const [fallido] = await eventos(vinculada.usuario!.id, "INGRESO_FALLIDO");
    expect(fallido?.despues).toMatchObject({ motivo: "desactivada", metodo: "cuenta institucional" });
  });

  it("un correo cambiado en el proveedor no cambia de cuenta: decide el vínculo", async () => {
    const a = await persona();
    const b = await persona();
    expect((await ingresar(a.nombre)).sesion?.uid).toBe(String(a.usuario!.id));
    // In the directory, A's e-mail becomes B's (an admin's mistake, or an attacker's).
    proveedor.cuentas.get(a.nombre)!.email = b.correo;
    const r = await ingresar(a.nombre);
    expect(r.sesion).toMatchObject({ uid: String(a.usuario!.id), email: a.correo });
    expect(await db().identidadInstitucional.count({ where: { usuarioId: b.usuario!.id } })).toBe(0);
    const ultimo = (await eventos(a.usuario!.id, "INGRESO")).at(-1);
    expect(ultimo?.despues).toMatchObject({ correo: a.correo, correoDelProveedor: b.correo });

    // Another identity of the directory claiming A's e-mail does not get in either: A is linked.
    const impostor = await persona({ sinCuenta: true, correo: a.correo });
    expect(await ingresar(impostor.nombre)).toEqual({
      destino: "/login/institucional?motivo=otra-identidad",
      sesion: null,
    });
    expect(
      await db().identidadInstitucional.findUniqueOrThrow({ where: { usuarioId: a.usuario!.id } }),
    ).toMatchObject({ sujeto: a.oid });
  });

  it("un correo no verificado por el proveedor no encuentra cuenta", async () => {
    const p = await persona({ verificado: false });
    expect(await ingresar(p.nombre)).toEqual({
      destino: "/login/institucional?motivo=correo-sin-verificar",
      sesion: null,
    });
  });

  it("otro directorio se rechaza; varios solo si se configuran", async () => {
    const p = await persona({ inquilino: OTRO_INQUILINO });
    expect(await ingresar(p.nombre)).toEqual({
      destino: "/login/institucional?motivo=otro-inquilino",
      sesion: null,
    });
    process.env.ENTRA_TENANT_ID = `${INQUILINO}, ${OTRO_INQUILINO}`;
    const r = await ingresar(p.nombre);
    expect(r.sesion?.uid).toBe(String(p.usuario!.id));
    expect(
      await db().identidadInstitucional.findUniqueOrThrow({ where: { usuarioId: p.usuario!.id } }),
    ).toMatchObject({
      inquilino: OTRO_INQUILINO,
    });
  });

  it("un state alterado se rechaza sin sesión ni vínculo", async () => {
    const p = await persona();
    const vuelta = await iniciarIngreso(p.nombre);
    vuelta.query.state = `${vuelta.query.state}x`;
    expect(await vuelta.completar()).toEqual({
      destino: `${APP}/api/auth/error?error=OAuthCallback`,
      sesion: null,
    });
    expect(await db().identidadInstitucional.count({ where: { usuarioId: p.usuario!.id } })).toBe(0);
    expect(await eventos(p.usuario!.id, "INGRESO")).toHaveLength(0);
  });

  it("un nonce de otro intento se rechaza: el token firmado no es para esta sesión", async () => {
    const p = await persona();
    const otra = await iniciarIngreso(p.nombre);
    const vuelta = await iniciarIngreso(p.nombre);
    vuelta.cookies["next-auth.nonce"] = otra.cookies["next-auth.nonce"];
    expect(vuelta.cookies["next-auth.nonce"]).toBeTruthy();
    expect(await vuelta.completar()).toEqual({
      destino: `${APP}/api/auth/error?error=OAuthCallback`,
      sesion: null,
    });
    expect(await db().identidadInstitucional.count({ where: { usuarioId: p.usuario!.id } })).toBe(0);
    // The untouched one still works, once: its code cannot be used again, even with its cookies.
    const cookiesDeLaOtra = { ...otra.cookies };
    expect((await otra.completar()).sesion?.uid).toBe(String(p.usuario!.id));
    Object.assign(otra.cookies, cookiesDeLaOtra);
    delete otra.cookies[COOKIE_SESION];
    expect(await otra.completar()).toEqual({
      destino: `${APP}/api/auth/error?error=OAuthCallback`,
      sesion: null,
    });
  });

  it("una respuesta rechazada por next-auth cuenta en la dirección y queda en la auditoría", async () => {
    const ip = "198.51.100.50";
    const cookies = ["next-auth.csrf-token", "next-auth.state", "next-auth.pkce.code_verifier"];
    await registrarRespuestaRechazada({ ip, userAgent: "Navegador de pruebas" }, "OAuthCallback", cookies);
    await registrarRespuestaRechazada({ ip, userAgent: "Navegador de pruebas" }, "OAuthCallback", [
      "__Secure-next-auth.state",
    ]);
    expect(
      await db().limiteIntentos.findUniqueOrThrow({ where: { clave: `ingreso-ip:${ip}` } }),
    ).toMatchObject({ intentos: 2 });
    const rechazos = await db().auditLog.findMany({ where: { accion: "INGRESO_FALLIDO", ip } });
    expect(rechazos.map((r) => [r.entidadId, r.actorId, r.despues])).toEqual([
      [
        "desconocida",
        null,
        { metodo: "cuenta institucional", motivo: "respuesta-rechazada", error: "OAuthCallback" },
      ],
      [
        "desconocida",
        null,
        { metodo: "cuenta institucional", motivo: "respuesta-rechazada", error: "OAuthCallback" },
      ],
    ]);
    const registro = await registroDeAuditoria(e.actores.admin, filtrosAuditoriaSchema.parse({ ip }));
    expect(registro.filas[0]?.detalle).toBe(
      "Con la cuenta institucional · respuesta del proveedor rechazada (state, nonce, PKCE o código)",
    );
  });

  it("un regreso sin la cookie de state (enviado por otra página) no cuenta ni se audita", async () => {
    const ip = "198.51.100.51";
    // Any page can send its visitors' browsers here, as many times as it likes.
    for (let i = 0; i < 60; i += 1) {
      await registrarRespuestaRechazada({ ip, userAgent: "Navegador de pruebas" }, "OAuthCallback", [
        "next-auth.csrf-token",
      ]);
    }
    expect(await db().limiteIntentos.findUnique({ where: { clave: `ingreso-ip:${ip}` } })).toBeNull();
    expect(await db().auditLog.count({ where: { ip } })).toBe(0);
  });

  it("sin el verificador de PKCE el código no sirve", async () => {
    const p = await persona();
    const vuelta = await iniciarIngreso(p.nombre);
    delete vuelta.cookies["next-auth.pkce.code_verifier"];
    expect((await vuelta.completar()).sesion).toBeNull();
  });

  it("cuenta los intentos como la contraseña: cinco rechazos desde una dirección y el sexto espera", async () => {
    const p = await persona({ sinCuenta: true });
    for (let i = 0; i < 5; i += 1) {
      expect((await ingresar(p.nombre, "198.51.100.30")).destino).toBe(
        "/login/institucional?motivo=no-habilitada",
      );
    }
    expect((await ingresar(p.nombre, "198.51.100.30")).destino).toMatch(
      /^\/login\/institucional\?motivo=limitado&espera=\d+$/,
    );
    const [limitado] = await eventos(p.correo, "INGRESO_LIMITADO");
    expect(limitado?.despues).toMatchObject({ metodo: "cuenta institucional", correo: p.correo });
    // The same e-mail with a password shares the throttle (same account, same address).
    const autorizar = (authOptions.providers[0] as unknown as { options: CredentialsConfig }).options
      .authorize;
    await expect(
      autorizar({ email: p.correo, password: "x" }, {
        headers: { "x-forwarded-for": "198.51.100.30" },
      } as never),
    ).rejects.toThrow(/^DEMASIADOS_INTENTOS:\d+$/);
  });
});

describe("administración del vínculo y de la contraseña", () => {
  const autorizar = (email: string, password: string) =>
    (authOptions.providers[0] as unknown as { options: CredentialsConfig }).options.authorize(
      { email, password },
      { headers: { "x-forwarded-for": "198.51.100.40", "user-agent": "Navegador de pruebas" } } as never,
    );

  it("el ADMIN quita el vínculo: auditado, termina las sesiones y el próximo ingreso vincula de nuevo", async () => {
    const p = await persona();
    const primera = await ingresar(p.nombre);
    const antes = await db().user.findUniqueOrThrow({ where: { id: p.usuario!.id } });
    expect(primera.sesion?.ver).toBe(antes.version);
    navegador.token = primera.token;
    expect(await sesionActual()).toMatchObject({ id: p.usuario!.id, email: p.correo });
    expect(await desvincularIdentidad(e.actores.consulta, { usuarioId: p.usuario!.id })).toEqual({
      ok: false,
      message: "No tiene permiso para realizar esta operación.",
    });
    expect(await desvincularIdentidad(e.actores.admin, { usuarioId: p.usuario!.id })).toEqual({
      ok: true,
      data: { usuarioId: p.usuario!.id },
    });
    expect(await db().identidadInstitucional.count({ where: { usuarioId: p.usuario!.id } })).toBe(0);
    const despues = await db().user.findUniqueOrThrow({ where: { id: p.usuario!.id } });
    // The session begun before carries the old version: it has ended.
    expect(despues.version).toBe(antes.version + 1);
    expect(await sesionActual()).toBeNull();
    const [evento] = await eventos(p.usuario!.id, "DESVINCULAR_IDENTIDAD");
    expect(evento).toMatchObject({
      actorId: e.actores.admin.id,
      antes: { inquilino: INQUILINO, sujeto: p.oid, correo: p.correo },
    });
    expect(await desvincularIdentidad(e.actores.admin, { usuarioId: p.usuario!.id })).toMatchObject({
      ok: false,
    });
    const otra = await ingresar(p.nombre);
    expect(otra.sesion).toMatchObject({ uid: String(p.usuario!.id), ver: despues.version });
  });

  it("la contraseña de las cuentas vinculadas se apaga y se enciende con un ajuste auditado", async () => {
    const p = await persona();
    const sinVinculo = await persona();
    await ingresar(p.nombre);
    const { version } = await db().configuracionIngreso.findUniqueOrThrow({ where: { id: 1 } });
    expect(
      await guardarConfiguracionIngreso(e.actores.coordinador, {
        version,
        claveParaCuentasVinculadas: false,
      }),
    ).toMatchObject({
      ok: false,
    });
    expect(
      await guardarConfiguracionIngreso(e.actores.admin, { version, claveParaCuentasVinculadas: false }),
    ).toEqual({
      ok: true,
      data: { version: version + 1 },
    });
    expect(await autorizar(p.correo, CLAVE)).toBeNull();
    expect((await autorizar(sinVinculo.correo, CLAVE))?.id).toBe(String(sinVinculo.usuario!.id));
    const [rechazo] = await eventos(p.usuario!.id, "INGRESO_FALLIDO");
    expect(rechazo?.despues).toMatchObject({
      metodo: "contraseña",
      motivo: "contraseña desactivada para cuentas vinculadas",
    });
    // The institutional sign-in still works.
    expect((await ingresar(p.nombre)).sesion?.uid).toBe(String(p.usuario!.id));
    // Without the institutional sign-in configured, nobody is locked out.
    delete process.env.ENTRA_CLIENT_ID;
    delete process.env.ENTRA_CLIENT_SECRET;
    delete process.env.ENTRA_TENANT_ID;
    delete process.env.ENTRA_ISSUER;
    expect((await autorizar(p.correo, CLAVE))?.id).toBe(String(p.usuario!.id));
    expect(opcionesDeAutenticacion().providers.map((x) => x.id)).toEqual(["credentials"]);
    process.env.ENTRA_ISSUER = proveedor.emisor;
    process.env.ENTRA_CLIENT_ID = proveedor.clientId;
    process.env.ENTRA_CLIENT_SECRET = proveedor.clientSecret;
    process.env.ENTRA_TENANT_ID = INQUILINO;
    expect(
      await guardarConfiguracionIngreso(e.actores.admin, {
        version: version + 1,
        claveParaCuentasVinculadas: true,
      }),
    ).toMatchObject({
      ok: true,
    });
    expect((await autorizar(p.correo, CLAVE))?.id).toBe(String(p.usuario!.id));
    const cambios = await db().auditLog.findMany({
      where: { entidad: "ConfiguracionIngreso", actorId: e.actores.admin.id },
      orderBy: { id: "asc" },
    });
    expect(cambios.map((c) => [c.accion, c.antes, c.despues])).toEqual([
      ["EDITAR", { claveParaCuentasVinculadas: true }, { claveParaCuentasVinculadas: false }],
      ["EDITAR", { claveParaCuentasVinculadas: false }, { claveParaCuentasVinculadas: true }],
    ]);
  });

  it("quien tiene una contraseña temporal y entra con la cuenta institucional no debe cambiarla; con contraseña, sí", async () => {
    const p = await persona();
    await db().user.update({ where: { id: p.usuario!.id }, data: { debeCambiarClave: true } });
    const r = await ingresar(p.nombre);
    expect(r.sesion?.institucional).toBe(true);
    navegador.token = r.token;
    expect(await sesionActual()).toMatchObject({ id: p.usuario!.id, debeCambiarClave: false });
    expect(await usuarioActual()).toMatchObject({ id: p.usuario!.id });
    const { version } = await db().user.findUniqueOrThrow({ where: { id: p.usuario!.id } });
    navegador.token = await encode({
      token: {
        uid: String(p.usuario!.id),
        sid: "sesion-con-clave",
        ver: version,
        inicio: Date.now(),
      } as never,
      secret: process.env.NEXTAUTH_SECRET!,
    });
    expect(await sesionActual()).toMatchObject({ id: p.usuario!.id, debeCambiarClave: true });
    expect(await usuarioActual()).toBeNull();
  });
});
