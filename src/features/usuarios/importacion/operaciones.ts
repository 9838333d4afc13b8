import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EventoAuditoria } from "@/server/auditoria";
import { type Contexto } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { definirImportacion, type ArchivoLeido } from "@/server/importacion";
import { cifrarClaveTemporal } from "@/server/claves";
import { generarClaveTemporal } from "../clave-temporal";
import { datosAuditables, serializarCuentas } from "../operaciones";
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

const LOTE = 1_000;

async function contextoDeImportacion(
  tx: Prisma.TransactionClient,
  archivo: ArchivoLeido,
  actorId: number,
): Promise<ContextoDeImportacion> {
  const centros = await tx.centro.findMany({
    select: { id: true, codigo: true, nombre: true, activo: true },
  });
  const cuentas = await tx.user.findMany({
    where: { email: { in: correosDelArchivo(archivo.tabla) } },
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

/**
 * Every row against the accounts and centros as they are now; with `bloquear`, accounts are
 * serialized first (as every account write is), so the plan cannot change before it is applied.
 */
async function planificar({ actor, tx }: Contexto, archivo: ArchivoLeido, bloquear: boolean) {
  if (bloquear) await serializarCuentas(tx);
  const plan = planificarImportacion(archivo.tabla, await contextoDeImportacion(tx, archivo, actor.id));
  if (!plan.ok) throw new ErrorDeNegocio(plan.error, { archivo: [plan.error] });
  return plan;
}

function contar(filas: readonly FilaPlaneada[], accion: FilaPlaneada["accion"]): number {
  return filas.filter((f) => f.accion === accion).length;
}

function enLotes<T>(elementos: readonly T[]): T[][] {
  const lotes: T[][] = [];
  for (let i = 0; i < elementos.length; i += LOTE) lotes.push(elementos.slice(i, i + LOTE));
  return lotes;
}

async function crearCuentas(tx: Prisma.TransactionClient, nuevas: readonly FilaPlaneada[]) {
  const claves = nuevas.map(() => generarClaveTemporal());
  const hashes = await Promise.all(claves.map(cifrarClaveTemporal));
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
 * The accounts import: the preview says what each row would do (accounts matched by e-mail; rows
 * left as they are only counted); confirming applies every row or none. New accounts get a temporary
 * password, returned once for the admin to hand over.
 */
const importacion = definirImportacion({
  nombre: "Usuarios",
  permiso: { accion: "administrar" },
  falta: "Elija el archivo con las cuentas.",
  obligatorias: [],
  deQue: "ninguna cuenta",
  mensajeDesactualizada: MENSAJE_IMPORTACION_DESACTUALIZADA,
  planificar,
  vista: ({ filas, errores }) => ({
    resumen: {
      filas: filas.length + errores.length,
      crear: contar(filas, "CREAR"),
      actualizar: contar(filas, "ACTUALIZAR"),
      sinCambios: contar(filas, "SIN_CAMBIOS"),
      lineasConError: errores.length,
    },
    filas: filas.filter((f) => f.accion !== "SIN_CAMBIOS"),
  }),
  aplicar: async (ctx, { filas }) => {
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
});

export const previsualizarImportacion = importacion.previsualizar;
export const confirmarImportacion = importacion.confirmar;

export type VistaPrevia = Extract<Awaited<ReturnType<typeof previsualizarImportacion>>, { ok: true }>["data"];

export type ResultadoImportacion = Extract<
  Awaited<ReturnType<typeof confirmarImportacion>>,
  { ok: true }
>["data"];
