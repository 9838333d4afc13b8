import "server-only";
import { autorizar, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { configuracionEntra } from "@/server/entra";
import { leerConfiguracionIngreso } from "./configuracion";

/** Whether the institutional sign-in is offered on /login: only when it is configured. */
export function ingresoInstitucionalDisponible(): boolean {
  return configuracionEntra() !== null;
}

/** The sign-in settings for the ADMIN page. */
export async function estadoDelIngreso(actor: Actor) {
  autorizar(actor, { accion: "administrar" });
  const config = configuracionEntra();
  const [configuracion, vinculadas] = await Promise.all([
    leerConfiguracionIngreso(db()),
    db().identidadInstitucional.count(),
  ]);
  return {
    configuracion,
    vinculadas,
    institucional: config ? { emisor: config.emisor, inquilinos: config.inquilinos } : null,
  };
}

/** The institutional identity linked to an account, if any, for its admin page. */
export async function identidadDeUsuario(actor: Actor, usuarioId: number) {
  autorizar(actor, { accion: "administrar" });
  return db().identidadInstitucional.findUnique({
    where: { usuarioId },
    select: { inquilino: true, sujeto: true, correo: true, createdAt: true, ultimoUso: true },
  });
}
