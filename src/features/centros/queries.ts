import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EstadoReporte } from "@/generated/prisma/enums";
import { autorizar, type Actor } from "@/server/autorizacion";
import type { TablaExportable } from "@/features/tableros/tipos";
import { db } from "@/server/db";
import { CENTRO_AUDITABLE, ENTIDAD_IMPORTACION } from "./auditable";
import { MARCAS_DE_VIGENCIA } from "./vigencias";
import { aCsvDeImportacion } from "./importacion";
import type { FiltrosCentros } from "./schemas";
import { coincideConBusqueda } from "./url";
import { columna, REGIONAL } from "@/features/tableros/columnas";

/** Active subdirector accounts bound to a centro: the people who file its reports. */
export const SUBDIRECTORES_ACTIVOS = {
  where: { rol: "SUBDIRECTOR", activo: true },
  orderBy: [{ nombre: "asc" }, { id: "asc" }],
  select: { id: true, nombre: true, email: true },
} as const satisfies Prisma.Centro$usuariosArgs;

const FILA_CENTRO = {
  id: true,
  codigo: true,
  nombre: true,
  generaAprovechamiento: true,
  requiereRecursos: true,
  activo: true,
  regional: { select: { id: true, codigo: true, nombre: true } },
  usuarios: SUBDIRECTORES_ACTIVOS,
  _count: { select: { reportes: true } },
} as const satisfies Prisma.CentroSelect;

type CentroLeido = Prisma.CentroGetPayload<{ select: typeof FILA_CENTRO }>;

export interface FilaCentro {
  id: number;
  codigo: string;
  nombre: string;
  generaAprovechamiento: boolean;
  requiereRecursos: boolean;
  activo: boolean;
  subdirectores: { id: number; nombre: string; email: string }[];
  reportes: number;
}

export interface GrupoDeCentros {
  regional: { id: number; codigo: string; nombre: string };
  centros: FilaCentro[];
}

function aFila(c: CentroLeido): FilaCentro {
  return {
    id: c.id,
    codigo: c.codigo,
    nombre: c.nombre,
    generaAprovechamiento: c.generaAprovechamiento,
    requiereRecursos: c.requiereRecursos,
    activo: c.activo,
    subdirectores: c.usuarios,
    reportes: c._count.reportes,
  };
}

function filtroDeBase(filtros: FiltrosCentros): Prisma.CentroWhereInput {
  return {
    ...(filtros.regional ? { regionalId: filtros.regional } : {}),
    ...(filtros.aprovechamiento ? { generaAprovechamiento: filtros.aprovechamiento === "si" } : {}),
    ...(filtros.estado ? { activo: filtros.estado === "activos" } : {}),
  };
}

function agrupar(centros: CentroLeido[]): GrupoDeCentros[] {
  const grupos = new Map<number, GrupoDeCentros>();
  for (const c of centros) {
    const grupo = grupos.get(c.regional.id) ?? { regional: c.regional, centros: [] };
    grupo.centros.push(aFila(c));
    grupos.set(c.regional.id, grupo);
  }
  return [...grupos.values()];
}

/**
 * The centros that match the filters, grouped by regional (regionales and centros by name), with
 * their active subdirectores and how many reports each has. The text search ignores accents and
 * capitals, so it runs here over the (at most a few hundred) centros the other filters leave.
 */
export async function listarCentros(actor: Actor, filtros: FiltrosCentros) {
  autorizar(actor, { accion: "administrar" });
  const [leidos, registrados, regionales] = await Promise.all([
    db().centro.findMany({
      where: filtroDeBase(filtros),
      select: FILA_CENTRO,
      orderBy: [{ regional: { nombre: "asc" } }, { nombre: "asc" }, { codigo: "asc" }],
    }),
    db().centro.count(),
    db().regional.findMany({ orderBy: { nombre: "asc" }, select: { id: true, nombre: true } }),
  ]);
  const centros = filtros.q ? leidos.filter((c) => coincideConBusqueda(c, filtros.q!)) : leidos;
  return {
    grupos: agrupar(centros),
    registrados,
    resumen: {
      total: centros.length,
      activos: centros.filter((c) => c.activo).length,
      conAprovechamiento: centros.filter((c) => c.activo && c.generaAprovechamiento).length,
      sinSubdirector: centros.filter((c) => c.activo && c.usuarios.length === 0).length,
    },
    regionales,
  };
}

