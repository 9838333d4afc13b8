import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Rol } from "@/generated/prisma/enums";
import { definirOperacion, type Contexto } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { autorizar, type Actor } from "@/server/autorizacion";
import { conVersion } from "@/server/bloqueo";
import { cifrarClaveTemporal } from "@/server/claves";
import { generarClaveTemporal } from "./clave-temporal";
import { crearUsuarioSchema, editarUsuarioSchema, restablecerClaveSchema } from "./schemas";

export const MENSAJE_CORREO_EXISTE = "Ya existe una cuenta con ese correo.";

export const MENSAJE_CUENTA_DESACTUALIZADA =
  "Otra persona (u otra pestaña) guardó cambios en esta cuenta después de que usted abrió el " +
  "formulario. No se guardó nada para no borrar esos cambios: copie lo que escribió, recargue la " +
  "página y vuelva a aplicarlo.";

export const MENSAJE_ULTIMO_ADMINISTRADOR =
  "Es el único administrador activo: si deja de serlo, nadie podría administrar la aplicación. " +
  "Primero dé el rol de administrador a otra cuenta activa.";

export const MENSAJE_PROPIO_ROL =
  "No puede quitarse a sí mismo el rol de administrador: pídaselo a otro administrador.";

export const MENSAJE_PROPIA_CUENTA = "No puede desactivar su propia cuenta: pídaselo a otro administrador.";

export const MENSAJE_PROPIA_CLAVE =
  "Su propia contraseña no se restablece aquí: cámbiela en «Mi cuenta» con la contraseña actual.";

/**
 * Writes that can change who is an administrator (or create accounts) run one at a time. Without
 * it two admins demoting each other at the same moment would each still see the other one, and
 * the application would be left without any.
 */
