import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { registrarAuditoria, type EventoAuditoria } from "./audit";
import { AccesoDenegado, type Actor } from "./authz";
import { db } from "./db";
import { logger } from "./logger";
import { sesionActual } from "./session";

export type ErroresDeCampo = Record<string, string[]>;

/** The one result shape of every action: expected failures are results, not exceptions. */
export type ResultadoAccion<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors?: ErroresDeCampo };

/** An expected refusal (conflict, invalid state, business rule) with a message for the user. */
export class ErrorDeNegocio extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: ErroresDeCampo,
  ) {
    super(message);
    this.name = "ErrorDeNegocio";
  }
}

export interface Contexto {
  actor: Actor;
  tx: Prisma.TransactionClient;
  requestId: string;
  /** One event, or many at once (a bulk import) in a single insert. */
  auditar(evento: EventoAuditoria | readonly EventoAuditoria[]): Promise<void>;
}

/** An operation run on behalf of an actor: what a server action does once the session is known. */
export type Operacion<T> = (actor: Actor, input: unknown) => Promise<ResultadoAccion<T>>;

export function erroresDeCampo(error: z.ZodError): ErroresDeCampo {
  const errores: ErroresDeCampo = {};
  for (const issue of error.issues) {
    const campo = issue.path.map(String).join(".") || "_";
    (errores[campo] ??= []).push(issue.message);
  }
  return errores;
}

const MENSAJE_INVALIDO = "Revise los campos marcados: hay datos que no son válidos.";

export const MENSAJE_CLAVE_TEMPORAL =
  "Antes de continuar debe cambiar la contraseña temporal que le asignaron. Vaya a «Cambiar contraseña» " +
  "e ingrese una nueva; no se guardó ningún cambio.";

export interface OpcionesDeOperacion {
  /** For the few operations that write many rows at once (imports); the default is Prisma's 5 s. */
  tiempoMaximoMs?: number;
}

/**
 * parse → authorize and run in one transaction (the operation loads the object and calls
 * `autorizar`) → audit inside the same transaction → result. Any refusal rolls everything back.
 */
export function definirOperacion<S extends z.ZodType, T>(
  nombre: string,
  schema: S,
  ejecutar: (input: z.output<S>, ctx: Contexto) => Promise<T>,
  opciones: OpcionesDeOperacion = {},
): Operacion<T> {
  return async (actor, input) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, message: MENSAJE_INVALIDO, fieldErrors: erroresDeCampo(parsed.error) };
    }
    const requestId = randomUUID();
    try {
      const data = await db().$transaction(
        (tx) =>
          ejecutar(parsed.data, {
            actor,
            tx,
            requestId,
            auditar: (evento) => registrarAuditoria(tx, actor.id, requestId, evento),
          }),
        opciones.tiempoMaximoMs ? { timeout: opciones.tiempoMaximoMs } : undefined,
      );
      return { ok: true, data };
    } catch (error) {
      return comoResultado(error, nombre, requestId, actor);
    }
  };
}

function comoResultado(error: unknown, nombre: string, requestId: string, actor: Actor) {
  if (error instanceof ErrorDeNegocio) {
    return { ok: false as const, message: error.message, fieldErrors: error.fieldErrors };
  }
  if (error instanceof AccesoDenegado) {
    logger.warn(
      { requestId, operacion: nombre, actorId: actor.id, permiso: error.permiso },
      "acceso denegado",
    );
    return { ok: false as const, message: "No tiene permiso para realizar esta operación." };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return {
      ok: false as const,
      message: "Otra persona acaba de registrar lo mismo. Recargue la página para ver la versión actual.",
    };
  }
  logger.error({ err: error, requestId, operacion: nombre, actorId: actor.id }, "error inesperado");
  return {
    ok: false as const,
    message: `Ocurrió un error inesperado y no se guardó ningún cambio. Si persiste, informe el código ${requestId.slice(0, 8)}.`,
  };
}

/**
 * What a `'use server'` action calls: the actor always comes from the session, never the browser.
 * A user holding a temporary password is refused everything but the password change itself.
 */
export async function conSesion<T>(
  operacion: Operacion<T>,
  input: unknown,
  { aunConClaveTemporal = false }: { aunConClaveTemporal?: boolean } = {},
): Promise<ResultadoAccion<T>> {
  const usuario = await sesionActual();
  if (!usuario) return { ok: false, message: "Su sesión terminó. Ingrese de nuevo para continuar." };
  if (usuario.debeCambiarClave && !aunConClaveTemporal) return { ok: false, message: MENSAJE_CLAVE_TEMPORAL };
  return operacion(usuario, input);
}
