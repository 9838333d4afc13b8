import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { destinoSeguro } from "@/features/acceso/destino";
import { credencialesSchema } from "@/features/acceso/schemas";
import { usaCookiesSeguras } from "@/lib/despliegue";
import { leerConfiguracionIngreso } from "@/features/ingreso/configuracion";
import { registrarAuditoria, SIN_ORIGEN, type Origen } from "./auditoria";
import { admitirIntento, claveDeCuenta, claveDeDireccion, METODO, origenDe, sesionNueva } from "./ingreso";
import { db } from "./db";
import {
  configuracionEntra,
  identidadDe,
  PROVEEDOR_ENTRA,
  proveedorEntra,
  type ConfiguracionEntra,
  type ReclamosEntra,
} from "./entra";
import { ingresarConIdentidad } from "./ingreso-institucional";
import { DEMASIADOS_INTENTOS, devolverIntento, olvidarIntentos } from "./limite-ingreso";
import { cifrarClave, verificarClave } from "./claves";

export { claveDeCuenta, origenDe } from "./ingreso";

/** A session unused this long ends (each request renews it). */
export const VIGENCIA_INACTIVA_S = 8 * 60 * 60;
/** A session ends this long after its login, however much it is used. */
export const VIGENCIA_ABSOLUTA_MS = 12 * 60 * 60 * 1000;

// Verifying against a throwaway hash when the e-mail is unknown keeps the response time the same,
// so the login does not reveal which e-mails have accounts.
let hashDeRelleno: Promise<string> | undefined;

async function usuarioConCredenciales(email: string, password: string) {
  const usuario = await db().user.findUnique({
    where: { email },
    include: { identidad: { select: { id: true } } },
  });
  if (!usuario || !usuario.activo) {
    hashDeRelleno ??= cifrarClave("relleno-para-tiempo-constante");
    await verificarClave(await hashDeRelleno, password);
    return null;
  }
  return (await verificarClave(usuario.passwordHash, password)) ? usuario : null;
}

/**
 * An account linked to its institutional identity may be kept from using its password (a setting
 * of the ADMIN), while the institutional sign-in is configured. It gets the same answer as a wrong
 * password, so the refusal does not tell a guesser that the password was right.
 */
async function claveDesactivadaPara(usuario: { identidad: { id: number } | null }): Promise<boolean> {
  if (!usuario.identidad || !configuracionEntra()) return false;
  return !(await leerConfiguracionIngreso(db())).claveParaCuentasVinculadas;
}

async function auditarIngreso(
  accion: "INGRESO" | "INGRESO_FALLIDO" | "INGRESO_LIMITADO",
  email: string,
  usuarioId: number | null,
  origen: Origen,
  despues: Record<string, unknown> = {},
) {
  await registrarAuditoria(
    db(),
    accion === "INGRESO" ? usuarioId : null,
    randomUUID(),
    {
      accion,
      entidad: "User",
      entidadId: usuarioId ?? email.slice(0, 200),
      despues: { correo: email, metodo: METODO.contrasena, ...despues },
    },
    origen,
  );
}

async function autenticar(credenciales: unknown, req?: { headers?: Record<string, unknown> }) {
  const parsed = credencialesSchema.safeParse(credenciales);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const origen = origenDe(req?.headers);
  const ip = origen.ip ?? "desconocida";
  const esperaMs = await admitirIntento(email, ip);
  if (esperaMs !== null) {
    const cuenta = await db().user.findUnique({ where: { email }, select: { id: true } });
    await auditarIngreso("INGRESO_LIMITADO", email, cuenta?.id ?? null, origen, {
      esperaSegundos: Math.ceil(esperaMs / 1000),
    });
    throw new Error(`${DEMASIADOS_INTENTOS}:${Math.ceil(esperaMs / 1000)}`);
  }
  const usuario = await usuarioConCredenciales(email, password);
  if (!usuario) {
    const cuenta = await db().user.findUnique({ where: { email }, select: { id: true } });
    await auditarIngreso("INGRESO_FALLIDO", email, cuenta?.id ?? null, origen);
    return null;
  }
  if (await claveDesactivadaPara(usuario)) {
    await auditarIngreso("INGRESO_FALLIDO", email, usuario.id, origen, {
      motivo: "contraseña desactivada para cuentas vinculadas",
    });
    return null;
  }
  await olvidarIntentos(db(), claveDeCuenta(email, ip));
  await devolverIntento(db(), claveDeDireccion(ip));
  await db().user.update({ where: { id: usuario.id }, data: { ultimoIngreso: new Date() } });
  await auditarIngreso("INGRESO", email, usuario.id, origen);
  return sesionNueva(usuario);
}

