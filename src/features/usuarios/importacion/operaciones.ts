import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { EventoAuditoria } from "@/server/audit";
import { definirOperacion, ErrorDeNegocio, type Contexto } from "@/server/action";
import { autorizar } from "@/server/authz";
import { hashClaveTemporal } from "@/server/password";
import { generarClaveTemporal } from "../clave-temporal";
import { datosAuditables, serializarCuentas } from "../operaciones";
import { confirmarImportacionSchema, previsualizarImportacionSchema } from "../schemas";
import type { CuentaConClave } from "./archivos";
import {
  correosDelArchivo,
  planificarImportacion,
  type ContextoDeImportacion,
  type FilaPlaneada,
} from "./plan";

export const MENSAJE_IMPORTACION_DESACTUALIZADA =
  "Los datos cambiaron desde la vista previa (otra persona editó cuentas o centros). No se importó " +
  "nada: revise la vista previa actualizada y confirme de nuevo.";

export const MENSAJE_IMPORTACION_CON_ERRORES =
  "El archivo tiene errores y no se importó nada: corrija las líneas señaladas y vuelva a cargarlo.";

const LOTE = 1_000;

async function contextoDeImportacion(
  tx: Prisma.TransactionClient,
  contenido: string,
  actorId: number,
): Promise<ContextoDeImportacion> {
  const centros = await tx.centro.findMany({
    select: { id: true, codigo: true, nombre: true, activo: true },
  });
  const cuentas = await tx.user.findMany({
    where: { email: { in: correosDelArchivo(contenido) } },
    select: { id: true, email: true, nombre: true, rol: true, centroId: true, activo: true },
  });
  const administradores = await tx.user.findMany({
    where: { rol: "ADMIN", activo: true },
    select: { id: true },
  });
  return {
    centros: new Map(centros.map((c) => [c.codigo.toUpperCase(), c])),
    cuentas: new Map(cuentas.map((c) => [c.email, c])),
    administradoresActivos: administradores.map((a) => a.id),
    actorId,
  };
}

/** Identifies a plan: the same file against the same data always gives the same fingerprint. */
function huellaDe(filas: readonly FilaPlaneada[]): string {
  const canonica = JSON.stringify(filas.map((f) => [f.linea, f.accion, f.datos, f.antes]));
  return createHash("sha256").update(canonica).digest("hex");
}

async function planDelArchivo({ actor, tx }: Contexto, contenido: string) {
  const plan = planificarImportacion(contenido, await contextoDeImportacion(tx, contenido, actor.id));
  if (!plan.ok) throw new ErrorDeNegocio(plan.error, { contenido: [plan.error] });
  return plan;
}

function contar(filas: readonly FilaPlaneada[], accion: FilaPlaneada["accion"]): number {
  return filas.filter((f) => f.accion === accion).length;
}

/**
 * Reads the file and says, row by row, what confirming would do and what is wrong; writes nothing.
 * Rows left as they are are only counted.
 */
export const previsualizarImportacion = definirOperacion(
  "previsualizarImportacion",
  previsualizarImportacionSchema,
  async ({ contenido }, ctx) => {
    autorizar(ctx.actor, { accion: "administrar" });
    const { filas, errores } = await planDelArchivo(ctx, contenido);
    return {
      huella: huellaDe(filas),
      resumen: {
        filas: filas.length + new Set(errores.map((e) => e.linea)).size,
        crear: contar(filas, "CREAR"),
        actualizar: contar(filas, "ACTUALIZAR"),
        sinCambios: contar(filas, "SIN_CAMBIOS"),
        lineasConError: new Set(errores.map((e) => e.linea)).size,
      },
      errores,
      filas: filas.filter((f) => f.accion !== "SIN_CAMBIOS"),
    };
  },
  { tiempoMaximoMs: 30_000 },
);

export type VistaPrevia = Extract<Awaited<ReturnType<typeof previsualizarImportacion>>, { ok: true }>["data"];

function enLotes<T>(elementos: readonly T[]): T[][] {
  const lotes: T[][] = [];
  for (let i = 0; i < elementos.length; i += LOTE) lotes.push(elementos.slice(i, i + LOTE));
  return lotes;
}

async function crearCuentas(tx: Prisma.TransactionClient, nuevas: readonly FilaPlaneada[]) {
  const claves = nuevas.map(() => generarClaveTemporal());
  const hashes = await Promise.all(claves.map(hashClaveTemporal));
  const idPorCorreo = new Map<string, number>();
  for (const lote of enLotes(
    nuevas.map((f, i) => ({ ...f.datos, passwordHash: hashes[i]!, debeCambiarClave: true })),
  )) {
    const creadas = await tx.user.createManyAndReturn({ data: lote, select: { id: true, email: true } });
    for (const c of creadas) idPorCorreo.set(c.email, c.id);
  }
  return nuevas.map((f, i) => ({ fila: f, id: idPorCorreo.get(f.datos.email)!, claveTemporal: claves[i]! }));
}

/**
 * Applies a previewed file: every row or none, in one transaction. The file is planned again
 * against the data as it is now; if that plan is not the one previewed (someone changed an account
 * or a centro meanwhile) or it has errors, nothing is written.
 */
export const confirmarImportacion = definirOperacion(
  "confirmarImportacion",
  confirmarImportacionSchema,
  async ({ contenido, huella }, ctx) => {
    autorizar(ctx.actor, { accion: "administrar" });
    await serializarCuentas(ctx.tx);
    const { filas, errores } = await planDelArchivo(ctx, contenido);
    if (errores.length > 0) throw new ErrorDeNegocio(MENSAJE_IMPORTACION_CON_ERRORES);
    if (huellaDe(filas) !== huella) throw new ErrorDeNegocio(MENSAJE_IMPORTACION_DESACTUALIZADA);

    const creadas = await crearCuentas(
      ctx.tx,
      filas.filter((f) => f.accion === "CREAR"),
    );
    const actualizadas = filas.filter((f) => f.accion === "ACTUALIZAR");
    for (const f of actualizadas) {
      const { email: _email, ...datos } = f.datos;
      // Like an admin's edit, an imported change ends the account's open sessions.
      await ctx.tx.user.update({
        where: { id: f.usuarioId! },
        data: { ...datos, version: { increment: 1 } },
      });
    }
    const eventos: EventoAuditoria[] = [
      ...creadas.map(({ fila, id }) => ({
        accion: "IMPORTAR" as const,
        entidad: "User",
        entidadId: id,
        antes: null,
        despues: datosAuditables({ ...fila.datos, debeCambiarClave: true }),
      })),
      ...actualizadas.map((f) => ({
        accion: "IMPORTAR" as const,
        entidad: "User",
        entidadId: f.usuarioId!,
        antes: { email: f.datos.email, ...f.antes },
        despues: f.datos,
      })),
    ];
    for (const lote of enLotes(eventos)) await ctx.auditar(lote);

    const cuentas: (CuentaConClave & { linea: number })[] = creadas.map(({ fila, claveTemporal }) => ({
      linea: fila.linea,
      email: fila.datos.email,
      nombre: fila.datos.nombre,
      rol: fila.datos.rol,
      centro: fila.centro,
      claveTemporal,
    }));
    return { creadas: cuentas, actualizadas: actualizadas.length, sinCambios: contar(filas, "SIN_CAMBIOS") };
  },
  { tiempoMaximoMs: 120_000 },
);

export type ResultadoImportacion = Extract<
  Awaited<ReturnType<typeof confirmarImportacion>>,
  { ok: true }
>["data"];
