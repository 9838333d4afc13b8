import "server-only";
import { definirOperacion } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { conVersion } from "@/server/bloqueo";
import { leerSubarbol } from "../creacion";
import { cargar, exigirNodo, mensajeDesactualizado, reportesBajo, siguienteOrden } from "../nodos";
import { mensajeNoEliminable } from "../reglas";
import { crearTemaSchema, editarTemaSchema, eliminarTemaSchema } from "../schemas";
import { abrirEdicion, type Tx } from "./comun";

function temaAuditable(t: {
  vigenciaId: number;
  codigo: string;
  nombre: string;
  orden: number;
  version: number;
}) {
  return { vigenciaId: t.vigenciaId, codigo: t.codigo, nombre: t.nombre, orden: t.orden, version: t.version };
}

async function exigirCodigoLibre(tx: Tx, vigenciaId: number, codigo: string, temaId?: number) {
  const otro = await tx.tema.findFirst({
    where: { vigenciaId, codigo, NOT: temaId ? { id: temaId } : undefined },
  });
  if (otro) {
    throw new ErrorDeNegocio(`Ya existe un tema con el código ${codigo}.`, {
      codigo: [`El tema «${otro.codigo} ${otro.nombre}» ya usa este código en la vigencia.`],
    });
  }
}

export const crearTema = definirOperacion("crearTema", crearTemaSchema, async (input, ctx) => {
  const { tx } = ctx;
  await abrirEdicion(ctx, input.vigenciaId);
  await exigirCodigoLibre(tx, input.vigenciaId, input.codigo);
  const orden = await siguienteOrden(
    tx.tema.aggregate({ where: { vigenciaId: input.vigenciaId }, _max: { orden: true } }),
  );
  const tema = await tx.tema.create({
    data: { vigenciaId: input.vigenciaId, codigo: input.codigo, nombre: input.nombre, orden },
  });
  await ctx.auditar({ accion: "CREAR", entidad: "Tema", entidadId: tema.id, despues: temaAuditable(tema) });
  return { id: tema.id };
});

export const editarTema = definirOperacion("editarTema", editarTemaSchema, async (input, ctx) => {
  const { tx } = ctx;
  await abrirEdicion(ctx, input.vigenciaId);
  const tema = exigirNodo(await cargar.tema(tx, input.temaId), input.vigenciaId);
  await exigirCodigoLibre(tx, input.vigenciaId, input.codigo, tema.id);
  const cambios = { codigo: input.codigo, nombre: input.nombre };
  const version = await conVersion(
    (condicion) =>
      tx.tema.updateMany({
        where: { id: tema.id, ...condicion },
        data: { ...cambios, version: { increment: 1 } },
      }),
    input.version,
    mensajeDesactualizado("este tema"),
  );
  await ctx.auditar({
    accion: "EDITAR",
    entidad: "Tema",
    entidadId: tema.id,
    antes: temaAuditable(tema),
    despues: temaAuditable({ ...tema, ...cambios, version }),
  });
  return { version };
});

export const eliminarTema = definirOperacion("eliminarTema", eliminarTemaSchema, async (input, ctx) => {
  const { tx } = ctx;
  await abrirEdicion(ctx, input.vigenciaId);
  const tema = exigirNodo(await cargar.tema(tx, input.temaId), input.vigenciaId);
  const bajo = await reportesBajo(tx, { accion: { lineamiento: { temaId: tema.id } } });
  if (bajo.reportes > 0) throw new ErrorDeNegocio(mensajeNoEliminable("este tema", bajo));
  const antes = { ...temaAuditable(tema), lineamientos: (await leerSubarbol.tema(tx, tema.id)).lineamientos };
  await conVersion(
    (condicion) => tx.tema.deleteMany({ where: { id: tema.id, ...condicion } }),
    input.version,
    mensajeDesactualizado("este tema"),
  );
  await ctx.auditar({ accion: "ELIMINAR", entidad: "Tema", entidadId: tema.id, antes, despues: null });
  return { id: tema.id };
});
