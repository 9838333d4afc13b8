"use server";

import { conSesion } from "@/server/operacion";
import { cerrarEstaSesion, renovarEstaSesion } from "@/server/sesiones";
import { origenDeLaPeticion } from "@/server/sesion-actual";
import * as operaciones from "./operaciones";

/**
 * The one action a user holding a temporary password may run: replacing it. Every other session
 * of the account ends; this one goes on.
 */
export async function cambiarClave(input: unknown) {
  const resultado = await conSesion(operaciones.cambiarClave, input, { aunConClaveTemporal: true });
  if (!resultado.ok) return resultado;
  await renovarEstaSesion(resultado.data.version);
  return { ok: true as const, data: { eraTemporal: resultado.data.eraTemporal } };
}

/** "Cerrar sesión": this session ends for good before the browser forgets its cookie. */
export async function cerrarSesion(): Promise<void> {
  await cerrarEstaSesion(await origenDeLaPeticion());
}

export async function cerrarTodasLasSesiones() {
  return conSesion(operaciones.cerrarTodasLasSesiones, {}, { aunConClaveTemporal: true });
}
