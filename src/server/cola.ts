// Without "server-only": the seed (a plain script) schedules a first pass with these names.
import type { Prisma } from "@/generated/prisma/client";

/**
 * The tasks of the job queue (graphile-worker, on the application's own PostgreSQL); the worker
 * (`scripts/trabajador.ts`) runs them. docs/decisions/0012-seguimiento-activo.md says why.
 */
export const TAREAS = {
  /** Sends one message of the outbox; retried with exponential backoff when SMTP fails. */
  enviarCorreo: "enviar-correo",
  /** One pass of the reminders for today. */
  recordatorios: "recordatorios",
  /** Daily upkeep: expired throttle keys and closed-session records. */
  mantenimiento: "mantenimiento",
  /** The audit chain checked against itself and its recorded heads; a new head (decision 0025). */
  auditoria: "verificar-auditoria",
} as const;

export type Tarea = (typeof TAREAS)[keyof typeof TAREAS];

/** About three days of retries with graphile-worker's backoff (e^attempt seconds, capped). */
export const INTENTOS_DE_ENVIO = 25;

export interface Trabajo {
  payload: Record<string, unknown>;
  /** A job with the same key is replaced, never duplicated. */
  clave?: string;
}

/**
 * Adds jobs in the caller's transaction, in one statement: they exist if and only if the
 * transaction commits, and the worker hears of them at that moment.
 */
export async function encolar(
  tx: Pick<Prisma.TransactionClient, "$executeRaw">,
  tarea: Tarea,
  trabajos: readonly Trabajo[],
  maxIntentos = INTENTOS_DE_ENVIO,
): Promise<void> {
  if (trabajos.length === 0) return;
  await tx.$executeRaw`
    SELECT graphile_worker.add_job(
      identifier => ${tarea}::text,
      payload => t.payload,
      job_key => t.clave,
      max_attempts => ${maxIntentos}::int
    )
    FROM unnest(
      ${trabajos.map((t) => JSON.stringify(t.payload))}::json[],
      ${trabajos.map((t) => t.clave ?? null)}::text[]
    ) AS t(payload, clave)`;
}

/** The key of the job that sends one message of the outbox. */
export function claveDelCorreo(correoId: number): string {
  return `correo:${correoId}`;
}

/**
 * The jobs that send these messages of the outbox, one per message: calling it again for a message
 * (a retry, a restored backup) replaces its pending job, never adds a second one.
 */
export function encolarCorreos(
  tx: Pick<Prisma.TransactionClient, "$executeRaw">,
  correoIds: readonly number[],
): Promise<void> {
  return encolar(
    tx,
    TAREAS.enviarCorreo,
    correoIds.map((correoId) => ({ payload: { correoId }, clave: claveDelCorreo(correoId) })),
  );
}
