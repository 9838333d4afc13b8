import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { aJsonAuditable } from "@/lib/json-auditable";

/** Every event the audit trail knows; one verb per thing a user can do. */
export type AccionAuditada =
  | "CREAR"
  | "EDITAR"
  | "ENVIAR"
  | "APROBAR"
  | "DEVOLVER"
  | "REABRIR"
  | "SUBIR_EVIDENCIA"
  | "DESCARGAR_EVIDENCIA"
  | "ELIMINAR_EVIDENCIA"
  | "FIJAR_META"
  | "ACTIVAR"
  | "DESACTIVAR"
  | "ELIMINAR"
  | "RESTABLECER_CLAVE"
  | "CAMBIAR_CLAVE"
  | "IMPORTAR"
  | "COPIAR_VIGENCIA"
  | "EDITAR_VIGENCIA"
  | "REINTENTAR_ENVIO"
  | "EJECUTAR_RECORDATORIOS"
  | "INGRESO"
  | "INGRESO_FALLIDO"
  | "INGRESO_LIMITADO"
  | "SALIDA"
  | "SALIDA_TODOS"
  | "VINCULAR_IDENTIDAD"
  | "DESVINCULAR_IDENTIDAD";

export interface EventoAuditoria {
  accion: AccionAuditada;
  entidad: string;
  entidadId: string | number;
  reporteId?: number | null;
  antes?: unknown;
  despues?: unknown;
}

type Escritor = Pick<Prisma.TransactionClient, "auditLog">;

/** Where a request came from: the client's address (scripts/servidor.ts decides it) and browser. */
export interface Origen {
  ip: string | null;
  userAgent: string | null;
}

export const SIN_ORIGEN: Origen = { ip: null, userAgent: null };

function comoJson(valor: unknown): Prisma.InputJsonValue | undefined {
  return valor === undefined ? undefined : (aJsonAuditable(valor) as Prisma.InputJsonValue);
}

function fila(actorId: number | null, requestId: string, evento: EventoAuditoria, origen: Origen) {
  return {
    actorId,
    requestId,
    ip: origen.ip?.slice(0, 100) ?? null,
    userAgent: origen.userAgent?.slice(0, 500) ?? null,
    accion: evento.accion,
    entidad: evento.entidad,
    entidadId: String(evento.entidadId),
    reporteId: evento.reporteId ?? null,
    antes: comoJson(evento.antes),
    despues: comoJson(evento.despues),
  };
}

/**
 * Records who did what, when and from where, with the state before and after; inside the caller's
 * transaction. Many events (a bulk import) go in one insert. The database chains and seals each row.
 */
export async function registrarAuditoria(
  tx: Escritor,
  actorId: number | null,
  requestId: string,
  evento: EventoAuditoria | readonly EventoAuditoria[],
  origen: Origen = SIN_ORIGEN,
): Promise<void> {
  if (!Array.isArray(evento)) {
    await tx.auditLog.create({ data: fila(actorId, requestId, evento as EventoAuditoria, origen) });
    return;
  }
  if (evento.length === 0) return;
  await tx.auditLog.createMany({
    data: evento.map((e: EventoAuditoria) => fila(actorId, requestId, e, origen)),
  });
}
