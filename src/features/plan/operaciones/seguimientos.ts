import "server-only";
import { definirOperacion } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { conVersion } from "@/server/bloqueo";
import { datosDeSeguimiento, datosDeSeguimientoNuevo, formaDeSeguimiento } from "../creacion";
import { cargar, exigirNodo, mensajeDesactualizado, reportesBajo } from "../nodos";
import { mensajeNoEliminable } from "../reglas";
import { exigirCambiosPermitidos, exigirClaveUnica, exigirPlazosQueNoSeMueven } from "../restricciones";
import { crearSeguimientoSchema, editarSeguimientoSchema, eliminarSeguimientoSchema } from "../schemas";
import { abrirEdicion, type Tx } from "./comun";

type SeguimientoCargado = NonNullable<Awaited<ReturnType<typeof cargar.seguimiento>>>;

function seguimientoAuditable(s: SeguimientoCargado) {
  return { vigenciaId: s.vigenciaId, accionId: s.accionId, ...formaDeSeguimiento(s), version: s.version };
}

/** The seguimiento as stored, in the plan's shape, with what the checks on a change need. */
function actualDe(s: SeguimientoCargado) {
  return { ...formaDeSeguimiento(s), id: s.id, vigenciaId: s.vigenciaId, tipoReporte: s.tipoReporte };
}

/** The seguimiento just written, as the audit trail keeps it. */
async function seguimientoEscrito(tx: Tx, id: number) {
  return seguimientoAuditable(
    await tx.seguimiento.findUniqueOrThrow({
      where: { id },
      include: { responsables: { orderBy: { orden: "asc" } } },
    }),
  );
}

export const crearSeguimiento = definirOperacion(
  "crearSeguimiento",
  crearSeguimientoSchema,
  async ({ vigenciaId, accionId, ...campos }, ctx) => {
    const { tx } = ctx;
    await abrirEdicion(ctx, vigenciaId);
    const accion = exigirNodo(await cargar.accion(tx, accionId), vigenciaId);
    await exigirClaveUnica(tx, vigenciaId, campos.clave);
    const { id } = await tx.seguimiento.create({
      data: { accionId: accion.id, ...datosDeSeguimientoNuevo(vigenciaId, campos) },
      select: { id: true },
    });
    await ctx.auditar({
      accion: "CREAR",
      entidad: "Seguimiento",
      entidadId: id,
      despues: await seguimientoEscrito(tx, id),
    });
    return { id };
  },
);

/**
 * Saves the seguimiento and its list of responsables together: the list is replaced in the order
 * given, which is how responsables are added, removed and reordered. The seguimiento's version
 * covers the list: it is replaced only once the version check let the write through.
 */
export const editarSeguimiento = definirOperacion(
  "editarSeguimiento",
  editarSeguimientoSchema,
  async ({ vigenciaId, seguimientoId, version, ...campos }, ctx) => {
    const { tx } = ctx;
    await abrirEdicion(ctx, vigenciaId);
    const cargado = exigirNodo(await cargar.seguimiento(tx, seguimientoId), vigenciaId);
    const actual = actualDe(cargado);
    await exigirCambiosPermitidos(tx, actual, campos);
    await exigirPlazosQueNoSeMueven(tx, actual, campos);
    if (campos.clave !== actual.clave) await exigirClaveUnica(tx, vigenciaId, campos.clave, actual.id);
    const { responsables, ...datos } = datosDeSeguimiento(vigenciaId, campos);
    const nueva = await conVersion(
      (condicion) =>
        tx.seguimiento.updateMany({
          where: { id: actual.id, ...condicion },
          data: { ...datos, version: { increment: 1 } },
        }),
      version,
      mensajeDesactualizado("este seguimiento"),
    );
    await tx.responsable.deleteMany({ where: { seguimientoId: actual.id } });
    await tx.responsable.createMany({
      data: responsables.create.map((r) => ({ ...r, seguimientoId: actual.id })),
    });
    await ctx.auditar({
      accion: "EDITAR",
      entidad: "Seguimiento",
      entidadId: actual.id,
      antes: seguimientoAuditable(cargado),
      despues: await seguimientoEscrito(tx, actual.id),
    });
    return { version: nueva };
  },
);

export const eliminarSeguimiento = definirOperacion(
  "eliminarSeguimiento",
  eliminarSeguimientoSchema,
  async (input, ctx) => {
    const { tx } = ctx;
    await abrirEdicion(ctx, input.vigenciaId);
    const seguimiento = exigirNodo(await cargar.seguimiento(tx, input.seguimientoId), input.vigenciaId);
    const bajo = await reportesBajo(tx, { id: seguimiento.id });
    if (bajo.reportes > 0) throw new ErrorDeNegocio(mensajeNoEliminable("este seguimiento", bajo, true));
    await conVersion(
      (condicion) => tx.seguimiento.deleteMany({ where: { id: seguimiento.id, ...condicion } }),
      input.version,
      mensajeDesactualizado("este seguimiento"),
    );
    await ctx.auditar({
      accion: "ELIMINAR",
      entidad: "Seguimiento",
      entidadId: seguimiento.id,
      antes: seguimientoAuditable(seguimiento),
      despues: null,
    });
    return { id: seguimiento.id };
  },
);
