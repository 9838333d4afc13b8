import "server-only";
import { randomUUID } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { usaCookiesSeguras } from "@/lib/despliegue";
import { registrarAuditoria, type Origen } from "./auditoria";
import { VIGENCIA_ABSOLUTA_MS, VIGENCIA_INACTIVA_S } from "./auth";
import { db } from "./db";
import { env } from "./env";
import { sesionDelNavegador } from "./sesion-actual";

/** next-auth's session cookie, by the name it gives it. */
function nombreDeLaCookie(): string {
  return usaCookiesSeguras() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * "Cerrar sesión": this session's id is recorded as closed until it would have expired anyway, so a
 * copy of the cookie taken before is useless after. The logout is audited with where it came from.
 */
export async function cerrarEstaSesion(origen: Origen): Promise<void> {
  const sesion = await sesionDelNavegador();
  if (!sesion) return;
  const hasta = new Date(sesion.inicio + VIGENCIA_ABSOLUTA_MS);
  await db().sesionCerrada.upsert({
    where: { sid: sesion.sid },
    create: { sid: sesion.sid, hasta },
    update: {},
  });
  await registrarAuditoria(
    db(),
    sesion.id,
    randomUUID(),
    { accion: "SALIDA", entidad: "User", entidadId: sesion.id, despues: { sesion: sesion.sid } },
    origen,
  );
}

/**
 * After the owner changes the account's version (their own password), this browser's session goes
 * on with the new one: the cookie is written again, the same session with the new `ver`. Every
 * other session, holding the old version, has ended.
 */
export async function renovarEstaSesion(version: number): Promise<void> {
  const almacen = await cookies();
  const nombre = nombreDeLaCookie();
  const secret = env().NEXTAUTH_SECRET;
  const actual = await decode({ token: almacen.get(nombre)?.value, secret });
  if (!actual) return;
  const token = await encode({ token: { ...actual, ver: version }, secret, maxAge: VIGENCIA_INACTIVA_S });
  almacen.set(nombre, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: usaCookiesSeguras(),
    maxAge: VIGENCIA_INACTIVA_S,
  });
}
