import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { destinoSeguro } from "@/features/auth/destino";
import { credencialesSchema } from "@/features/auth/schemas";
import { usaCookiesSeguras } from "@/lib/despliegue";
import { registrarAuditoria, type Origen } from "./audit";
import { db } from "./db";
import {
  consumirIntento,
  DEMASIADOS_INTENTOS,
  devolverIntento,
  olvidarIntentos,
  POLITICAS,
} from "./limite-ingreso";
import { hashPassword, verifyPassword } from "./password";

/** A session unused this long ends (each request renews it). */
export const VIGENCIA_INACTIVA_S = 8 * 60 * 60;
/** A session ends this long after its login, however much it is used. */
export const VIGENCIA_ABSOLUTA_MS = 12 * 60 * 60 * 1000;

// Verifying against a throwaway hash when the e-mail is unknown keeps the response time the same,
// so the login does not reveal which e-mails have accounts.
let hashDeRelleno: Promise<string> | undefined;

async function usuarioConCredenciales(email: string, password: string) {
  const usuario = await db().user.findUnique({ where: { email } });
  if (!usuario || !usuario.activo) {
    hashDeRelleno ??= hashPassword("relleno-para-tiempo-constante");
    await verifyPassword(await hashDeRelleno, password);
    return null;
  }
  return (await verifyPassword(usuario.passwordHash, password)) ? usuario : null;
}

type Encabezados = Record<string, unknown> | undefined;

function encabezado(headers: Encabezados, nombre: string): string | null {
  const valor = headers?.[nombre];
  return typeof valor === "string" && valor.trim() !== "" ? valor.trim() : null;
}

/**
 * The address scripts/servidor.ts wrote in X-Forwarded-For (the socket's, or the one a trusted
 * proxy saw); whatever the browser sent there was discarded before.
 */
export function origenDe(headers: Encabezados): Origen {
  return { ip: encabezado(headers, "x-forwarded-for"), userAgent: encabezado(headers, "user-agent") };
}

export const claveDeCuenta = (email: string, ip: string) => `ingreso:${email}|${ip}`;
const claveDeDireccion = (ip: string) => `ingreso-ip:${ip}`;

/**
 * Both throttles count this attempt before the password is looked at: per account and address,
 * and per address. Either one asking to wait refuses it.
 */
async function admitirIntento(email: string, ip: string) {
  const porCuenta = await consumirIntento(db(), claveDeCuenta(email, ip), POLITICAS.cuentaYDireccion);
  const porDireccion = await consumirIntento(db(), claveDeDireccion(ip), POLITICAS.direccion);
  if (porCuenta.admitido && porDireccion.admitido) return null;
  return Math.max(
    porCuenta.admitido ? 0 : porCuenta.esperaMs,
    porDireccion.admitido ? 0 : porDireccion.esperaMs,
  );
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
      despues: { correo: email, ...despues },
    },
    origen,
  );
}

async function autenticar(credenciales: unknown, req?: { headers?: Encabezados }) {
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
  await olvidarIntentos(db(), claveDeCuenta(email, ip));
  await devolverIntento(db(), claveDeDireccion(ip));
  await db().user.update({ where: { id: usuario.id }, data: { ultimoIngreso: new Date() } });
  await auditarIngreso("INGRESO", email, usuario.id, origen);
  return {
    id: String(usuario.id),
    name: usuario.nombre,
    email: usuario.email,
    rol: usuario.rol,
    centroId: usuario.centroId,
    sid: randomUUID(),
    ver: usuario.version,
    inicio: Date.now(),
  };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: VIGENCIA_INACTIVA_S },
  useSecureCookies: usaCookiesSeguras(),
  pages: { signIn: "/login" },
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
      };
      return session;
    },
  },
};
