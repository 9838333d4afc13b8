import "server-only";
import { definirOperacion } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { conVersion } from "@/server/bloqueo";
import { leerSubarbol } from "../creacion";
import { cargar, exigirNodo, mensajeDesactualizado, reportesBajo, siguienteOrden } from "../nodos";
import { mensajeNoEliminable } from "../reglas";
import { crearAccionSchema, editarAccionSchema, eliminarAccionSchema } from "../schemas";
import { abrirEdicion } from "./comun";

function accionAuditable(
  a: { lineamientoId: number; texto: string; resultadoEsperado: string; orden: number; version: number },
  vigenciaId: number,
) {
  return {
    vigenciaId,
    lineamientoId: a.lineamientoId,
    texto: a.texto,
    resultadoEsperado: a.resultadoEsperado,
    orden: a.orden,
    version: a.version,
  };
}

export const crearAccion = definirOperacion("crearAccion", crearAccionSchema, async (input, ctx) => {
  const { tx } = ctx;
  await abrirEdicion(ctx, input.vigenciaId);
  const lineamiento = exigirNodo(await cargar.lineamiento(tx, input.lineamientoId), input.vigenciaId);
  const orden = await siguienteOrden(
    tx.accion.aggregate({ where: { lineamientoId: lineamiento.id }, _max: { orden: true } }),
  );
  const creada = await tx.accion.create({
    data: {
      lineamientoId: lineamiento.id,
      texto: input.texto,
      resultadoEsperado: input.resultadoEsperado,
      orden,
    },
  });
  await ctx.auditar({
    accion: "CREAR",
    entidad: "Accion",
    entidadId: creada.id,
    despues: accionAuditable(creada, input.vigenciaId),
  });
  return { id: creada.id };
});

export const editarAccion = definirOperacion("editarAccion", editarAccionSchema, async (input, ctx) => {
  const { tx } = ctx;
  await abrirEdicion(ctx, input.vigenciaId);
  const accion = exigirNodo(await cargar.accion(tx, input.accionId), input.vigenciaId);
  const cambios = { texto: input.texto, resultadoEsperado: input.resultadoEsperado };
  const version = await conVersion(
    (condicion) =>
      tx.accion.updateMany({
        where: { id: accion.id, ...condicion },
        data: { ...cambios, version: { increment: 1 } },
      }),
    input.version,
    mensajeDesactualizado("esta acción"),
  );
  await ctx.auditar({
    accion: "EDITAR",
    entidad: "Accion",
    entidadId: accion.id,
    antes: accionAuditable(accion, input.vigenciaId),
    despues: accionAuditable({ ...accion, ...cambios, version }, input.vigenciaId),
  });
  return { version };
});

export const eliminarAccion = definirOperacion("eliminarAccion", eliminarAccionSchema, async (input, ctx) => {
  const { tx } = ctx;
  await abrirEdicion(ctx, input.vigenciaId);
  const accion = exigirNodo(await cargar.accion(tx, input.accionId), input.vigenciaId);
  const bajo = await reportesBajo(tx, { accionId: accion.id });
  if (bajo.reportes > 0) throw new ErrorDeNegocio(mensajeNoEliminable("esta acción", bajo));
  const antes = {
    ...accionAuditable(accion, input.vigenciaId),
    seguimientos: (await leerSubarbol.accion(tx, accion.id)).seguimientos,
  };
  await conVersion(
    (condicion) => tx.accion.deleteMany({ where: { id: accion.id, ...condicion } }),
    input.version,
    mensajeDesactualizado("esta acción"),
  );
  await ctx.auditar({ accion: "ELIMINAR", entidad: "Accion", entidadId: accion.id, antes, despues: null });
  return { id: accion.id };
});