/** Where a refused institutional sign-in lands: the page says why and whom to ask. */
export const PAGINA_INGRESO_INSTITUCIONAL = "/login/institucional";

/**
 * The institutional sign-in, once next-auth verified the provider's answer: the account is the
 * linked one, or the active one with the same verified e-mail (and is linked now). The `user`
 * next-auth holds becomes that account's session; a refusal goes to its explanation.
 */
async function admitirInstitucional(
  user: Record<string, unknown>,
  reclamos: unknown,
  config: ConfiguracionEntra,
  origen: Origen,
): Promise<true | string> {
  const resultado = await ingresarConIdentidad(identidadDe(reclamos as ReclamosEntra), config, origen);
  if (!resultado.ok) {
    const espera = resultado.esperaSegundos ? `&espera=${resultado.esperaSegundos}` : "";
    return `${PAGINA_INGRESO_INSTITUCIONAL}?motivo=${resultado.motivo}${espera}`;
  }
  for (const clave of Object.keys(user)) delete user[clave];
  Object.assign(user, resultado.sesion);
  return true;
}

/**
 * The options of one request to next-auth's routes: with the institutional provider when it is
 * configured, and the request's origin for the audit of an institutional sign-in (next-auth does
 * not hand the request to its callbacks). `authOptions` serves reading sessions.
 */
export function opcionesDeAutenticacion(origen: Origen = SIN_ORIGEN): NextAuthOptions {
  const entra = configuracionEntra();
  return {
    ...authOptions,
    providers: [...authOptions.providers, ...(entra ? [proveedorEntra(entra)] : [])],
    callbacks: {
      ...authOptions.callbacks,
      async signIn({ user, account, profile }) {
        if (account?.provider !== PROVEEDOR_ENTRA) return true;
        if (!entra) return false;
        return admitirInstitucional(user as unknown as Record<string, unknown>, profile, entra, origen);
      },
    },
  };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: VIGENCIA_INACTIVA_S },
  useSecureCookies: usaCookiesSeguras(),
  pages: { signIn: "/login", error: PAGINA_INGRESO_INSTITUCIONAL },
  providers: [
    CredentialsProvider({
      name: "Correo y contraseña",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: autenticar,
    }),
  ],
  events: {
    /**
     * However the browser signs out (the app's button also closes the session first, with the
     * audit), the session's id is recorded as closed: a copy of its cookie is useless from now on.
     */
    async signOut({ token }) {
      if (typeof token?.sid !== "string" || typeof token.inicio !== "number") return;
      await db().sesionCerrada.upsert({
        where: { sid: token.sid },
        create: { sid: token.sid, hasta: new Date(token.inicio + VIGENCIA_ABSOLUTA_MS) },
        update: {},
      });
    },
  },
  callbacks: {
    /** next-auth's own redirects (after signing in or out) stay inside the application too. */
    redirect({ url, baseUrl }) {
      const ruta = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
      return `${baseUrl}${ruta === "/login" ? ruta : destinoSeguro(ruta)}`;
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.rol = user.rol;
        token.centroId = user.centroId;
        token.sid = user.sid;
        token.ver = user.ver;
        token.inicio = user.inicio;
        token.institucional = user.institucional === true;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.uid,
        name: token.name ?? "",
        email: token.email ?? "",
        rol: token.rol,
        centroId: token.centroId,
        sid: token.sid,
        ver: token.ver,
        inicio: token.inicio,
        institucional: token.institucional === true,
      };
      return session;
    },
  },
};
