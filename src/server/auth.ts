import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { destinoSeguro } from "@/features/acceso/destino";
import { FALLOS_DESDE_LA_DIRECCION, INGRESO_NO_DISPONIBLE } from "@/features/acceso/mensajes";
import { credencialesSchema } from "@/features/acceso/schemas";
import { leerConfiguracionIngreso } from "@/features/ingreso/configuracion";
import { esCuentaDeDemostracion, leerDespliegue, usaCookiesSeguras } from "@/lib/despliegue";
import { registrarAuditoria, SIN_ORIGEN, type Origen } from "./auditoria";
import { METODO, origenDe, sesionNueva, type SesionNueva } from "./ingreso";
import { admitirIntento, registrarExito, registrarFallo, type Intento } from "./intentos-de-ingreso";
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
import { DEMASIADOS_INTENTOS } from "./limite-ingreso";
import { logger } from "./logger";
import { verificarSinRevelar } from "./claves";

export { origenDe } from "./ingreso";

/** A session unused this long ends (each request renews it). */
export const VIGENCIA_INACTIVA_S = 8 * 60 * 60;
/** A session ends this long after its login, however much it is used. */
export const VIGENCIA_ABSOLUTA_MS = 12 * 60 * 60 * 1000;

/** A refusal the visitor is told about by its code; any other error is never shown. */
class RechazoDeIngreso extends Error {}

/**
 * Why a correct password does not open a session, if it does not: a demo account in a deployment
 * (whose password is public), or an account linked to its institutional identity while the ADMIN
 * keeps those from using passwords (and the institutional sign-in is configured). Either gets the
 * same answer as a wrong password, so the refusal does not tell a guesser that it was right.
 */
async function motivoDeRechazo(usuario: {
  email: string;
  identidad: { id: number } | null;
}): Promise<string | null> {
  if (leerDespliegue() === "produccion" && esCuentaDeDemostracion(usuario.email)) {
    return "cuenta de demostración en un despliegue";
  }
  if (!usuario.identidad || !configuracionEntra()) return null;
  return (await leerConfiguracionIngreso(db())).claveParaCuentasVinculadas
    ? null
    : "contraseña desactivada para cuentas vinculadas";
}

async function comprobarCredenciales(intento: Intento, password: string): Promise<SesionNueva | null> {
  const consumo = await admitirIntento(intento);
  if (!consumo.admitido) {
    throw new RechazoDeIngreso(`${DEMASIADOS_INTENTOS}:${Math.ceil(consumo.esperaMs / 1000)}`);
  }
  const usuario = await db().user.findUnique({
    where: { email: intento.correo },
    include: { identidad: { select: { id: true } } },
  });
  const correcta = await verificarSinRevelar(usuario?.activo ? usuario.passwordHash : null, password);
  const motivo = correcta && usuario ? await motivoDeRechazo(usuario) : null;
  if (!correcta || !usuario || motivo) {
    const { direccionLimitada } = await registrarFallo(
      intento,
      consumo,
      usuario?.id ?? null,
      motivo ? { motivo } : {},
    );
    if (direccionLimitada) throw new RechazoDeIngreso(FALLOS_DESDE_LA_DIRECCION);
    return null;
  }
  await registrarExito(intento);
  await db().user.update({ where: { id: usuario.id }, data: { ultimoIngreso: new Date() } });
  await registrarAuditoria(
    db(),
    usuario.id,
    intento.requestId,
    {
      accion: "INGRESO",
      entidad: "User",
      entidadId: usuario.id,
      despues: { correo: intento.correo, ...intento.datos },
    },
    intento.origen,
  );
  return sesionNueva(usuario);
}

async function autenticar(credenciales: unknown, req?: { headers?: Record<string, unknown> }) {
  const parsed = credencialesSchema.safeParse(credenciales);
  if (!parsed.success) return null;
  const intento: Intento = {
    correo: parsed.data.email,
    origen: origenDe(req?.headers),
    requestId: randomUUID(),
    datos: { metodo: METODO.contrasena },
  };
  try {
    return await comprobarCredenciales(intento, parsed.data.password);
  } catch (error) {
    if (error instanceof RechazoDeIngreso) throw error;
    // next-auth would put the message in the URL it answers with: the visitor gets the id only.
    logger.error({ err: error, requestId: intento.requestId }, "error inesperado al ingresar con contraseña");
    throw new Error(`${INGRESO_NO_DISPONIBLE}:${intento.requestId}`);
  }
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
  let resultado: Awaited<ReturnType<typeof ingresarConIdentidad>>;
  try {
    resultado = await ingresarConIdentidad(identidadDe(reclamos as ReclamosEntra), config, origen);
  } catch (error) {
    // next-auth would put the message in the URL it redirects to: the visitor gets an id only.
    const requestId = randomUUID();
    logger.error({ err: error, requestId }, "error inesperado al ingresar con la cuenta institucional");
    return `${PAGINA_INGRESO_INSTITUCIONAL}?motivo=no-disponible&referencia=${requestId}`;
  }
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
