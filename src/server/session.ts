import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Rol } from "@/generated/prisma/enums";
import { authOptions } from "./auth";
import type { Actor } from "./authz";
import { db } from "./db";

export interface Usuario extends Actor {
  nombre: string;
  email: string;
  centro: { id: number; nombre: string } | null;
  rol: Rol;
}

/**
 * The logged-in user as the database knows them now: a role or centro changed by an admin, or a
 * deactivated account, takes effect on the next request, whatever the session cookie says.
 */
export const usuarioActual = cache(async (): Promise<Usuario | null> => {
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
  };
});

export async function requerirUsuario(): Promise<Usuario> {
  const usuario = await usuarioActual();
  if (!usuario) redirect("/login");
  return usuario;
}
