import "server-only";
import { definirOperacion } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { autorizar } from "@/server/autorizacion";
import { encolarCorreos } from "@/server/cola";
import { reintentarCorreoSchema } from "./schemas";

/**
 * An ADMIN sends a failed message again now (after fixing the SMTP settings, say), with a fresh
 * series of tries. A message already sent, or kept because there is no SMTP, is not resent.
 */
export const reintentarCorreo = definirOperacion(
  "reintentarCorreo",
  reintentarCorreoSchema,
  async ({ correoId }, { actor, tx, auditar }) => {
    autorizar(actor, { accion: "administrar" });
    const correo = await tx.correo.findUnique({
      where: { id: correoId },
      select: { id: true, estado: true, para: true },
    });
    if (!correo) throw new ErrorDeNegocio("El correo no existe.");
    if (correo.estado !== "FALLIDO") {
      throw new ErrorDeNegocio(
        "Solo se reintenta un correo cuyo envío falló; recargue la página para ver su estado.",
      );
    }
    await tx.correo.update({ where: { id: correoId }, data: { estado: "PENDIENTE" } });
    await encolarCorreos(tx, [correoId]);
    await auditar({
      accion: "REINTENTAR_ENVIO",
      entidad: "Correo",
      entidadId: correoId,
      antes: { estado: "FALLIDO" },
      despues: { estado: "PENDIENTE", para: correo.para },
    });
    return null;
  },
);
