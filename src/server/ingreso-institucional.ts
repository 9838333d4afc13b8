import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { registrarAuditoria, type Origen } from "./auditoria";
import { esCuentaDeDemostracion, leerDespliegue } from "@/lib/despliegue";
import { METODO, sesionNueva, type SesionNueva } from "./ingreso";
import { db } from "./db";
import type { ConfiguracionEntra, IdentidadAfirmada } from "./entra";
import {
  admitirIntento,
  registrarExito,
  registrarFallo,
  registrarFalloDeLaDireccion,
  type Intento,
} from "./intentos-de-ingreso";

/** Why an institutional identity was not let in; each one has its page (/login/institucional). */
export type MotivoRechazo =
  "no-habilitada" | "desactivada" | "otra-identidad" | "correo-sin-verificar" | "otro-inquilino" | "limitado";

export type ResultadoIngresoInstitucional =
  | { ok: true; sesion: SesionNueva; vinculada: boolean }
  | { ok: false; motivo: MotivoRechazo; esperaSegundos?: number };

const cuentaSelect = {
  id: true,
  email: true,
  nombre: true,
  rol: true,
  centroId: true,
  activo: true,
  version: true,
  identidad: { select: { inquilino: true, sujeto: true } },
} as const;

type Cuenta = Prisma.UserGetPayload<{ select: typeof cuentaSelect }>;

/**
 * Which account an identity is, if any. A stored link decides alone: once linked, the e-mail in
 * the token no longer matters, so a changed e-mail at the provider cannot reach another account.
 * Without a link, a verified e-mail finds the account it will be linked to.
 */
async function cuentaDe(
  identidad: IdentidadAfirmada,
): Promise<{ cuenta: Cuenta | null; vinculada: boolean }> {
  if (identidad.inquilino) {
    const vinculo = await db().identidadInstitucional.findUnique({
      where: { inquilino_sujeto: { inquilino: identidad.inquilino, sujeto: identidad.sujeto } },
      select: { usuario: { select: cuentaSelect } },
    });
    if (vinculo) return { cuenta: vinculo.usuario, vinculada: true };
  }
  if (!identidad.correoVerificado) return { cuenta: null, vinculada: false };
  const cuenta = await db().user.findUnique({
    where: { email: identidad.correoVerificado },
    select: cuentaSelect,
  });
  return { cuenta, vinculada: false };
}

function rechazoPara(
  identidad: IdentidadAfirmada,
  config: ConfiguracionEntra,
  cuenta: Cuenta | null,
  vinculada: boolean,
): MotivoRechazo | null {
  if (!identidad.inquilino || !config.inquilinos.includes(identidad.inquilino)) return "otro-inquilino";
  if (!vinculada && !identidad.correoVerificado) return "correo-sin-verificar";
  if (!cuenta) return "no-habilitada";
  // A demo account's password is public: a deployment never lets it in, by any method.
  if (leerDespliegue() === "produccion" && esCuentaDeDemostracion(cuenta.email)) return "no-habilitada";
  if (!cuenta.activo) return "desactivada";
  // Linked to another identity of the directory: only an ADMIN removing that link changes it.
  if (!vinculada && cuenta.identidad) return "otra-identidad";
  return null;
}

/**
 * The institutional sign-in once the provider's response was verified (signature, issuer,
 * audience, state, PKCE and nonce: next-auth and openid-client). Counted by the same throttles as
 * a password, audited with the method, and linking the account on the first sign-in. Never
 * creates an account.
 */
export async function ingresarConIdentidad(
  identidad: IdentidadAfirmada,
  config: ConfiguracionEntra,
  origen: Origen,
): Promise<ResultadoIngresoInstitucional> {
  const { cuenta, vinculada } = await cuentaDe(identidad);
  const correo = cuenta?.email ?? identidad.correoVerificado ?? identidad.correo ?? identidad.sujeto;
  const datos = {
    metodo: METODO.institucional,
    inquilino: identidad.inquilino,
    sujeto: identidad.sujeto,
    ...(identidad.correo && identidad.correo !== correo ? { correoDelProveedor: identidad.correo } : {}),
  };
  const intento: Intento = { correo, origen, requestId: randomUUID(), datos };

  const consumo = await admitirIntento(intento);
  if (!consumo.admitido) {
    return { ok: false, motivo: "limitado", esperaSegundos: Math.ceil(consumo.esperaMs / 1000) };
  }
  const motivo = rechazoPara(identidad, config, cuenta, vinculada);
  if (motivo || !cuenta) {
    await registrarFallo(intento, consumo, cuenta?.id ?? null, { motivo: motivo ?? "no-habilitada" });
    return { ok: false, motivo: motivo ?? "no-habilitada" };
  }

  const { requestId } = intento;
  try {
    await db().$transaction(async (tx) => {
      if (!vinculada) {
        await tx.identidadInstitucional.create({
          data: {
            usuarioId: cuenta.id,
            inquilino: identidad.inquilino!,
            sujeto: identidad.sujeto,
            correo: identidad.correoVerificado ?? cuenta.email,
          },
        });
        await registrarAuditoria(
          tx,
          cuenta.id,
          requestId,
          {
            accion: "VINCULAR_IDENTIDAD",
            entidad: "User",
            entidadId: cuenta.id,
            despues: {
              inquilino: identidad.inquilino,
              sujeto: identidad.sujeto,
              correo: identidad.correoVerificado,
            },
          },
          origen,
        );
      } else {
        await tx.identidadInstitucional.update({
          where: { usuarioId: cuenta.id },
          data: { ultimoUso: new Date() },
        });
      }
      await tx.user.update({ where: { id: cuenta.id }, data: { ultimoIngreso: new Date() } });
      await registrarAuditoria(
        tx,
        cuenta.id,
        requestId,
        { accion: "INGRESO", entidad: "User", entidadId: cuenta.id, despues: { correo, ...datos } },
        origen,
      );
    });
  } catch (error) {
    // Two first sign-ins at once: the other one linked the account (or the identity) first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      await registrarFallo(intento, consumo, cuenta.id, { motivo: "otra-identidad" });
      return { ok: false, motivo: "otra-identidad" };
    }
    throw error;
  }
  await registrarExito(intento);
  return { ok: true, sesion: sesionNueva(cuenta, true), vinculada };
}

/** next-auth's state cookie, by either of the names it gives it (with or without `__Secure-`). */
const COOKIE_DE_STATE = /^(__Secure-)?next-auth\.state$/;

/**
 * next-auth refused the provider's answer (state, nonce, PKCE, signature, a used code) before the
 * application could learn whose it was. Only a browser that began a sign-in here holds the state
 * cookie: such a refusal counts as a failure of its address and is audited with the error next-auth
 * gave. A callback without it is no attempt of the visitor — any page can send browsers to this
 * address — and is neither counted nor audited, so nobody can use up an office's failures that way.
 */
export async function registrarRespuestaRechazada(
  origen: Origen,
  error: string,
  cookies: string[],
): Promise<void> {
  if (!cookies.some((nombre) => COOKIE_DE_STATE.test(nombre))) return;
  await registrarFalloDeLaDireccion(origen, randomUUID(), {
    metodo: METODO.institucional,
    motivo: "respuesta-rechazada",
    error: error.slice(0, 100),
  });
}
