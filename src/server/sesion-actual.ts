import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { leerConfiguracionIngreso } from "@/features/ingreso/configuracion";
import type { Rol } from "@/generated/prisma/enums";
import type { Origen } from "./auditoria";
import { authOptions, origenDe, VIGENCIA_ABSOLUTA_MS } from "./auth";
import { puede, type Actor, type Permiso } from "./autorizacion";
import { db } from "./db";
import { configuracionEntra } from "./entra";

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

/** The session the cookie names, if it is still one: not closed, not too old. */
export const sesionDelNavegador = cache(async () => {
  const session = await getServerSession(authOptions);
  const id = Number(session?.user.id);
  const { sid, ver, inicio } = session?.user ?? {};
  if (
    !Number.isInteger(id) ||
    typeof sid !== "string" ||
    typeof ver !== "number" ||
    typeof inicio !== "number"
  ) {
    return null;
  }
  if (Date.now() - inicio > VIGENCIA_ABSOLUTA_MS) return null;
  return { id, sid, ver, inicio, institucional: session?.user.institucional === true };
});

/**
 * Whether a password session of an account linked to its institutional identity still holds: only
 * while the ADMIN lets linked accounts use their password, and only if it began after that setting
 * last changed — switching passwords off ends those sessions for good; the institutional ones of
 * the same accounts go on. Without the institutional sign-in configured, the setting does not apply.
 */
async function claveVigenteParaVinculadas(inicio: number): Promise<boolean> {
  if (!configuracionEntra()) return true;
  const configuracion = await leerConfiguracionIngreso(db());
  return configuracion.claveParaCuentasVinculadas && inicio >= configuracion.updatedAt.getTime();
}

/**
 * The logged-in user as the database knows them now. The session must be current: not closed by
 * its logout, begun less than the absolute lifetime ago, and begun with the account's present
 * version — any change of the account since (by an admin, a password change, "cerrar sesión en
 * todos los dispositivos") ends it. A deactivated account has no session. Includes users who still
 * hold a temporary password; only the password change may serve them.
 */
export const sesionActual = cache(async (): Promise<Usuario | null> => {
  const sesion = await sesionDelNavegador();
  if (!sesion) return null;
  const [usuario, cerrada] = await Promise.all([
    db().user.findUnique({
      where: { id: sesion.id },
      select: {
        id: true,
        nombre: true,
        email: true,
        rol: true,
        activo: true,
        version: true,
        debeCambiarClave: true,
        centroId: true,
        centro: { select: { id: true, nombre: true } },
        identidad: { select: { id: true } },
      },
    }),
    db().sesionCerrada.findUnique({ where: { sid: sesion.sid }, select: { sid: true } }),
  ]);
  if (!usuario?.activo || usuario.version !== sesion.ver || cerrada) return null;
  if (!sesion.institucional && usuario.identidad && !(await claveVigenteParaVinculadas(sesion.inicio))) {
    return null;
  }
  return {
    id: usuario.id,
    nombre: usuario.nombre,
    email: usuario.email,
    rol: usuario.rol,
    centroId: usuario.centroId,
    centro: usuario.centro,
    // A temporary password only matters to whoever signs in with passwords (decision 0017).
    debeCambiarClave: usuario.debeCambiarClave && !sesion.institucional,
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

/** Where the request being served came from, for the audit trail. */
export async function origenDeLaPeticion(): Promise<Origen> {
  return origenDe(Object.fromEntries((await headers()).entries()));
}
