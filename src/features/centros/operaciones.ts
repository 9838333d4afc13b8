import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { definirOperacion, type Contexto } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { autorizar } from "@/server/autorizacion";
import { conVersion } from "@/server/bloqueo";
import { CENTRO_AUDITABLE, estadoAuditable, type CentroAuditable } from "./auditable";
import { mensajeSubdirectoresActivos } from "./importacion";
import { SUBDIRECTORES_ACTIVOS } from "./queries";
import { crearCentroSchema, editarCentroSchema, type DatosCentro } from "./schemas";

export { importarCentros, previsualizarImportacion } from "./operaciones-importacion";
export { crearRegional, editarRegional } from "./operaciones-regionales";
export { editarCentroEnVigencia } from "./operaciones-vigencias";

export const MENSAJE_CENTRO_DESACTUALIZADO =
  "Otra persona (u otra pestaña) modificó este centro después de que usted abrió el formulario. No se " +
  "guardó nada para no borrar sus cambios: copie lo que escribió, recargue la página, revise la versión " +
  "actual y vuelva a aplicarlo.";

/**
 * The centro read after locking its row. The lock also makes a subdirector being assigned to it at
 * the same moment (whose foreign key waits for this row) wait until the deactivation check is done.
 */
async function centroBloqueado(tx: Prisma.TransactionClient, id: number): Promise<CentroAuditable> {
  const filas = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Centro" WHERE id = ${id} FOR UPDATE`;
  if (filas.length === 0) throw new ErrorDeNegocio("El centro no existe. Vuelva a la lista de centros.");
  return tx.centro.findUniqueOrThrow({ where: { id }, select: CENTRO_AUDITABLE });
}

async function exigirCodigoLibre(tx: Prisma.TransactionClient, codigo: string, excepto?: number) {
  const otro = await tx.centro.findFirst({
    where: { codigo: { equals: codigo, mode: "insensitive" }, ...(excepto ? { id: { not: excepto } } : {}) },
    select: { nombre: true },
  });
  if (otro) {
    throw new ErrorDeNegocio("Ya existe un centro con ese código.", {
      codigo: [`El código ${codigo} ya es del centro «${otro.nombre}». Use otro código.`],
    });
  }
}

async function exigirRegional(tx: Prisma.TransactionClient, regionalId: number) {
  const regional = await tx.regional.findUnique({ where: { id: regionalId }, select: { id: true } });
  if (!regional) {
    throw new ErrorDeNegocio("La regional elegida ya no existe. Recargue la página.", {
      regionalId: ["Elija una regional de la lista."],
    });
  }
}

/** A centro with active subdirectores is not deactivated (docs/decisions/0009-centros-inactivos.md). */
async function exigirSinSubdirectoresActivos(tx: Prisma.TransactionClient, centroId: number) {
  const subdirectores = await tx.user.findMany({
    where: { ...SUBDIRECTORES_ACTIVOS.where, centroId },
    orderBy: SUBDIRECTORES_ACTIVOS.orderBy,
    select: SUBDIRECTORES_ACTIVOS.select,
  });
  if (subdirectores.length === 0) return;
  const nombres = subdirectores.map((s) => `${s.nombre} (${s.email})`);
  throw new ErrorDeNegocio(mensajeSubdirectoresActivos(nombres), {
    activo: [
      `${nombres.length === 1 ? "Tiene un subdirector activo" : "Tiene subdirectores activos"}: ${nombres.join("; ")}.`,
    ],
  });
}

function datosDeCentro(input: DatosCentro) {
  return {
    codigo: input.codigo,
    nombre: input.nombre,
    regionalId: input.regionalId,
    generaAprovechamiento: input.generaAprovechamiento,
    requiereRecursos: input.requiereRecursos,
    activo: input.activo,
  };
}

export const crearCentro = definirOperacion("crearCentro", crearCentroSchema, async (input, ctx) => {
  autorizar(ctx.actor, { accion: "administrar" });
  await exigirCodigoLibre(ctx.tx, input.codigo);
  await exigirRegional(ctx.tx, input.regionalId);
  const creado = await ctx.tx.centro.create({ data: datosDeCentro(input), select: CENTRO_AUDITABLE });
  await ctx.auditar({
    accion: "CREAR",
    entidad: "Centro",
    entidadId: creado.id,
    despues: estadoAuditable(creado),
  });
  return { id: creado.id, version: creado.version };
});

function verboDeEdicion(antes: CentroAuditable, input: DatosCentro) {
  if (antes.activo === input.activo) return "EDITAR" as const;
  return input.activo ? ("ACTIVAR" as const) : ("DESACTIVAR" as const);
}

function sinCambios(antes: CentroAuditable, input: DatosCentro): boolean {
  const actual = datosDeCentro(antes);
  const nuevo = datosDeCentro(input);
  return (Object.keys(nuevo) as (keyof typeof nuevo)[]).every((campo) => actual[campo] === nuevo[campo]);
}

/**
 * Saves the centro form. Refused, with nothing written, when the code belongs to another centro,
 * when it would deactivate a centro whose subdirectores are still active, or when someone saved the
 * centro (a form, an import) after the version the form loaded: the write carries that version in
 * its WHERE (`conVersion`) and moves it. A form that changes nothing writes nothing and takes the
 * current version, since what it shows is what is stored.
 */
export const editarCentro = definirOperacion(
  "editarCentro",
  editarCentroSchema,
  async ({ id, version, ...input }, ctx: Contexto) => {
    autorizar(ctx.actor, { accion: "administrar" });
    const antes = await centroBloqueado(ctx.tx, id);
    if (sinCambios(antes, input)) return { id, version: antes.version, cambio: false };
    await exigirCodigoLibre(ctx.tx, input.codigo, id);
    await exigirRegional(ctx.tx, input.regionalId);
    if (antes.activo && !input.activo) await exigirSinSubdirectoresActivos(ctx.tx, id);
    const nueva = await conVersion(
      (condicion) =>
        ctx.tx.centro.updateMany({
          where: { id, ...condicion },
          data: { ...datosDeCentro(input), version: { increment: 1 } },
        }),
      version,
      MENSAJE_CENTRO_DESACTUALIZADO,
    );
    const despues = await ctx.tx.centro.findUniqueOrThrow({ where: { id }, select: CENTRO_AUDITABLE });
    await ctx.auditar({
      accion: verboDeEdicion(antes, input),
      entidad: "Centro",
      entidadId: id,
      antes: estadoAuditable(antes),
      despues: estadoAuditable(despues),
    });
    return { id, version: nueva, cambio: true };
  },
);
