import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { contarAcciones } from "@/lib/importacion";
import type { Contexto } from "@/server/operacion";
import { definirImportacion, type ArchivoLeido } from "@/server/importacion";
import {
  COLUMNAS_OBLIGATORIAS,
  leerImportacion,
  planificarImportacion,
  type CentroExistente,
  type FilaDelPlan,
} from "./importacion";
import { SUBDIRECTORES_ACTIVOS } from "./queries";
import { CENTRO_AUDITABLE } from "./auditable";

export const MENSAJE_IMPORTACION_DESACTUALIZADA =
  "Los centros cambiaron desde que revisó el archivo (alguien guardó uno de ellos, o el archivo es " +
  "otro). No se importó nada: revise la vista previa actualizada y confirme de nuevo.";

/** The stored centros the file names, by code in capitals (how the import compares them). */
async function existentesPorCodigo(tx: Prisma.TransactionClient, codigos: string[]) {
  const centros = await tx.centro.findMany({
    where: { codigo: { in: codigos, mode: "insensitive" } },
    select: { ...CENTRO_AUDITABLE, usuarios: SUBDIRECTORES_ACTIVOS },
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

/**
 * Checks the whole file against the database as it is now. With `bloquear`, the centros the file
 * names are locked first, so nobody saves one of them between this check and the write.
 */
async function planificar({ tx }: Contexto, archivo: ArchivoLeido, bloquear: boolean) {
  const regionales = await tx.regional.findMany({ select: { id: true, codigo: true, nombre: true } });
  const lectura = leerImportacion(archivo.tabla, regionales);
  const codigos = lectura.validas.map((f) => f.codigo);
  if (bloquear) {
    await tx.$queryRaw`
      SELECT id FROM "Centro" WHERE upper(codigo) = ANY(${codigos}::text[]) ORDER BY id FOR UPDATE`;
  }
  const existentes = await existentesPorCodigo(tx, codigos);
  const plan = planificarImportacion(lectura.validas, existentes);
  return {
    filas: plan.filas,
    errores: [...lectura.errores, ...plan.errores].sort((a, b) => a.linea - b.linea),
    filasLeidas: lectura.filas,
    columnasIgnoradas: lectura.ignoradas,
    existentes,
  };
}

type Preparada = Awaited<ReturnType<typeof planificar>>;

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

/**
 * One audit event per centro the import created or changed, before and after, as every import
 * audits (`IMPORTAR` on the row's own entity); the centro's history shows it like an edit.
 */
async function auditarImportacion(
  ctx: Contexto,
  preparada: Preparada,
  creados: { id: number; codigo: string }[],
) {
  const idDeCreado = new Map(creados.map((c) => [c.codigo, c.id]));
  const eventos = preparada.filas
    .filter((fila) => fila.accion !== "SIN_CAMBIOS")
    .map((fila) => {
      const id = fila.centroId ?? idDeCreado.get(fila.codigo);
      if (id === undefined) throw new Error(`Centro importado sin id: ${fila.codigo}`);
      const previo = preparada.existentes.get(fila.codigo);
      return {
        accion: "IMPORTAR" as const,
        entidad: "Centro",
        entidadId: id,
        antes: previo ? estadoAuditableDe(previo) : null,
        despues: estadoAuditableDe(fila),
      };
    });
  for (let i = 0; i < eventos.length; i += 1_000) await ctx.auditar(eventos.slice(i, i + 1_000));
}

/**
 * The centros import: the preview says what each row would create, update or leave unchanged
 * (unchanged rows only counted); confirming applies every row or, if any row has an error or
 * anything changed since the preview, none. Each centro it touched gets its audit event.
 */
const importacion = definirImportacion({
  nombre: "Centros",
  permiso: { accion: "administrar" },
  falta: "Seleccione el archivo con los centros.",
  obligatorias: COLUMNAS_OBLIGATORIAS,
  deQue: "ningún centro",
  mensajeDesactualizada: MENSAJE_IMPORTACION_DESACTUALIZADA,
  planificar,
  vista: (plan, archivo) => ({
    archivo: archivo.nombre,
    filasLeidas: plan.filasLeidas,
    columnasIgnoradas: plan.columnasIgnoradas,
    conteo: contarAcciones(plan.filas),
    filas: plan.filas.filter((f) => f.accion !== "SIN_CAMBIOS"),
  }),
  aplicar: async (ctx, plan) => {
    const actualizar = plan.filas.filter((f) => f.accion === "ACTUALIZAR");
    const creados = await crearCentros(
      ctx.tx,
      plan.filas.filter((f) => f.accion === "CREAR"),
    );
    await actualizarCentros(ctx.tx, actualizar);
    await auditarImportacion(ctx, plan, creados);
    return contarAcciones(plan.filas);
  },
});

export const previsualizarImportacion = importacion.previsualizar;
export const importarCentros = importacion.confirmar;

export type VistaPrevia = Extract<Awaited<ReturnType<typeof previsualizarImportacion>>, { ok: true }>["data"];