export type ListaDeCentros = Awaited<ReturnType<typeof listarCentros>>;

/** The centros of the list (its filters and search), by regional, as a table to download. */
export function tablaDeCentros(lista: ListaDeCentros): TablaExportable {
  return {
    nombre: "centros",
    titulo: "Centros de formación",
    columnas: [
      REGIONAL,
      columna("codigo", "Código"),
      columna("nombre", "Centro"),
      columna("aprovechamiento", "Genera aprovechamiento"),
      columna("recursos", "Requiere recursos"),
      columna("activo", "Activo"),
      columna("subdirectores", "Subdirectores activos"),
      columna("reportes", "Reportes", "entero"),
    ],
    filas: lista.grupos.flatMap((g) =>
      g.centros.map((c) => ({
        regional: g.regional.nombre,
        codigo: c.codigo,
        nombre: c.nombre,
        aprovechamiento: c.generaAprovechamiento ? "Sí" : "No",
        recursos: c.requiereRecursos ? "Sí" : "No",
        activo: c.activo ? "Sí" : "No",
        subdirectores: c.subdirectores.map((s) => `${s.nombre} <${s.email}>`).join("; ") || null,
        reportes: c.reportes,
      })),
    ),
  };
}

/** What the centro form offers as regionales. */
export async function regionalesParaElegir(actor: Actor) {
  autorizar(actor, { accion: "administrar" });
  return db().regional.findMany({
    orderBy: { nombre: "asc" },
    select: { id: true, codigo: true, nombre: true },
  });
}

const ORDEN_ESTADOS: EstadoReporte[] = ["BORRADOR", "ENVIADO", "DEVUELTO", "APROBADO"];

/** The centro as its edit page shows it, or null when it does not exist. */
export async function centroParaEditar(actor: Actor, id: number) {
  autorizar(actor, { accion: "administrar" });
  const centro = await db().centro.findUnique({
    where: { id },
    select: { ...CENTRO_AUDITABLE, usuarios: SUBDIRECTORES_ACTIVOS },
  });
  if (!centro) return null;
  const [porEstado, historial, vigencias] = await Promise.all([
    db().reporte.groupBy({ by: ["estado"], where: { centroId: id }, _count: { _all: true } }),
    historialDeCentro(id),
    vigenciasDelCentro(id),
  ]);
  const reportes = ORDEN_ESTADOS.map((estado) => ({
    estado,
    cantidad: porEstado.find((g) => g.estado === estado)?._count._all ?? 0,
  }));
  const { usuarios, ...resto } = centro;
  return { ...resto, subdirectores: usuarios, reportes, historial, vigencias };
}

/**
 * Every vigencia, newest first, with the centro's marks in it and their version; `marcas` null
 * where the centro had no row (it did not exist then; version 0 creates it).
 */
async function vigenciasDelCentro(centroId: number) {
  const vigencias = await db().vigencia.findMany({
    orderBy: { anio: "desc" },
    select: {
      id: true,
      anio: true,
      centros: { where: { centroId }, select: { ...MARCAS_DE_VIGENCIA, version: true } },
    },
  });
  return vigencias.map(({ centros: [fila], ...v }) => {
    if (!fila) return { ...v, version: 0, marcas: null };
    const { version, ...marcas } = fila;
    return { ...v, version, marcas };
  });
}

export type VigenciaDelCentro = Awaited<ReturnType<typeof vigenciasDelCentro>>[number];

