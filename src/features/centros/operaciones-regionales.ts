import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { definirOperacion } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { autorizar } from "@/server/autorizacion";
import { conVersion } from "@/server/bloqueo";
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
    select: { id: true, codigo: true, nombre: true, version: true },
  });
  const { id, version: _version, ...despues } = creada;
  await ctx.auditar({ accion: "CREAR", entidad: "Regional", entidadId: id, despues });
  return creada;
});

/**
 * Saves the regional form. The write carries the version the form loaded in its WHERE
 * (`conVersion`) and moves it, so of two admins saving from the same version the second one is
 * refused with nothing written. A form that changes nothing writes nothing and takes the current
 * version, since what it shows is what is stored.
 */
export const editarRegional = definirOperacion(
  "editarRegional",
  editarRegionalSchema,
  async ({ id, version, ...input }, ctx) => {
    autorizar(ctx.actor, { accion: "administrar" });
    // Locked so that `antes` in the audit trail is exactly the row this save replaces.
    const [actual] = await ctx.tx.$queryRaw<{ codigo: string; nombre: string; version: number }[]>`
      SELECT codigo, nombre, version FROM "Regional" WHERE id = ${id} FOR UPDATE`;
    if (!actual) throw new ErrorDeNegocio("La regional no existe. Vuelva a la lista de regionales.");
    const antes = { codigo: actual.codigo, nombre: actual.nombre };
    if (antes.codigo === input.codigo && antes.nombre === input.nombre) {
      return { id, ...antes, version: actual.version };
    }
    await exigirRegionalDistinta(ctx.tx, input, id);
    const despues = { codigo: input.codigo, nombre: input.nombre };
    const nueva = await conVersion(
      (condicion) =>
        ctx.tx.regional.updateMany({
          where: { id, ...condicion },
          data: { ...despues, version: { increment: 1 } },
        }),
      version,
      MENSAJE_REGIONAL_DESACTUALIZADA,
    );
    await ctx.auditar({ accion: "EDITAR", entidad: "Regional", entidadId: id, antes, despues });
    return { id, ...despues, version: nueva };
  },
);
