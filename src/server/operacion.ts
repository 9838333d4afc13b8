import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { registrarAuditoria, SIN_ORIGEN, type EventoAuditoria, type Origen } from "./auditoria";
import { AccesoDenegado, type Actor } from "./autorizacion";
import { db } from "./db";
import { ErrorDeNegocio, type ErroresDeCampo } from "./errores";
import { logger } from "./logger";
import { origenDeLaPeticion, sesionActual } from "./sesion-actual";

/** The one result shape of every action: expected failures are results, not exceptions. */
export type ResultadoAccion<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors?: ErroresDeCampo };

/** Work that must wait for the outcome of the transaction: it never changes that outcome. */
export type Efecto = () => Promise<void> | void;

export interface Contexto {
  actor: Actor;
  tx: Prisma.TransactionClient;
  requestId: string;
  /** One event, or many at once (a bulk import) in a single insert. */
  auditar(evento: EventoAuditoria | readonly EventoAuditoria[]): Promise<void>;
  /** Runs once the transaction has committed: removing a file, invalidating a cache. */
  despuesDeConfirmar(efecto: Efecto): void;
}

/**
 * An operation run on behalf of an actor: what a server action does once the session is known.
 * `origen` (where the request came from) goes into every audit event it records.
 */
export type Operacion<T> = (actor: Actor, input: unknown, origen?: Origen) => Promise<ResultadoAccion<T>>;

/** What an operation returns when it succeeds. */
export type DatosDe<O> = O extends Operacion<infer T> ? T : never;

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
  /** The schema, or a function that builds it on each call when it depends on current settings. */
  schema: S | (() => S),
  ejecutar: (input: z.output<S>, ctx: Contexto) => Promise<T>,
  opciones: OpcionesDeOperacion = {},
): Operacion<T> {
  return async (actor, input, origen = SIN_ORIGEN) => {
    const parsed = (typeof schema === "function" ? schema() : schema).safeParse(input);
    if (!parsed.success) {
      return { ok: false, message: MENSAJE_INVALIDO, fieldErrors: erroresDeCampo(parsed.error) };
    }
    const requestId = randomUUID();
    const confirmados: Efecto[] = [];
    try {
      const data = await db().$transaction(
        (tx) =>
          ejecutar(parsed.data, {
            actor,
            tx,
            requestId,
            auditar: (evento) => registrarAuditoria(tx, actor.id, requestId, evento, origen),
            despuesDeConfirmar: (efecto) => confirmados.push(efecto),
          }),
        opciones.tiempoMaximoMs ? { timeout: opciones.tiempoMaximoMs } : undefined,
      );
      await ejecutarEfectos(confirmados, nombre, requestId);
      return { ok: true, data };
    } catch (error) {
      return comoResultado(error, nombre, requestId, actor);
    }
  };
}

/**
 * The transaction has already decided: an effect that fails is logged with the request id and
 * leaves the result as it is (a stale cache entry is logged, never a lost write).
 */
async function ejecutarEfectos(efectos: readonly Efecto[], nombre: string, requestId: string) {
  for (const efecto of efectos) {
    try {
      await efecto();
    } catch (error) {
      logger.error(
        { err: error, requestId, operacion: nombre },
        "falló un efecto posterior a la transacción",
      );
    }
  }
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
  return operacion(usuario, input, await origenDeLaPeticion());
}
