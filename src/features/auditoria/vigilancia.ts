import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { notificar } from "@/features/notificaciones/crear";
import { quienesAdministran } from "@/features/notificaciones/destinatarios";
import { verificarAuditoria } from "./integridad";
import {
  anotarSello,
  compararConSellos,
  faltantesDelFinal,
  leerSellos,
  selloDe,
  SellosIlegibles,
  type Sello,
} from "./sellos";

/** How many problems the administrators' notice lists; the log has them all. */
const EN_EL_AVISO = 5;

export type Vigilancia =
  | { integra: true; sello: Sello | null; comparados: number }
  | { integra: false; problemas: string[]; avisados: number };

/**
 * The worker's daily check of the audit log (decision 0025): the chain recomputed row by row and
 * compared with every head recorded in `archivo`. An intact chain gets its head appended there; a
 * broken one, a notice (in the application and by e-mail) to every active administrator.
 */
export async function vigilarAuditoria(
  prisma: PrismaClient,
  archivo: string,
  ahora = new Date(),
): Promise<Vigilancia> {
  const verificacion = await verificarAuditoria(prisma);
  const problemas = verificacion.alterados.map((a) => `#${a.id}: ${a.motivo}`);
  if (verificacion.cantidadAlterados > verificacion.alterados.length) {
    problemas.push(
      `… y ${verificacion.cantidadAlterados - verificacion.alterados.length} registros alterados más.`,
    );
  }
  let comparados = 0;
  try {
    const sellos = await leerSellos(archivo);
    if (sellos) {
      const c = await compararConSellos(prisma, sellos);
      comparados = c.comparados;
      problemas.push(...[...c.discrepancias, ...faltantesDelFinal(c)].map((d) => d.motivo));
    }
  } catch (error) {
    if (!(error instanceof SellosIlegibles)) throw error;
    problemas.push(`${error.message} Sin los sellos no se sabe si la cadena se reescribió.`);
  }
  if (problemas.length === 0) {
    const sello = selloDe(verificacion, "sello", ahora);
    if (sello) await anotarSello(archivo, sello);
    return { integra: true, sello, comparados };
  }
  return { integra: false, problemas, avisados: await avisarAdministradores(prisma, problemas) };
}

async function avisarAdministradores(prisma: PrismaClient, problemas: string[]): Promise<number> {
  const lista = problemas.slice(0, EN_EL_AVISO).map((p) => `- ${p}`);
  if (problemas.length > EN_EL_AVISO) lista.push(`- … y ${problemas.length - EN_EL_AVISO} más.`);
  const mensaje =
    "La verificación diaria de la auditoría encontró registros que no cuadran con su cadena o con los " +
    `sellos guardados fuera de la base:\n\n${lista.join("\n")}\n\n` +
    "Alguien con acceso directo a la base pudo modificar el registro de lo que pasó. Revise con " +
    "npm run auditoria:verificar y compare con los respaldos.";
  return prisma.$transaction(async (tx) => {
    const administradores = await quienesAdministran(tx);
    const { notificaciones } = await notificar(
      tx,
      administradores.map((usuarioId) => ({
        usuarioId,
        tipo: "AUDITORIA_ALTERADA" as const,
        titulo: "La auditoría no está íntegra",
        mensaje,
        enlace: "/admin/auditoria",
      })),
    );
    return notificaciones;
  });
}