export type CentroParaEditar = NonNullable<Awaited<ReturnType<typeof centroParaEditar>>>;

const EVENTO = {
  id: true,
  accion: true,
  entidad: true,
  createdAt: true,
  antes: true,
  despues: true,
  actor: { select: { nombre: true } },
} as const satisfies Prisma.AuditLogSelect;

function parteDelCentro(valor: unknown, clave: string): unknown {
  const centros = (valor as { centros?: Record<string, unknown> } | null)?.centros;
  return centros?.[clave] ?? null;
}

/**
 * The centro's own audit events and the CSV imports that touched it (each import is one event for
 * all its centros: only this centro's part is kept), newest first.
 */
async function historialDeCentro(id: number) {
  const clave = String(id);
  const importaciones = await db().$queryRaw<{ id: bigint }[]>`
    SELECT id FROM "AuditLog"
     WHERE entidad = ${ENTIDAD_IMPORTACION} AND despues->'centros'->${clave} IS NOT NULL
     ORDER BY id DESC LIMIT 50`;
  const eventos = await db().auditLog.findMany({
    where: {
      OR: [{ entidad: "Centro", entidadId: clave }, { id: { in: importaciones.map((i) => i.id) } }],
    },
    orderBy: { id: "desc" },
    take: 50,
    select: EVENTO,
  });
  return eventos.map((e) => {
    // An import of before decisión 0021: one event for every centro, this one's part under its id.
    const deImportacion = e.entidad === ENTIDAD_IMPORTACION;
    return {
      ...e,
      id: e.id.toString(),
      antes: deImportacion ? parteDelCentro(e.antes, clave) : e.antes,
      despues: deImportacion ? parteDelCentro(e.despues, clave) : e.despues,
    };
  });
}

export type EventoDeCentro = Awaited<ReturnType<typeof historialDeCentro>>[number];

/**
 * Every regional with how many centros it has, how many are active and how many of those generate
 * aprovechamiento (the ones asked for the comité de precios and the sales traceability).
 */
export async function listarRegionales(actor: Actor) {
  autorizar(actor, { accion: "administrar" });
  const [regionales, grupos] = await Promise.all([
    db().regional.findMany({ orderBy: { nombre: "asc" }, select: { id: true, codigo: true, nombre: true } }),
    db().centro.groupBy({
      by: ["regionalId", "activo", "generaAprovechamiento"],
      _count: { _all: true },
    }),
  ]);
  const contar = (regionalId: number, condicion: (g: (typeof grupos)[number]) => boolean) =>
    grupos
      .filter((g) => g.regionalId === regionalId && condicion(g))
      .reduce((suma, g) => suma + g._count._all, 0);
  return regionales.map((r) => ({
    ...r,
    centros: contar(r.id, () => true),
    activos: contar(r.id, (g) => g.activo),
    conAprovechamiento: contar(r.id, (g) => g.activo && g.generaAprovechamiento),
  }));
}

export type FilaRegional = Awaited<ReturnType<typeof listarRegionales>>[number];

export async function regionalParaEditar(actor: Actor, id: number) {
  autorizar(actor, { accion: "administrar" });
  return db().regional.findUnique({
    where: { id },
    select: { id: true, codigo: true, nombre: true, version: true, _count: { select: { centros: true } } },
  });
}

/** Every centro in the import's format, so an admin can edit the file and import it back. */
export async function centrosEnCsv(actor: Actor): Promise<string> {
  autorizar(actor, { accion: "administrar" });
  const centros = await db().centro.findMany({
    orderBy: [{ regional: { nombre: "asc" } }, { nombre: "asc" }, { codigo: "asc" }],
    select: {
      codigo: true,
      nombre: true,
      generaAprovechamiento: true,
      requiereRecursos: true,
      activo: true,
      regional: { select: { codigo: true } },
    },
  });
  return aCsvDeImportacion(centros.map((c) => ({ ...c, regional: c.regional.codigo })));
}
