import "server-only";
import { TZDate } from "@date-fns/tz";
import type { ReporteDetalle } from "@/features/reportes/queries";
import type { TablaExportable } from "@/features/tableros/tipos";
import type { Prisma } from "@/generated/prisma/client";
import { sumarDias, ZONA_HORARIA, type FechaCalendario } from "@/lib/fechas";
import { MAS_RECIENTES_PRIMERO, paginar } from "@/lib/paginas";
import { autorizar, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { camposCambiados, etiquetaDeCampo, mostrarValor } from "./cambios";
import { formularioSchema } from "@/lib/seguimientos/declaracion";
import {
  ACCIONES_POR_GRUPO,
  describirEntidad,
  esDeSesion,
  navegadorCorto,
  nombreDeAccion,
} from "./etiquetas";
import type { FiltrosAuditoria } from "./schemas";
import { columna } from "@/features/tableros/columnas";

/**
 * The audit trail of a report, newest first. It takes the report already loaded for the user
 * (`reporteParaVer`), so only someone allowed to see the report can read its history.
 */
export async function historialDeReporte(reporte: ReporteDetalle) {
  const eventos = await db().auditLog.findMany({
    where: { reporteId: reporte.id },
    orderBy: { id: "desc" },
    take: 200,
    select: {
      id: true,
      accion: true,
      createdAt: true,
      antes: true,
      despues: true,
      actor: { select: { nombre: true } },
    },
  });
  return eventos.map((e) => ({ ...e, id: e.id.toString() }));
}

export type EventoHistorial = Awaited<ReturnType<typeof historialDeReporte>>[number];

/** Rows per page of the audit log. */
export const POR_PAGINA = 50;
/** The most rows one download carries: the newest ones that match the filters. */
export const MAXIMO_EXPORTADO = 50_000;

/** The instant a Bogotá calendar day begins. */
function inicioDelDia(fecha: FechaCalendario): Date {
  const [anio, mes, dia] = fecha.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(anio, mes - 1, dia, ZONA_HORARIA).getTime());
}

function donde(f: FiltrosAuditoria): Prisma.AuditLogWhereInput {
  const condiciones: Prisma.AuditLogWhereInput[] = [];
  if (f.accion) condiciones.push({ accion: f.accion });
  else if (f.grupo === "ingreso") condiciones.push({ accion: { in: ACCIONES_POR_GRUPO.ingreso } });
  else if (f.grupo === "cambios") condiciones.push({ accion: { notIn: ACCIONES_POR_GRUPO.ingreso } });
  if (f.q) {
    const contiene = { contains: f.q, mode: "insensitive" } as const;
    condiciones.push({
      OR: [
        { actor: { is: { email: contiene } } },
        { actor: { is: { nombre: contiene } } },
        { despues: { path: ["correo"], string_contains: f.q, mode: "insensitive" } },
      ],
    });
  }
  if (f.ip) {
    condiciones.push({ ip: f.ip.endsWith("*") ? { startsWith: f.ip.slice(0, -1) } : f.ip });
  }
  if (f.desde) condiciones.push({ createdAt: { gte: inicioDelDia(f.desde) } });
  if (f.hasta) condiciones.push({ createdAt: { lt: inicioDelDia(sumarDias(f.hasta, 1)) } });
  return { AND: condiciones };
}

const EVENTO = {
  id: true,
  accion: true,
  entidad: true,
  entidadId: true,
  reporteId: true,
  antes: true,
  despues: true,
  ip: true,
  userAgent: true,
  createdAt: true,
  actor: { select: { nombre: true, email: true } },
  // A report's fields are named by its seguimiento's declared form.
  reporte: { select: { seguimiento: { select: { formulario: true } } } },
} satisfies Prisma.AuditLogSelect;

/** Newest first; events of one instant in the order the chain recorded them. */

type Evento = Prisma.AuditLogGetPayload<{ select: typeof EVENTO }>;

function recortar(texto: string, largo: number): string {
  return texto.length > largo ? `${texto.slice(0, largo - 1)}…` : texto;
}

function despuesDe(e: Evento): Record<string, unknown> {
  const d = e.despues;
  return d !== null && typeof d === "object" && !Array.isArray(d) ? d : {};
}

/**
 * Why an institutional sign-in was refused (src/server/ingreso-institucional.ts), or which sign-in
 * limit began (src/server/intentos-de-ingreso.ts), as the log says it.
 */
const MOTIVOS: Record<string, string> = {
  "cuenta-y-direccion": "fallos seguidos de la cuenta desde esta dirección",
  "demora-de-cuenta": "fallos de la cuenta desde cualquier dirección: cada intento espera unos segundos",
  direccion: "fallos desde esta dirección con cualquier correo: cada intento espera unos segundos",
  "no-habilitada": "sin cuenta habilitada con ese correo",
  desactivada: "cuenta desactivada",
  "otra-identidad": "la cuenta está vinculada a otra identidad",
  "correo-sin-verificar": "correo sin verificar",
  "otro-inquilino": "otro directorio",
  "respuesta-rechazada": "respuesta del proveedor rechazada (state, nonce, PKCE o código)",
};

