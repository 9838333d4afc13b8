import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { definirOperacion, ErrorDeNegocio, type Contexto } from "@/server/action";
import { autorizar } from "@/server/authz";
import { ENTIDAD_IMPORTACION } from "./auditable";
import {
  contarAcciones,
  decodificarUtf8,
  leerImportacion,
  planificarImportacion,
  type CentroExistente,
  type ErrorDeFila,
  type FilaDelPlan,
} from "./importacion";
import { SUBDIRECTORES_ACTIVOS } from "./queries";
import { importarCentrosSchema, previsualizarImportacionSchema } from "./schemas";

export const MENSAJE_IMPORTACION_DESACTUALIZADA =
  "Los centros cambiaron desde que revisó el archivo (alguien guardó uno de ellos, o el archivo es " +
  "otro). No se importó nada: revise la vista previa actualizada y confirme de nuevo.";

function rechazarArchivo(mensaje: string): never {
  throw new ErrorDeNegocio(mensaje, { archivo: [mensaje] });
}

async function textoDe(archivo: File): Promise<{ texto: string; sha256: string }> {
  const bytes = new Uint8Array(await archivo.arrayBuffer());
  const leido = decodificarUtf8(bytes);
  if (!leido.ok) rechazarArchivo(leido.error);
  return { texto: leido.texto, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** The stored centros the file names, by code in capitals (how the import compares them). */
async function existentesPorCodigo(tx: Prisma.TransactionClient, codigos: string[]) {
  const centros = await tx.centro.findMany({
    where: { codigo: { in: codigos, mode: "insensitive" } },
    select: {
      id: true,
      codigo: true,
      nombre: true,
      regionalId: true,
      generaAprovechamiento: true,
      requiereRecursos: true,
      activo: true,
      regional: { select: { nombre: true } },
      usuarios: SUBDIRECTORES_ACTIVOS,
    },
  });
  return new Map<string, CentroExistente>(
    centros.map(({ regional, usuarios, ...c }) => [
      c.codigo.toUpperCase(),
      {
        ...c,
        regional: regional.nombre,
        subdirectoresActivos: usuarios.map((u) => `${u.nombre} (${u.email})`),
      },
    ]),
  );
}

/** Identifies a preview: the same file over the same stored centros gives the same value. */
function huellaDe(filas: FilaDelPlan[], errores: ErrorDeFila[], sha256: string): string {
  return createHash("sha256").update(JSON.stringify({ sha256, filas, errores })).digest("hex");
}

/**
 * Reads and checks the whole file against the database as it is now. With `bloquear`, the centros
 * the file names are locked first, so nobody saves one of them between this check and the write.
 */
async function prepararImportacion(tx: Prisma.TransactionClient, archivo: File, bloquear: boolean) {
  const { texto, sha256 } = await textoDe(archivo);
  const regionales = await tx.regional.findMany({ select: { id: true, codigo: true, nombre: true } });
  const lectura = leerImportacion(texto, regionales);
  if (!lectura.ok) rechazarArchivo(lectura.error);
  const codigos = lectura.validas.map((f) => f.codigo);
  if (bloquear) {
    await tx.$queryRaw`
      SELECT id FROM "Centro" WHERE upper(codigo) = ANY(${codigos}::text[]) ORDER BY id FOR UPDATE`;
  }
  const existentes = await existentesPorCodigo(tx, codigos);
  const plan = planificarImportacion(lectura.validas, existentes);
  const errores = [...lectura.errores, ...plan.errores].sort((a, b) => a.linea - b.linea);
  return {
    archivo: archivo.name,
    sha256,
    filasLeidas: lectura.filas,
    columnasIgnoradas: lectura.ignoradas,
    filas: plan.filas,
    errores,
    conteo: contarAcciones(plan.filas),
    huella: huellaDe(plan.filas, errores, sha256),
    existentes,
  };
}

/**
 * The preview: every row checked, and what confirming would create, update or leave unchanged.
 * Unchanged rows are only counted; nothing is written.
 */
export const previsualizarImportacion = definirOperacion(
  "previsualizarImportacion",
  previsualizarImportacionSchema,
  async ({ archivo }, ctx) => {
    autorizar(ctx.actor, { accion: "administrar" });
    const {
      sha256: _sha256,
      existentes: _existentes,
      filas,
      ...vista
    } = await prepararImportacion(ctx.tx, archivo, false);
    return { ...vista, filas: filas.filter((f) => f.accion !== "SIN_CAMBIOS") };
  },
);

export type VistaPrevia = Extract<Awaited<ReturnType<typeof previsualizarImportacion>>, { ok: true }>["data"];

/** The rows as column arrays, to write thousands of them in one statement with `unnest`. */
function columnas(filas: FilaDelPlan[]) {
  return {
    ids: filas.map((f) => f.centroId),
    codigos: filas.map((f) => f.codigo),
    nombres: filas.map((f) => f.nombre),
    regionales: filas.map((f) => f.regionalId),
    generan: filas.map((f) => f.generaAprovechamiento),
    activos: filas.map((f) => f.activo),
    recursos: filas.map((f) => f.requiereRecursos),
  };
}

// "updatedAt" is a timestamp without time zone that Prisma writes in UTC; raw writes do the same.
const AHORA_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/** Inserts the new centros in one statement (a file may carry thousands) and returns their ids. */
async function crearCentros(tx: Prisma.TransactionClient, filas: FilaDelPlan[]) {
  if (filas.length === 0) return [];
  const c = columnas(filas);
  return tx.$queryRaw<{ id: number; codigo: string }[]>`
    INSERT INTO "Centro" (codigo, nombre, "regionalId", "generaAprovechamiento", activo, "requiereRecursos", "updatedAt")
    SELECT v.codigo, v.nombre, v."regionalId", v.genera, v.activo, v.recursos, ${AHORA_UTC}
      FROM unnest(
             ${c.codigos}::text[], ${c.nombres}::text[], ${c.regionales}::int[],
             ${c.generan}::boolean[], ${c.activos}::boolean[], ${c.recursos}::boolean[]
           ) AS v(codigo, nombre, "regionalId", genera, activo, recursos)
    RETURNING id, codigo`;
}

/**
 * Updates every changed centro in one statement, moving each one's version as an edit does: a centro
 * form opened before the import is then refused instead of undoing it.
 */
async function actualizarCentros(tx: Prisma.TransactionClient, filas: FilaDelPlan[]) {
  if (filas.length === 0) return;
  const c = columnas(filas);
  await tx.$executeRaw`
    UPDATE "Centro" AS c
       SET codigo = v.codigo, nombre = v.nombre, "regionalId" = v."regionalId",
           "generaAprovechamiento" = v.genera, activo = v.activo, "requiereRecursos" = v.recursos,
           version = c.version + 1, "updatedAt" = ${AHORA_UTC}
      FROM unnest(
             ${c.ids}::int[], ${c.codigos}::text[], ${c.nombres}::text[], ${c.regionales}::int[],
             ${c.generan}::boolean[], ${c.activos}::boolean[], ${c.recursos}::boolean[]
           ) AS v(id, codigo, nombre, "regionalId", genera, activo, recursos)
     WHERE c.id = v.id`;
}

function estadoAuditableDe(c: Omit<CentroExistente, "id" | "subdirectoresActivos">) {
  return {
    codigo: c.codigo,
    nombre: c.nombre,
    regionalId: c.regionalId,
    regional: c.regional,
    generaAprovechamiento: c.generaAprovechamiento,
    requiereRecursos: c.requiereRecursos,
    activo: c.activo,
  };
}

type Preparada = Awaited<ReturnType<typeof prepararImportacion>>;

/**
 * One audit event for the whole import, with every centro it created or changed before and after,
 * keyed by the centro's id (the centro's history finds it there).
 */
async function auditarImportacion(
  ctx: Contexto,
  preparada: Preparada,
  creados: { id: number; codigo: string }[],
) {
  const idDeCreado = new Map(creados.map((c) => [c.codigo, c.id]));
  const antes: Record<string, unknown> = {};
  const despues: Record<string, unknown> = {};
  for (const fila of preparada.filas) {
    if (fila.accion === "SIN_CAMBIOS") continue;
    const id = fila.centroId ?? idDeCreado.get(fila.codigo);
    if (id === undefined) throw new Error(`Centro importado sin id: ${fila.codigo}`);
    const previo = preparada.existentes.get(fila.codigo);
    antes[id] = previo ? estadoAuditableDe(previo) : null;
    despues[id] = estadoAuditableDe(fila);
  }
  await ctx.auditar({
    accion: "IMPORTAR",
    entidad: ENTIDAD_IMPORTACION,
    entidadId: preparada.sha256,
    antes: { centros: antes },
    despues: {
      archivo: preparada.archivo,
      filas: preparada.filasLeidas,
      creados: preparada.conteo.CREAR,
      actualizados: preparada.conteo.ACTUALIZAR,
      sinCambios: preparada.conteo.SIN_CAMBIOS,
      centros: despues,
    },
  });
}

/**
 * Applies the confirmed file: every row is checked again with the named centros locked, and either
 * all of them are applied or, if any row has an error or anything changed since the preview the
 * admin confirmed, none is.
 */
export const importarCentros = definirOperacion(
  "importarCentros",
  importarCentrosSchema,
  async ({ archivo, huella }, ctx) => {
    autorizar(ctx.actor, { accion: "administrar" });
    const preparada = await prepararImportacion(ctx.tx, archivo, true);
    if (preparada.errores.length > 0) {
      const filas = preparada.errores.length === 1 ? "1 fila" : `${preparada.errores.length} filas`;
      throw new ErrorDeNegocio(`El archivo tiene ${filas} con errores: no se importó ningún centro.`);
    }
    if (preparada.huella !== huella) throw new ErrorDeNegocio(MENSAJE_IMPORTACION_DESACTUALIZADA);
    const actualizar = preparada.filas.filter((f) => f.accion === "ACTUALIZAR");
    const creados = await crearCentros(
      ctx.tx,
      preparada.filas.filter((f) => f.accion === "CREAR"),
    );
    await actualizarCentros(ctx.tx, actualizar);
    if (creados.length + actualizar.length > 0) await auditarImportacion(ctx, preparada, creados);
    return preparada.conteo;
  },
);
