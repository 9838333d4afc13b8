import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import type { TablaExportable } from "@/features/tableros/tipos";
import { formatearFechaHora } from "@/lib/fechas";
import { autorizar, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import type { FiltrosUsuarios } from "./schemas";
import { paginar } from "@/lib/paginas";
import { CENTRO, columna, REGIONAL } from "@/features/tableros/columnas";

export const POR_PAGINA = 25;

function donde(filtros: FiltrosUsuarios): Prisma.UserWhereInput {
  const condiciones: Prisma.UserWhereInput[] = [];
  if (filtros.q) {
    condiciones.push({
      OR: [
        { nombre: { contains: filtros.q, mode: "insensitive" } },
        { email: { contains: filtros.q, mode: "insensitive" } },
      ],
    });
  }
  if (filtros.rol) condiciones.push({ rol: filtros.rol });
  if (filtros.centro) condiciones.push({ centroId: filtros.centro });
  if (filtros.regional) condiciones.push({ centro: { regionalId: filtros.regional } });
  if (filtros.activo) condiciones.push({ activo: filtros.activo === "si" });
  return { AND: condiciones };
}

const FILA = {
  id: true,
  nombre: true,
  email: true,
  rol: true,
  activo: true,
  debeCambiarClave: true,
  ultimoIngreso: true,
  centro: { select: { codigo: true, nombre: true, regional: { select: { nombre: true } } } },
} as const satisfies Prisma.UserSelect;

/** One page of accounts matching the filters, by name; the page is clamped to the last one. */
export async function listarUsuarios(actor: Actor, filtros: FiltrosUsuarios) {
  autorizar(actor, { accion: "administrar" });
  const where = donde(filtros);
  const total = await db().user.count({ where });
  const { pagina, paginas, skip, take } = paginar(total, filtros.pagina, POR_PAGINA);
  const filas = await db().user.findMany({
    where,
    select: FILA,
    orderBy: [{ nombre: "asc" }, { id: "asc" }],
    skip,
    take,
  });
  return { filas, total, pagina, paginas };
}

export type FilaUsuario = Awaited<ReturnType<typeof listarUsuarios>>["filas"][number];

/** Every account matching the filters (all pages), by name, as a table to download. */
export async function tablaDeUsuarios(actor: Actor, filtros: FiltrosUsuarios): Promise<TablaExportable> {
  autorizar(actor, { accion: "administrar" });
  const filas = await db().user.findMany({
    where: donde(filtros),
    select: FILA,
    orderBy: [{ nombre: "asc" }, { id: "asc" }],
  });
  return {
    nombre: "usuarios",
    titulo: "Usuarios y roles",
    columnas: [
      columna("nombre", "Nombre"),
      columna("correo", "Correo"),
      columna("rol", "Rol"),
      CENTRO,
      columna("codigoCentro", "Código del centro"),
      REGIONAL,
      columna("activo", "Activo"),
      columna("claveTemporal", "Con contraseña temporal"),
      columna("ultimoIngreso", "Último ingreso"),
    ],
    filas: filas.map((u) => ({
      nombre: u.nombre,
      correo: u.email,
      rol: NOMBRE_ROL[u.rol],
      centro: u.centro?.nombre ?? null,
      codigoCentro: u.centro?.codigo ?? null,
      regional: u.centro?.regional.nombre ?? null,
      activo: u.activo ? "Sí" : "No",
      claveTemporal: u.debeCambiarClave ? "Sí" : "No",
      ultimoIngreso: u.ultimoIngreso ? formatearFechaHora(u.ultimoIngreso) : "Nunca",
    })),
  };
}

/**
 * Regionales and centros for the filters and the form, centros grouped by regional. Inactive
 * centros are offered only where asked: in the filters (their subdirectors can still be found)
 * and, in the edit form, the account's own centro so the form shows what it has.
 */
export async function regionalesYCentros(
  actor: Actor,
  opciones: { conInactivos: true } | { conInactivos: false; ademas?: number | null },
) {
  autorizar(actor, { accion: "administrar" });
  const ademas = opciones.conInactivos ? null : (opciones.ademas ?? null);
  const centros: Prisma.CentroWhereInput = opciones.conInactivos
    ? {}
    : { OR: [{ activo: true }, ...(ademas === null ? [] : [{ id: ademas }])] };
  const regionales = await db().regional.findMany({
    orderBy: { nombre: "asc" },
    select: {
      id: true,
      nombre: true,
      centros: {
        where: centros,
        orderBy: { nombre: "asc" },
        select: { id: true, codigo: true, nombre: true, activo: true },
      },
    },
  });
  return regionales;
}

export type RegionalConCentros = Awaited<ReturnType<typeof regionalesYCentros>>[number];

/** The account as the edit form needs it; null when it does not exist. */
export async function usuarioParaEditar(actor: Actor, usuarioId: number) {
  autorizar(actor, { accion: "administrar" });
  return db().user.findUnique({
    where: { id: usuarioId },
    select: {
      id: true,
      email: true,
      nombre: true,
      rol: true,
      activo: true,
      debeCambiarClave: true,
      ultimoIngreso: true,
      createdAt: true,
      version: true,
      centroId: true,
      centro: {
        select: {
          id: true,
          codigo: true,
          nombre: true,
          activo: true,
          regional: { select: { nombre: true } },
        },
      },
    },
  });
}

export type UsuarioEditable = NonNullable<Awaited<ReturnType<typeof usuarioParaEditar>>>;

/** Centros named in the audit trail by id, so the history can show them by name. */
async function nombresDeCentros(ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const centros = await db().centro.findMany({
    where: { id: { in: ids } },
    select: { id: true, codigo: true, nombre: true },
  });
  return new Map(centros.map((c) => [c.id, `${c.codigo} · ${c.nombre}`]));
}

function centrosMencionados(valores: unknown[]): number[] {
  const ids = new Set<number>();
  for (const valor of valores) {
    const centroId = (valor as { centroId?: unknown } | null)?.centroId;
    if (typeof centroId === "number") ids.add(centroId);
  }
  return [...ids];
}

/** The latest events of an account's audit trail, newest first. */
export async function historialDeUsuario(actor: Actor, usuarioId: number) {
  autorizar(actor, { accion: "administrar" });
  const eventos = await db().auditLog.findMany({
    where: { entidad: "User", entidadId: String(usuarioId) },
    orderBy: { id: "desc" },
    take: 50,
    select: {
      id: true,
      accion: true,
      createdAt: true,
      antes: true,
      despues: true,
      actor: { select: { nombre: true } },
    },
  });
  const centros = await nombresDeCentros(centrosMencionados(eventos.flatMap((e) => [e.antes, e.despues])));
  return {
    eventos: eventos.map((e) => ({ ...e, id: e.id.toString() })),
    centros: Object.fromEntries(centros),
  };
}

export type HistorialUsuario = Awaited<ReturnType<typeof historialDeUsuario>>;

/** A real centro code for the example row of the import template. */
export async function codigoDeCentroDeEjemplo(actor: Actor): Promise<string> {
  autorizar(actor, { accion: "administrar" });
  const centro = await db().centro.findFirst({
    where: { activo: true },
    orderBy: { codigo: "asc" },
    select: { codigo: true },
  });
  return centro?.codigo ?? "9101";
}
