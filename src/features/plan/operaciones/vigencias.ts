import "server-only";
import { definirOperacion } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { autorizar } from "@/server/autorizacion";
import { crearPlan, leerPlan } from "../creacion";
import type { Plan } from "../forma";
import { crearVigenciaSchema, eliminarVigenciaSchema } from "../schemas";
import type { Tx } from "./comun";

function contar(plan: Plan) {
  const lineamientos = plan.flatMap((t) => t.lineamientos);
  const acciones = lineamientos.flatMap((l) => l.acciones);
  const seguimientos = acciones.flatMap((a) => a.seguimientos);
  return {
    temas: plan.length,
    lineamientos: lineamientos.length,
    acciones: acciones.length,
    seguimientos: seguimientos.length,
    responsables: seguimientos.reduce((n, s) => n + s.responsables.length, 0),
  };
}

/** Locks the vigencia copied from, so that its plan cannot change halfway through the copy. */
async function bloquearOrigen(tx: Tx, origenId: number) {
  const [origen] = await tx.$queryRaw<{ id: number; anio: number }[]>`
    SELECT id, anio FROM "Vigencia" WHERE id = ${origenId} FOR SHARE`;
  if (!origen) {
    throw new ErrorDeNegocio("La vigencia de origen ya no existe.", {
      origenId: ["Elija otra vigencia para copiar."],
    });
  }
  return origen;
}

/**
 * Creates a vigencia and, when asked, copies the whole plan of another one into it, in one
 * transaction. Reports, evidences and metas belong to their year and are never copied.
 */
export const crearVigencia = definirOperacion("crearVigencia", crearVigenciaSchema, async (input, ctx) => {
  autorizar(ctx.actor, { accion: "administrar" });
  const { tx } = ctx;
  const origen = input.origenId === null ? null : await bloquearOrigen(tx, input.origenId);
  // ON CONFLICT DO NOTHING: a year taken meanwhile by someone else is refused like any other.
  const { count } = await tx.vigencia.createMany({
    data: [{ anio: input.anio, nombre: input.nombre }],
    skipDuplicates: true,
  });
  if (count === 0) {
    throw new ErrorDeNegocio("No se creó la vigencia: revise el año.", {
      anio: [`Ya existe una vigencia ${input.anio}: elija otro año o edite el plan de esa vigencia.`],
    });
  }
  const vigencia = await tx.vigencia.findUniqueOrThrow({ where: { anio: input.anio } });
  const plan = origen ? await leerPlan(tx, origen.id) : [];
  await crearPlan(tx, vigencia.id, plan);
  await ctx.auditar({
    accion: origen ? "COPIAR_VIGENCIA" : "CREAR",
    entidad: "Vigencia",
    entidadId: vigencia.id,
    antes: null,
    despues: {
      anio: vigencia.anio,
      nombre: vigencia.nombre,
      ...(origen ? { copiadaDe: { vigenciaId: origen.id, anio: origen.anio }, ...contar(plan) } : {}),
    },
  });
  return { anio: vigencia.anio };
});

function cuantos(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString("es-CO")} ${n === 1 ? singular : plural}`;
}

/**
 * Deletes a vigencia created by mistake, with its plan, while nothing refers to it: no report
 * (not even a draft) and no meta. The row lock makes a report or meta being created wait.
 */
export const eliminarVigencia = definirOperacion(
  "eliminarVigencia",
  eliminarVigenciaSchema,
  async ({ vigenciaId }, ctx) => {
    autorizar(ctx.actor, { accion: "administrar" });
    const { tx } = ctx;
    const [vigencia] = await tx.$queryRaw<{ anio: number; nombre: string }[]>`
      SELECT anio, nombre FROM "Vigencia" WHERE id = ${vigenciaId} FOR UPDATE`;
    if (!vigencia) throw new ErrorDeNegocio("Esa vigencia ya no existe. Recargue la página.");
    const reportes = await tx.reporte.count({ where: { vigenciaId } });
    const metas = await tx.metaRecaudo.count({ where: { vigenciaId } });
    if (reportes + metas > 0) {
      throw new ErrorDeNegocio(
        `No se puede eliminar la vigencia ${vigencia.anio}: tiene ${cuantos(reportes, "reporte", "reportes")} ` +
          `(contando borradores) y ${cuantos(metas, "meta", "metas")} de recaudo. Solo se elimina una ` +
          "vigencia que nadie ha empezado a usar.",
      );
    }
    const antes = { ...vigencia, temas: await leerPlan(tx, vigenciaId) };
    await tx.vigencia.delete({ where: { id: vigenciaId } });
    await ctx.auditar({
      accion: "ELIMINAR",
      entidad: "Vigencia",
      entidadId: vigenciaId,
      antes,
      despues: null,
    });
    return { anio: vigencia.anio };
  },
);
