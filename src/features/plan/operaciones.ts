import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { definirOperacion, ErrorDeNegocio, type Contexto } from "@/server/action";
import { autorizar } from "@/server/authz";
import { crearPlan, datosDeSeguimiento, formaDeSeguimiento, leerPlan, leerSubarbol } from "./creacion";
import type { Plan } from "./forma";
import { bloquearVigencia, cargar, exigirNodo, reportesBajo, siguienteOrden } from "./nodos";
import { mensajeNoEliminable } from "./reglas";
import { exigirCambiosPermitidos, exigirTipoUnico } from "./restricciones";
import {
  crearAccionSchema,
  crearLineamientoSchema,
  crearSeguimientoSchema,
  crearTemaSchema,
  crearVigenciaSchema,
  eliminarVigenciaSchema,
  editarAccionSchema,
  editarLineamientoSchema,
  editarSeguimientoSchema,
  editarTemaSchema,
  eliminarAccionSchema,
  eliminarLineamientoSchema,
  eliminarSeguimientoSchema,
  eliminarTemaSchema,
} from "./schemas";

type Tx = Prisma.TransactionClient;

/** Authorizes, then serializes the writes to the vigencia's plan (see `bloquearVigencia`). */
async function abrirEdicion(ctx: Contexto, vigenciaId: number) {
  autorizar(ctx.actor, { accion: "administrar" });
  return bloquearVigencia(ctx.tx, vigenciaId);
}

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
  const tema = exigirNodo(await cargar.tema(tx, input.temaId), input.vigenciaId, input.version, "este tema");
  await exigirCodigoLibre(tx, input.vigenciaId, input.codigo, tema.id);
  const editado = await tx.tema.update({
    where: { id: tema.id, version: input.version },
    data: { codigo: input.codigo, nombre: input.nombre, version: { increment: 1 } },
  });
  await ctx.auditar({
    accion: "EDITAR",
    entidad: "Tema",
    entidadId: tema.id,
    antes: temaAuditable(tema),
    despues: temaAuditable(editado),
  });
  return { version: editado.version };
});

export const eliminarTema = definirOperacion("eliminarTema", eliminarTemaSchema, async (input, ctx) => {
  const { tx } = ctx;
  await abrirEdicion(ctx, input.vigenciaId);
  const tema = exigirNodo(await cargar.tema(tx, input.temaId), input.vigenciaId, input.version, "este tema");
  const bajo = await reportesBajo(tx, { accion: { lineamiento: { temaId: tema.id } } });
  if (bajo.reportes > 0) throw new ErrorDeNegocio(mensajeNoEliminable("este tema", bajo));
  const antes = { ...temaAuditable(tema), lineamientos: (await leerSubarbol.tema(tx, tema.id)).lineamientos };
  await tx.tema.delete({ where: { id: tema.id } });
  await ctx.auditar({ accion: "ELIMINAR", entidad: "Tema", entidadId: tema.id, antes, despues: null });
  return { id: tema.id };
});

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
    const tema = exigirNodo(await cargar.tema(tx, input.temaId), input.vigenciaId, null, "el tema");
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
    const actual = await cargar.lineamiento(tx, input.lineamientoId);
    const lineamiento = exigirNodo(actual, input.vigenciaId, input.version, "este lineamiento");
    const editado = await tx.lineamiento.update({
      where: { id: lineamiento.id, version: input.version },
      data: { texto: input.texto, version: { increment: 1 } },
    });
    await ctx.auditar({
      accion: "EDITAR",
      entidad: "Lineamiento",
      entidadId: lineamiento.id,
      antes: lineamientoAuditable(lineamiento, input.vigenciaId),
      despues: lineamientoAuditable(editado, input.vigenciaId),
    });
    return { version: editado.version };
  },
);

