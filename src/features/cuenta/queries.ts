import "server-only";
import { db } from "@/server/db";
import type { Usuario } from "@/server/sesion-actual";

/** What "Mi cuenta" shows: always the logged-in user's own account. */
export async function miCuenta(usuario: Usuario) {
  return db().user.findUniqueOrThrow({
    where: { id: usuario.id },
    select: {
      nombre: true,
      email: true,
      rol: true,
      ultimoIngreso: true,
      createdAt: true,
      centro: { select: { codigo: true, nombre: true, regional: { select: { nombre: true } } } },
    },
  });
}
