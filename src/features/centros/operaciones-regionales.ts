import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { definirOperacion, ErrorDeNegocio } from "@/server/action";
import { autorizar } from "@/server/authz";
import { mismoCodigoDeRegional, mismoNombreDeRegional } from "./importacion";
import { crearRegionalSchema, editarRegionalSchema, type DatosRegional } from "./schemas";

export const MENSAJE_REGIONAL_DESACTUALIZADA =
  "Otra persona (u otra pestaña) modificó esta regional después de que usted abrió el formulario. No se " +
  "guardó nada para no borrar sus cambios: copie lo que escribió, recargue la página y vuelva a aplicarlo.";

/**
 * Codes and names must tell regionales apart as the CSV import reads them: a name that differs only
 * in accents or capitals, or a code that differs only in leading zeros, is taken.
 */
async function exigirRegionalDistinta(tx: Prisma.TransactionClient, datos: DatosRegional, excepto?: number) {
  const otras = await tx.regional.findMany({
    where: excepto ? { id: { not: excepto } } : {},
    select: { codigo: true, nombre: true },
  });
  const errores: Record<string, string[]> = {};
  const porCodigo = otras.find((r) => mismoCodigoDeRegional(r.codigo, datos.codigo));
  if (porCodigo) errores.codigo = [`El código ${porCodigo.codigo} ya es de la regional ${porCodigo.nombre}.`];
  const porNombre = otras.find((r) => mismoNombreDeRegional(r.nombre, datos.nombre));
  if (porNombre) errores.nombre = [`Ya existe la regional ${porNombre.nombre} (código ${porNombre.codigo}).`];
  if (Object.keys(errores).length > 0) {
    throw new ErrorDeNegocio("Ya existe una regional con ese código o ese nombre.", errores);
  }
}

export const crearRegional = definirOperacion("crearRegional", crearRegionalSchema, async (input, ctx) => {
  autorizar(ctx.actor, { accion: "administrar" });
  await exigirRegionalDistinta(ctx.tx, input);
  const creada = await ctx.tx.regional.create({
    data: { codigo: input.codigo, nombre: input.nombre },
    select: { id: true, codigo: true, nombre: true },
  });
  const { id, ...despues } = creada;
  await ctx.auditar({ accion: "CREAR", entidad: "Regional", entidadId: id, despues });
  return creada;
});

/**
 * Regional has no version column: the form sends the code and name it loaded, and the save compares
 * them with the row locked, so of two admins saving at once the second one is refused.
 */
export const editarRegional = definirOperacion(
  "editarRegional",
  editarRegionalSchema,
  async ({ id, original, ...input }, ctx) => {
    autorizar(ctx.actor, { accion: "administrar" });
    const [actual] = await ctx.tx.$queryRaw<{ codigo: string; nombre: string }[]>`
      SELECT codigo, nombre FROM "Regional" WHERE id = ${id} FOR UPDATE`;
    if (!actual) throw new ErrorDeNegocio("La regional no existe. Vuelva a la lista de regionales.");
    if (actual.codigo !== original.codigo || actual.nombre !== original.nombre) {
      throw new ErrorDeNegocio(MENSAJE_REGIONAL_DESACTUALIZADA);
    }
    if (actual.codigo === input.codigo && actual.nombre === input.nombre) return { id, ...actual };
    await exigirRegionalDistinta(ctx.tx, input, id);
    const guardada = await ctx.tx.regional.update({
      where: { id },
      data: { codigo: input.codigo, nombre: input.nombre },
      select: { id: true, codigo: true, nombre: true },
    });
    await ctx.auditar({
      accion: "EDITAR",
      entidad: "Regional",
      entidadId: id,
      antes: actual,
      despues: { codigo: guardada.codigo, nombre: guardada.nombre },
    });
    return guardada;
  },
);