export const eliminarLineamiento = definirOperacion(
  "eliminarLineamiento",
  eliminarLineamientoSchema,
  async (input, ctx) => {
    const { tx } = ctx;
    await abrirEdicion(ctx, input.vigenciaId);
    const actual = await cargar.lineamiento(tx, input.lineamientoId);
    const lineamiento = exigirNodo(actual, input.vigenciaId, input.version, "este lineamiento");
    const bajo = await reportesBajo(tx, { accion: { lineamientoId: lineamiento.id } });
    if (bajo.reportes > 0) throw new ErrorDeNegocio(mensajeNoEliminable("este lineamiento", bajo));
    const antes = {
      ...lineamientoAuditable(lineamiento, input.vigenciaId),
      acciones: (await leerSubarbol.lineamiento(tx, lineamiento.id)).acciones,
    };
    await tx.lineamiento.delete({ where: { id: lineamiento.id } });
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
  const actual = await cargar.lineamiento(tx, input.lineamientoId);
  const lineamiento = exigirNodo(actual, input.vigenciaId, null, "el lineamiento");
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
  const accion = exigirNodo(
    await cargar.accion(tx, input.accionId),
    input.vigenciaId,
    input.version,
    "esta acción",
  );
  const editada = await tx.accion.update({
    where: { id: accion.id, version: input.version },
    data: { texto: input.texto, resultadoEsperado: input.resultadoEsperado, version: { increment: 1 } },
  });
  await ctx.auditar({
    accion: "EDITAR",
    entidad: "Accion",
    entidadId: accion.id,
    antes: accionAuditable(accion, input.vigenciaId),
    despues: accionAuditable(editada, input.vigenciaId),
  });
  return { version: editada.version };
});

export const eliminarAccion = definirOperacion("eliminarAccion", eliminarAccionSchema, async (input, ctx) => {
  const { tx } = ctx;
  await abrirEdicion(ctx, input.vigenciaId);
  const accion = exigirNodo(
    await cargar.accion(tx, input.accionId),
    input.vigenciaId,
    input.version,
    "esta acción",
  );
  const bajo = await reportesBajo(tx, { accionId: accion.id });
  if (bajo.reportes > 0) throw new ErrorDeNegocio(mensajeNoEliminable("esta acción", bajo));
  const antes = {
    ...accionAuditable(accion, input.vigenciaId),
    seguimientos: (await leerSubarbol.accion(tx, accion.id)).seguimientos,
  };
  await tx.accion.delete({ where: { id: accion.id } });
  await ctx.auditar({ accion: "ELIMINAR", entidad: "Accion", entidadId: accion.id, antes, despues: null });
  return { id: accion.id };
});

type SeguimientoCargado = NonNullable<Awaited<ReturnType<typeof cargar.seguimiento>>>;

function seguimientoAuditable(s: SeguimientoCargado) {
  return { vigenciaId: s.vigenciaId, accionId: s.accionId, ...formaDeSeguimiento(s), version: s.version };
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
    const accion = exigirNodo(await cargar.accion(tx, accionId), vigenciaId, null, "la acción");
    await exigirTipoUnico(tx, vigenciaId, campos.tipoReporte);
    const { id } = await tx.seguimiento.create({
      data: { accionId: accion.id, ...datosDeSeguimiento(vigenciaId, campos) },
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
 * given, which is how responsables are added, removed and reordered.
 */
export const editarSeguimiento = definirOperacion(
  "editarSeguimiento",
  editarSeguimientoSchema,
  async ({ vigenciaId, seguimientoId, version, ...campos }, ctx) => {
    const { tx } = ctx;
    await abrirEdicion(ctx, vigenciaId);
    const actual = exigirNodo(
      await cargar.seguimiento(tx, seguimientoId),
      vigenciaId,
      version,
      "este seguimiento",
    );
    await exigirCambiosPermitidos(tx, actual, campos);
    if (campos.tipoReporte !== actual.tipoReporte) {
      await exigirTipoUnico(tx, vigenciaId, campos.tipoReporte, actual.id);
    }
    const { responsables, ...datos } = datosDeSeguimiento(vigenciaId, campos);
    await tx.responsable.deleteMany({ where: { seguimientoId: actual.id } });
    const { version: nueva } = await tx.seguimiento.update({
      where: { id: actual.id, version },
      data: { ...datos, responsables, version: { increment: 1 } },
      select: { version: true },
    });
    await ctx.auditar({
      accion: "EDITAR",
      entidad: "Seguimiento",
      entidadId: actual.id,
      antes: seguimientoAuditable(actual),
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
    const actual = await cargar.seguimiento(tx, input.seguimientoId);
    const seguimiento = exigirNodo(actual, input.vigenciaId, input.version, "este seguimiento");
    const bajo = await reportesBajo(tx, { id: seguimiento.id });
    if (bajo.reportes > 0) throw new ErrorDeNegocio(mensajeNoEliminable("este seguimiento", bajo, true));
    await tx.seguimiento.delete({ where: { id: seguimiento.id } });
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
