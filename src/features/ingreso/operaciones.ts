import "server-only";
import { definirOperacion } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { autorizar } from "@/server/autorizacion";
import { conVersion } from "@/server/bloqueo";
import { leerConfiguracionIngreso } from "./configuracion";
import { configuracionIngresoSchema, desvincularSchema } from "./schemas";

/**
 * An ADMIN decides whether accounts linked to their institutional identity keep their password.
 * Saving changes the row's time, which ends every password session of a linked account begun
 * before (sesionActual): so saving the same value again writes nothing.
 */
export const guardarConfiguracionIngreso = definirOperacion(
  "guardarConfiguracionIngreso",
  configuracionIngresoSchema,
  async ({ version, claveParaCuentasVinculadas }, { actor, tx, auditar }) => {
    autorizar(actor, { accion: "administrar" });
    const antes = await leerConfiguracionIngreso(tx);
    if (antes.claveParaCuentasVinculadas === claveParaCuentasVinculadas && antes.version === version) {
      return { version };
    }
    const nuevaVersion = await conVersion(
      (condicion) =>
        tx.configuracionIngreso.updateMany({
          where: { id: 1, ...condicion },
          data: { claveParaCuentasVinculadas, version: { increment: 1 } },
        }),
      version,
    );
    await auditar({
      accion: "EDITAR",
      entidad: "ConfiguracionIngreso",
      entidadId: 1,
      antes: { claveParaCuentasVinculadas: antes.claveParaCuentasVinculadas },
      despues: { claveParaCuentasVinculadas },
    });
    return { version: nuevaVersion };
  },
);

export const MENSAJE_SIN_VINCULO =
  "Esta cuenta ya no está vinculada a una cuenta institucional. Recargue la página para ver su estado.";

/**
 * An ADMIN removes the link between an account and its institutional identity: the next
 * institutional sign-in links again by e-mail. The account's version moves, so every session it
 * has open ends (the one begun with that identity too).
 */
export const desvincularIdentidad = definirOperacion(
  "desvincularIdentidad",
  desvincularSchema,
  async ({ usuarioId }, { actor, tx, auditar }) => {
    autorizar(actor, { accion: "administrar" });
    const vinculo = await tx.identidadInstitucional.findUnique({ where: { usuarioId } });
    if (!vinculo) throw new ErrorDeNegocio(MENSAJE_SIN_VINCULO);
    await tx.identidadInstitucional.delete({ where: { id: vinculo.id } });
    await tx.user.update({ where: { id: usuarioId }, data: { version: { increment: 1 } } });
    await auditar({
      accion: "DESVINCULAR_IDENTIDAD",
      entidad: "User",
      entidadId: usuarioId,
      antes: { inquilino: vinculo.inquilino, sujeto: vinculo.sujeto, correo: vinculo.correo },
      despues: null,
    });
    return { usuarioId };
  },
);
