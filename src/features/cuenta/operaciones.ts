import "server-only";
import { reemplazarClave } from "@/features/usuarios/operaciones";
import { definirOperacion } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { db } from "@/server/db";
import { consumirIntento, describirEspera, olvidarIntentos, POLITICAS } from "@/server/limite-ingreso";
import { cifrarClave, verificarClave } from "@/server/claves";
import { cambiarClaveSchema, cerrarTodasSchema, problemaDeClaveNueva } from "./schemas";

/**
 * A user replaces their own password; the account is always the actor's, never one named by the
 * browser, so no permission beyond being logged in applies. It also ends a temporary password.
 */
export const cambiarClave = definirOperacion(
  "cambiarClave",
  cambiarClaveSchema(),
  async ({ actual, nueva }, { actor, tx, auditar }) => {
    const cuenta = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { id: true, email: true, passwordHash: true, debeCambiarClave: true },
    });
    // Counted apart from this transaction, which a wrong password rolls back.
    const intento = await consumirIntento(db(), `clave-actual:${cuenta.id}`, POLITICAS.claveActual);
    if (!intento.admitido) {
      const mensaje = `Demasiados intentos con la contraseña actual. Por seguridad, espere ${describirEspera(intento.esperaMs)} y vuelva a intentarlo.`;
      throw new ErrorDeNegocio(mensaje, { actual: [mensaje] });
    }
    if (!(await verificarClave(cuenta.passwordHash, actual))) {
      throw new ErrorDeNegocio("La contraseña actual no es correcta: no se cambió nada.", {
        actual: ["La contraseña actual no es correcta."],
      });
    }
    const problema = problemaDeClaveNueva(nueva, cuenta.email);
    if (problema) throw new ErrorDeNegocio("Revise la contraseña nueva.", { nueva: [problema] });
    const version = await reemplazarClave(tx, cuenta.id, await cifrarClave(nueva), false);
    await olvidarIntentos(db(), `clave-actual:${cuenta.id}`);
    // The trail says that the password changed, never what it is or was.
    await auditar({
      accion: "CAMBIAR_CLAVE",
      entidad: "User",
      entidadId: cuenta.id,
      antes: { debeCambiarClave: cuenta.debeCambiarClave },
      despues: { debeCambiarClave: false },
    });
    return { eraTemporal: cuenta.debeCambiarClave, version };
  },
);

/**
 * "Cerrar sesión en todos los dispositivos": the account's version moves, so every session opened
 * before — this one included — ends on its next request.
 */
export const cerrarTodasLasSesiones = definirOperacion(
  "cerrarTodasLasSesiones",
  cerrarTodasSchema,
  async (_, { actor, tx, auditar }) => {
    const { version } = await tx.user.update({
      where: { id: actor.id },
      data: { version: { increment: 1 } },
      select: { version: true },
    });
    await auditar({ accion: "SALIDA_TODOS", entidad: "User", entidadId: actor.id, despues: { version } });
    return null;
  },
);
