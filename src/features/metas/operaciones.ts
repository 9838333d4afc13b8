import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ambitoDeRegional, metaNacionalResultante } from "@/lib/metas";
import { periodosDeVigencia } from "@/lib/periodos";
import { definirOperacion, type Contexto } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { autorizar } from "@/server/autorizacion";
import { filasDeMetas, huellaDeMetas, type FilaDeMeta } from "./queries";
import { guardarMetasSchema, type MetasValidadas } from "./schemas";

export const MENSAJE_METAS_DESACTUALIZADAS =
  "Otra persona (u otra pestaña) guardó las metas de este semestre después de que usted abrió la " +
  "página. No se guardó nada para no borrar sus cambios: copie lo que escribió, recargue la página " +
  "y vuelva a aplicarlo.";

/** Serializes saves of one vigencia's metas, so two of them never both pass the stale check. */
export async function bloquearVigencia(tx: Prisma.TransactionClient, vigenciaId: number) {
  const [vigencia] = await tx.$queryRaw<{ anio: number }[]>`
    SELECT anio FROM "Vigencia" WHERE id = ${vigenciaId} FOR NO KEY UPDATE`;
  if (!vigencia) throw new ErrorDeNegocio("La vigencia no existe.");
  return vigencia;
}

async function exigirRegionalesCompletas(tx: Prisma.TransactionClient, input: MetasValidadas) {
  const enviadas = input.regionales.map((r) => r.regionalId);
  const existentes = await tx.regional.findMany({ select: { id: true } });
  const completas =
    new Set(enviadas).size === enviadas.length &&
    enviadas.length === existentes.length &&
    existentes.every((r) => enviadas.includes(r.id));
  if (!completas) {
    throw new ErrorDeNegocio("La lista de regionales cambió. Recargue la página para ver la actual.");
  }
}

/**
 * Sets (or removes, with null) one meta and audits it before and after: `FIJAR_META` from the form,
 * `IMPORTAR` from a file.
 */
export async function aplicarCambio(
  ctx: Contexto,
  clave: { vigenciaId: number; periodo: string; regionalId: number | null },
  actual: Pick<FilaDeMeta, "id" | "monto"> | undefined,
  monto: bigint | null,
  accion: "FIJAR_META" | "IMPORTAR" = "FIJAR_META",
) {
  const antes = actual ? { ...clave, monto: actual.monto } : null;
  const evento = { accion, entidad: "MetaRecaudo", antes } as const;
  if (monto === null) {
    if (!actual) return;
    await ctx.tx.metaRecaudo.delete({ where: { id: actual.id } });
    await ctx.auditar({ ...evento, entidadId: actual.id, despues: null });
    return;
  }
  if (actual?.monto === monto) return;
  const fila = actual
    ? await ctx.tx.metaRecaudo.update({ where: { id: actual.id }, data: { monto } })
    : await ctx.tx.metaRecaudo.create({
        data: { ...clave, ambito: ambitoDeRegional(clave.regionalId), monto },
      });
  await ctx.auditar({ ...evento, entidadId: fila.id, despues: { ...clave, monto } });
}

export const guardarMetas = definirOperacion("guardarMetas", guardarMetasSchema, async (input, ctx) => {
  autorizar(ctx.actor, { accion: "gestionar-metas" });
  const { tx } = ctx;
  const vigencia = await bloquearVigencia(tx, input.vigenciaId);
  if (!periodosDeVigencia(vigencia.anio, "SEMESTRAL").some((p) => p.codigo === input.periodo)) {
    throw new ErrorDeNegocio("El semestre no pertenece a la vigencia.", { periodo: ["Semestre no válido."] });
  }
  const actuales = await filasDeMetas(tx, input.vigenciaId, [input.periodo]);
  if (huellaDeMetas(actuales) !== input.huella) throw new ErrorDeNegocio(MENSAJE_METAS_DESACTUALIZADAS);
  await exigirRegionalesCompletas(tx, input);

  const nacional = metaNacionalResultante(
    input.nacional,
    input.regionales.map((r) => r.monto),
  );
  for (const { regionalId, monto } of [...input.regionales, { regionalId: null, monto: nacional }]) {
    const actual = actuales.find((f) => f.regionalId === regionalId);
    const clave = { vigenciaId: input.vigenciaId, periodo: input.periodo, regionalId };
    await aplicarCambio(ctx, clave, actual, monto);
  }
  const guardadas = await filasDeMetas(tx, input.vigenciaId, [input.periodo]);
  return { huella: huellaDeMetas(guardadas), nacional };
});
