import "server-only";
import { definirOperacion } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { conVersion } from "@/server/bloqueo";
import { leerSubarbol } from "../creacion";
import { cargar, exigirNodo, mensajeDesactualizado, reportesBajo, siguienteOrden } from "../nodos";
import { mensajeNoEliminable } from "../reglas";
import { crearLineamientoSchema, editarLineamientoSchema, eliminarLineamientoSchema } from "../schemas";
import { abrirEdicion } from "./comun";

function lineamientoAuditable(
  l: { temaId: number; texto: string; orden: number; version: number },
  vigenciaId: number,
) {
  return { vigenciaId, temaId: l.temaId, texto: l.texto, orden: l.orden, version: l.version };
}

export const crearLineamiento = definirOperacion(
  "crearLineamiento",
  crearLineamientoSchema,
  async (input, ctx) => {
    const { tx } = ctx;
    await abrirEdicion(ctx, input.vigenciaId);
    const tema = exigirNodo(await cargar.tema(tx, input.temaId), input.vigenciaId);
    const orden = await siguienteOrden(
      tx.lineamiento.aggregate({ where: { temaId: tema.id }, _max: { orden: true } }),
    );
    const creado = await tx.lineamiento.create({ data: { temaId: tema.id, texto: input.texto, orden } });
    await ctx.auditar({
      accion: "CREAR",
      entidad: "Lineamiento",
      entidadId: creado.id,
      despues: lineamientoAuditable(creado, input.vigenciaId),
    });
    return { id: creado.id };
  },
);

export const editarLineamiento = definirOperacion(
  "editarLineamiento",
  editarLineamientoSchema,
  async (input, ctx) => {
    const { tx } = ctx;
    await abrirEdicion(ctx, input.vigenciaId);
    const lineamiento = exigirNodo(await cargar.lineamiento(tx, input.lineamientoId), input.vigenciaId);
    const version = await conVersion(
      (condicion) =>
        tx.lineamiento.updateMany({
          where: { id: lineamiento.id, ...condicion },
          data: { texto: input.texto, version: { increment: 1 } },
        }),
      input.version,
      mensajeDesactualizado("este lineamiento"),
    );
    await ctx.auditar({
      accion: "EDITAR",
      entidad: "Lineamiento",
      entidadId: lineamiento.id,
      antes: lineamientoAuditable(lineamiento, input.vigenciaId),
      despues: lineamientoAuditable({ ...lineamiento, texto: input.texto, version }, input.vigenciaId),
    });
    return { version };
  },
);

export const eliminarLineamiento = definirOperacion(
  "eliminarLineamiento",
  eliminarLineamientoSchema,
  async (input, ctx) => {
    const { tx } = ctx;
    await abrirEdicion(ctx, input.vigenciaId);
    const lineamiento = exigirNodo(await cargar.lineamiento(tx, input.lineamientoId), input.vigenciaId);
    const bajo = await reportesBajo(tx, { accion: { lineamientoId: lineamiento.id } });
    if (bajo.reportes > 0) throw new ErrorDeNegocio(mensajeNoEliminable("este lineamiento", bajo));
    const antes = {
      ...lineamientoAuditable(lineamiento, input.vigenciaId),
      acciones: (await leerSubarbol.lineamiento(tx, lineamiento.id)).acciones,
    };
    await conVersion(
      (condicion) => tx.lineamiento.deleteMany({ where: { id: lineamiento.id, ...condicion } }),
      input.version,
      mensajeDesactualizado("este lineamiento"),
    );
    await ctx.auditar({
      accion: "ELIMINAR",
      entidad: "Lineamiento",
      entidadId: lineamiento.id,
      antes,
      despues: null,
    });
    return { id: lineamiento.id };
  },
);
