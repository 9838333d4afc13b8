// Creación de una vigencia con su plan (temas → lineamientos → acciones → seguimientos →
// responsables) a partir de una constante tipada, de modo que el mismo plan sirva para cualquier año.

import type { PrismaClient } from "@/generated/prisma/client";
import type { Plan } from "./plan-2020";

export interface ResultadoVigencia {
  vigenciaId: number;
  /** Falso si la vigencia ya tenía plan y se dejó como estaba. */
  planCreado: boolean;
}

/**
 * Crea la vigencia `anio` si no existe y, si aún no tiene temas, su plan completo en una sola
 * transacción. Un plan ya existente no se toca: a partir de su creación pertenece a los
 * administradores, y volver a sembrar no debe deshacer sus cambios ni duplicar nada.
 */
export async function sembrarVigencia(
  prisma: PrismaClient,
  anio: number,
  nombre: string,
  plan: Plan,
): Promise<ResultadoVigencia> {
  const vigencia = await prisma.vigencia.upsert({
    where: { anio },
    create: { anio, nombre },
    update: {},
    select: { id: true },
  });
  const vigenciaId = vigencia.id;

  if ((await prisma.tema.count({ where: { vigenciaId } })) > 0) {
    return { vigenciaId, planCreado: false };
  }

  await prisma.$transaction(async (tx) => {
    for (const [iTema, tema] of plan.entries()) {
      await tx.tema.create({
        data: {
          vigenciaId,
          codigo: tema.codigo,
          nombre: tema.nombre,
          orden: iTema + 1,
          lineamientos: {
            create: tema.lineamientos.map((lineamiento, iLineamiento) => ({
              texto: lineamiento.texto,
              orden: iLineamiento + 1,
              acciones: {
                create: lineamiento.acciones.map((accion, iAccion) => ({
                  texto: accion.texto,
                  resultadoEsperado: accion.resultadoEsperado,
                  orden: iAccion + 1,
                  seguimientos: {
                    create: accion.seguimientos.map((seguimiento) => ({
                      // La vigencia del seguimiento es siempre la de su acción.
                      vigenciaId,
                      herramienta: seguimiento.herramienta,
                      periodicidad: seguimiento.periodicidad,
                      alcance: seguimiento.alcance,
                      tipoReporte: seguimiento.tipoReporte,
                      diasOportunidad: seguimiento.diasOportunidad,
                      observacion: seguimiento.observacion,
                      soloCentrosConAprovechamiento: seguimiento.soloCentrosConAprovechamiento,
                      responsables: {
                        create: seguimiento.responsables.map((responsable, iResponsable) => ({
                          cargo: responsable.cargo,
                          rol: responsable.rol,
                          orden: iResponsable + 1,
                        })),
                      },
                    })),
                  },
                })),
              },
            })),
          },
        },
      });
    }
  });

  return { vigenciaId, planCreado: true };
}