export async function serializarCuentas(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('administracion-de-cuentas'))`;
}

/** What the audit trail keeps of an account: never its password nor its hash. */
export function datosAuditables(u: {
  email: string;
  nombre: string;
  rol: Rol;
  centroId: number | null;
  activo: boolean;
  debeCambiarClave: boolean;
}) {
  return {
    email: u.email,
    nombre: u.nombre,
    rol: u.rol,
    centroId: u.centroId,
    activo: u.activo,
    debeCambiarClave: u.debeCambiarClave,
  };
}

/** The centro of a subdirector must exist and, for an active account, be active. */
async function exigirCentroDisponible(
  tx: Prisma.TransactionClient,
  centroId: number | null,
  cuentaActiva: boolean,
): Promise<void> {
  if (centroId === null) return;
  const centro = await tx.centro.findUnique({
    where: { id: centroId },
    select: { nombre: true, activo: true },
  });
  if (!centro) {
    throw new ErrorDeNegocio("Revise el centro.", {
      centroId: ["El centro elegido ya no existe: recargue la página y elija otro."],
    });
  }
  if (!centro.activo && cuentaActiva) {
    throw new ErrorDeNegocio("Revise el centro.", {
      centroId: [`El centro «${centro.nombre}» está inactivo: elija un centro activo.`],
    });
  }
}

/**
 * Sets a password and moves the account's version: every session opened with the old password
 * ends (the caller renews the one that made the change, when it is the owner's). Returns the new version.
 */
export async function reemplazarClave(
  tx: Prisma.TransactionClient,
  usuarioId: number,
  passwordHash: string,
  debeCambiarClave: boolean,
): Promise<number> {
  const { version } = await tx.user.update({
    where: { id: usuarioId },
    data: { passwordHash, debeCambiarClave, version: { increment: 1 } },
    select: { version: true },
  });
  return version;
}

function esCorreoRepetido(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

export const crearUsuario = definirOperacion("crearUsuario", crearUsuarioSchema, async (input, ctx) => {
  const { actor, tx, auditar } = ctx;
  autorizar(actor, { accion: "administrar" });
  await serializarCuentas(tx);
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new ErrorDeNegocio(MENSAJE_CORREO_EXISTE, { email: [MENSAJE_CORREO_EXISTE] });
  }
  await exigirCentroDisponible(tx, input.centroId, true);
  const claveTemporal = generarClaveTemporal();
  const usuario = await tx.user
    .create({
      data: { ...input, passwordHash: await cifrarClaveTemporal(claveTemporal), debeCambiarClave: true },
    })
    .catch((error: unknown) => {
      if (esCorreoRepetido(error))
        throw new ErrorDeNegocio(MENSAJE_CORREO_EXISTE, { email: [MENSAJE_CORREO_EXISTE] });
      throw error;
    });
  await auditar({
    accion: "CREAR",
    entidad: "User",
    entidadId: usuario.id,
    antes: null,
    despues: datosAuditables(usuario),
  });
  return { usuarioId: usuario.id, email: usuario.email, nombre: usuario.nombre, claveTemporal };
});

interface Cambio {
  rol: Rol;
  activo: boolean;
}

/**
 * An admin cannot lock themselves out, and the last active admin stays one: checked under
 * `serializarCuentas`, so the count cannot change before the write.
 */
async function exigirGuardas(
  tx: Prisma.TransactionClient,
  actor: Actor,
  actual: { id: number; rol: Rol; activo: boolean },
  cambio: Cambio,
) {
  const dejaDeSerAdministrador =
    actual.rol === "ADMIN" && actual.activo && (cambio.rol !== "ADMIN" || !cambio.activo);
  if (!dejaDeSerAdministrador) return;
  const otros = await tx.user.count({ where: { rol: "ADMIN", activo: true, id: { not: actual.id } } });
  const campo = cambio.rol !== "ADMIN" ? "rol" : "activo";
  if (otros === 0)
    throw new ErrorDeNegocio(MENSAJE_ULTIMO_ADMINISTRADOR, { [campo]: [MENSAJE_ULTIMO_ADMINISTRADOR] });
  if (actual.id !== actor.id) return;
  if (cambio.rol !== "ADMIN") throw new ErrorDeNegocio(MENSAJE_PROPIO_ROL, { rol: [MENSAJE_PROPIO_ROL] });
  throw new ErrorDeNegocio(MENSAJE_PROPIA_CUENTA, { activo: [MENSAJE_PROPIA_CUENTA] });
}

const CAMPOS_EDITABLES = ["nombre", "rol", "centroId", "activo"] as const;

/** Data changes and (de)activation are separate events, each with its own before and after. */
async function auditarEdicion(
  auditar: Contexto["auditar"],
  antes: ReturnType<typeof datosAuditables>,
  despues: ReturnType<typeof datosAuditables>,
  usuarioId: number,
) {
  const evento = { entidad: "User", entidadId: usuarioId } as const;
  const datos = ({ email, nombre, rol, centroId }: typeof antes) => ({ email, nombre, rol, centroId });
  if (CAMPOS_EDITABLES.some((c) => c !== "activo" && antes[c] !== despues[c])) {
    await auditar({ ...evento, accion: "EDITAR", antes: datos(antes), despues: datos(despues) });
  }
  if (antes.activo !== despues.activo) {
    await auditar({
      ...evento,
      accion: despues.activo ? "ACTIVAR" : "DESACTIVAR",
      antes: { activo: antes.activo },
      despues: { activo: despues.activo },
    });
  }
}

/**
 * Edits name, role, centro and whether the account is active. The form carries the account's
 * version: if anyone saved the account since, nothing is written. A saved change moves the version,
 * which also ends the account's open sessions: a new role or centro applies from the next login.
 */
export const editarUsuario = definirOperacion("editarUsuario", editarUsuarioSchema, async (input, ctx) => {
  const { actor, tx } = ctx;
  autorizar(actor, { accion: "administrar" });
  await serializarCuentas(tx);
  const actual = await tx.user.findUnique({ where: { id: input.usuarioId } });
  if (!actual) throw new ErrorDeNegocio("La cuenta no existe. Vuelva a la lista de usuarios.");
  if (actual.version !== input.version) throw new ErrorDeNegocio(MENSAJE_CUENTA_DESACTUALIZADA);
  await exigirGuardas(tx, actor, actual, input);
  await exigirCentroDisponible(tx, input.centroId, input.activo);

  const cambios = { nombre: input.nombre, rol: input.rol, centroId: input.centroId, activo: input.activo };
  if (CAMPOS_EDITABLES.every((c) => actual[c] === cambios[c])) {
    return { usuarioId: actual.id, version: input.version, cambio: false };
  }
  const version = await conVersion(
    (condicion) =>
      tx.user.updateMany({
        where: { id: actual.id, ...condicion },
        data: { ...cambios, version: { increment: 1 } },
      }),
    input.version,
    MENSAJE_CUENTA_DESACTUALIZADA,
  );
  await auditarEdicion(
    ctx.auditar,
    datosAuditables(actual),
    datosAuditables({ ...actual, ...cambios }),
    actual.id,
  );
  return { usuarioId: actual.id, version, cambio: true };
});

/**
 * A new temporary password, shown once to the admin; the user must replace it on their next
 * login. Every session the account had open ends with it.
 */
export const restablecerClave = definirOperacion(
  "restablecerClave",
  restablecerClaveSchema,
  async ({ usuarioId }, { actor, tx, auditar }) => {
    autorizar(actor, { accion: "administrar" });
    const cuenta = await tx.user.findUnique({ where: { id: usuarioId } });
    if (!cuenta) throw new ErrorDeNegocio("La cuenta no existe. Vuelva a la lista de usuarios.");
    if (cuenta.id === actor.id) throw new ErrorDeNegocio(MENSAJE_PROPIA_CLAVE);
    const claveTemporal = generarClaveTemporal();
    const version = await reemplazarClave(tx, cuenta.id, await cifrarClaveTemporal(claveTemporal), true);
    await auditar({
      accion: "RESTABLECER_CLAVE",
      entidad: "User",
      entidadId: cuenta.id,
      antes: { debeCambiarClave: cuenta.debeCambiarClave },
      despues: { debeCambiarClave: true },
    });
    return { usuarioId: cuenta.id, email: cuenta.email, nombre: cuenta.nombre, claveTemporal, version };
  },
);
