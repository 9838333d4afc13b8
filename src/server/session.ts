import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Rol } from "@/generated/prisma/enums";
import { authOptions } from "./auth";
import { puede, type Actor, type Permiso } from "./authz";
import { db } from "./db";

export interface Usuario extends Actor {
  nombre: string;
  email: string;
  centro: { id: number; nombre: string } | null;
  rol: Rol;
  /** Holds a temporary password given by an admin: must replace it before doing anything else. */
  debeCambiarClave: boolean;
}

/** Where a user holding a temporary password is sent until they replace it. */
export const RUTA_CAMBIAR_CLAVE = "/cambiar-clave";

/**
 * The logged-in user as the database knows them now: a role or centro changed by an admin, or a
 * deactivated account, takes effect on the next request, whatever the session cookie says.
 * Includes users who still hold a temporary password; only the password change may serve them.
 */
export const sesionActual = cache(async (): Promise<Usuario | null> => {
  const session = await getServerSession(authOptions);
  const id = Number(session?.user.id);
  if (!Number.isInteger(id)) return null;
  const usuario = await db().user.findUnique({
    where: { id },
    select: {
      id: true,
      nombre: true,
      email: true,
      rol: true,
      activo: true,
      debeCambiarClave: true,
      centroId: true,
      centro: { select: { id: true, nombre: true } },
    },
  });
  if (!usuario?.activo) return null;
  return {
    id: usuario.id,
    nombre: usuario.nombre,
    email: usuario.email,
    rol: usuario.rol,
    centroId: usuario.centroId,
    centro: usuario.centro,
    debeCambiarClave: usuario.debeCambiarClave,
  };
});

/** The user who may use the application: logged in, active and not holding a temporary password. */
export const usuarioActual = cache(async (): Promise<Usuario | null> => {
  const usuario = await sesionActual();
  return usuario && !usuario.debeCambiarClave ? usuario : null;
});

export async function requerirUsuario(): Promise<Usuario> {
  const usuario = await sesionActual();
  if (!usuario) redirect("/login");
  if (usuario.debeCambiarClave) redirect(RUTA_CAMBIAR_CLAVE);
  return usuario;
}

/**
 * The guard of a page that needs a permission: a user without it gets the same 404 as for a page
 * that does not exist, so the address reveals nothing.
 */
export async function requerirPermiso(permiso: Permiso): Promise<Usuario> {
  const usuario = await requerirUsuario();
  if (!puede(usuario, permiso)) notFound();
  return usuario;
}
