import "server-only";
import { reemplazarClave } from "@/features/usuarios/operaciones";
import { definirOperacion, ErrorDeNegocio } from "@/server/action";
import { hashPassword, verifyPassword } from "@/server/password";
import { cambiarClaveSchema, problemaDeClaveNueva } from "./schemas";

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
    if (!(await verifyPassword(cuenta.passwordHash, actual))) {
      throw new ErrorDeNegocio("La contraseña actual no es correcta: no se cambió nada.", {
        actual: ["La contraseña actual no es correcta."],
      });
    }
    const problema = problemaDeClaveNueva(nueva, cuenta.email);
    if (problema) throw new ErrorDeNegocio("Revise la contraseña nueva.", { nueva: [problema] });
    await reemplazarClave(tx, cuenta.id, await hashPassword(nueva), false);
    // The trail says that the password changed, never what it is or was.
    await auditar({
      accion: "CAMBIAR_CLAVE",
      entidad: "User",
      entidadId: cuenta.id,
      antes: { debeCambiarClave: cuenta.debeCambiarClave },
      despues: { debeCambiarClave: false },
    });
    return { eraTemporal: cuenta.debeCambiarClave };
  },
);