/**
 * What a log-in or log-out event adds to its verb: an institutional sign-in says so, a wait says how
 * long, a refusal says why.
 */
function detalleDe(e: Evento): string | null {
  const d = despuesDe(e);
  const partes: string[] = [];
  if (d.metodo === "cuenta institucional") partes.push("Con la cuenta institucional");
  if (e.accion === "INGRESO_LIMITADO" && typeof d.esperaSegundos === "number") {
    partes.push(`Debe esperar ${d.esperaSegundos} s`);
  }
  if (e.accion === "INGRESO_LIMITADO" && typeof d.fallos === "number") partes.push(`${d.fallos} fallos`);
  if (typeof d.motivo === "string") partes.push(MOTIVOS[d.motivo] ?? d.motivo);
  return partes.join(" · ") || null;
}

/** The fields the event changed, as read; a null that became absent (both "vacío") is no change. */
function cambiosDe(e: Evento, largo: number) {
  const formulario = e.reporte
    ? formularioSchema.safeParse(e.reporte.seguimiento.formulario).data
    : undefined;
  return camposCambiados(e.antes, e.despues)
    .map((c) => ({
      campo: etiquetaDeCampo(c.campo, formulario),
      antes: recortar(mostrarValor(c.campo, c.antes, formulario), largo),
      despues: recortar(mostrarValor(c.campo, c.despues, formulario), largo),
    }))
    .filter((c) => c.antes !== c.despues);
}

/** One audit event as the log shows and exports it; `largo` cuts long before/after values. */
function presentar(e: Evento, largo: number) {
  const correo = despuesDe(e).correo;
  return {
    id: e.id.toString(),
    accion: e.accion,
    evento: nombreDeAccion(e.accion),
    fecha: e.createdAt,
    actor: e.actor,
    /** The e-mail typed in a login attempt that has no account behind it (or failed). */
    correoEscrito: !e.actor && typeof correo === "string" ? correo : null,
    entidad: describirEntidad(e.entidad, e.entidadId),
    reporteId: e.reporteId,
    ip: e.ip,
    userAgent: e.userAgent,
    navegador: navegadorCorto(e.userAgent),
    cambios: esDeSesion(e.accion) ? [] : cambiosDe(e, largo),
    detalle: detalleDe(e),
  };
}

export type FilaAuditoria = ReturnType<typeof presentar>;

/**
 * The audit log for an ADMIN: who did what, when and from where, newest first, 50 a page, filtered
 * by verb or group, account, address and Bogotá dates.
 */
export async function registroDeAuditoria(actor: Actor, filtros: FiltrosAuditoria) {
  autorizar(actor, { accion: "administrar" });
  const where = donde(filtros);
  const total = await db().auditLog.count({ where });
  const { pagina, paginas, skip, take } = paginar(total, filtros.pagina, POR_PAGINA);
  const eventos = await db().auditLog.findMany({
    where,
    orderBy: [...MAS_RECIENTES_PRIMERO],
    skip,
    take,
    select: EVENTO,
  });
  return { filas: eventos.map((e) => presentar(e, 80)), total, pagina, paginas };
}

const fechaHoraExportada = new Intl.DateTimeFormat("sv-SE", {
  dateStyle: "short",
  timeStyle: "medium",
  timeZone: ZONA_HORARIA,
});

/** The filtered log as a table to download (the newest MAXIMO_EXPORTADO rows), for an ADMIN. */
export async function tablaDeAuditoria(actor: Actor, filtros: FiltrosAuditoria): Promise<TablaExportable> {
  autorizar(actor, { accion: "administrar" });
  const eventos = await db().auditLog.findMany({
    where: donde(filtros),
    orderBy: [...MAS_RECIENTES_PRIMERO],
    take: MAXIMO_EXPORTADO,
    select: EVENTO,
  });
  return {
    nombre: "auditoria",
    titulo: "Auditoría",
    columnas: [
      columna("registro", "Registro", "entero"),
      columna("fecha", "Fecha y hora (Bogotá)"),
      columna("evento", "Evento"),
      columna("accion", "Código del evento"),
      columna("nombre", "Nombre"),
      columna("correo", "Correo"),
      columna("sobre", "Sobre"),
      columna("reporte", "Reporte", "entero"),
      columna("ip", "Dirección IP"),
      columna("navegador", "Navegador"),
      columna("detalle", "Antes → después"),
    ],
    filas: eventos.map((e) => {
      const f = presentar(e, 500);
      return {
        registro: e.id,
        fecha: fechaHoraExportada.format(f.fecha),
        evento: f.evento,
        accion: f.accion,
        nombre: f.actor?.nombre ?? null,
        correo: f.actor?.email ?? f.correoEscrito,
        sobre: f.entidad,
        reporte: f.reporteId,
        ip: f.ip,
        navegador: f.userAgent,
        detalle:
          [f.detalle, ...f.cambios.map((c) => `${c.campo}: ${c.antes} → ${c.despues}`)]
            .filter(Boolean)
            .join("; ") || null,
      };
    }),
  };
}
