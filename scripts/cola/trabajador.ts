// The queue worker (graphile-worker on the same database): sends the outbox's e-mails, runs the
// reminders pass every morning and checks the audit log every day (and when it starts). `npm start` starts it alongside the application; in a
// self-managed deployment, `npm run trabajador` alongside `next start`. Several instances can run
// on the same database: each job is taken by only one, and each cron tick is scheduled once.
import { Logger, run, type LogFunctionFactory, type Runner, type TaskList } from "graphile-worker";
import { archivoDeSellos } from "@/features/auditoria/sellos";
import { vigilarAuditoria } from "@/features/auditoria/vigilancia";
import { enviarCorreo, type Envio } from "@/features/correos/envio";
import { ejecutarPasada } from "@/features/recordatorios/pasada";
import { TAREAS } from "@/server/cola";
import { configuracionSmtp, crearTransporte } from "@/server/correo";
import { logger } from "@/server/logger";
import { mantenimientoDiario } from "@/server/mantenimiento";
import { crearClientePrisma } from "@/server/cliente-prisma";

/**
 * 07:00 in Bogotá (12:00 UTC; Colombia has no daylight saving time). If the worker was stopped at
 * that time, the pass is caught up when it starts within the same day (fill=1d).
 */
export const CRONTAB =
  `0 12 * * * ${TAREAS.recordatorios} ?fill=1d&jobKey=${TAREAS.recordatorios}&max=3\n` +
  `30 8 * * * ${TAREAS.mantenimiento} ?fill=1d&jobKey=${TAREAS.mantenimiento}\n` +
  `0 9 * * * ${TAREAS.auditoria} ?fill=1d&jobKey=${TAREAS.auditoria}\n`;

export interface OpcionesTrabajador {
  connectionString: string;
  /** Variables SMTP_URL, SMTP_FROM and AUDITORIA_SELLOS are read from (process.env by default). */
  env?: Readonly<Record<string, string | undefined>>;
  /** No cron (nor the audit check at start), for the tests that only want the e-mail deliveries. */
  crontab?: string;
  pollInterval?: number;
}

const registro: LogFunctionFactory = (scope) => (level, message, meta) => {
  const nivel =
    level === "warning" ? "warn" : level === "debug" ? "debug" : level === "error" ? "error" : "info";
  const detalle = nivel === "error" || nivel === "warn" ? meta : undefined;
  logger[nivel](
    { cola: scope.label ?? "worker", tarea: scope.taskIdentifier, trabajo: scope.jobId, ...detalle },
    message,
  );
};

export interface Trabajador {
  runner: Runner;
  detener(): Promise<void>;
}

export async function iniciarTrabajador(opciones: OpcionesTrabajador): Promise<Trabajador> {
  const smtp = configuracionSmtp(opciones.env);
  const envio: Envio | null = smtp ? { transporte: crearTransporte(smtp), remitente: smtp.remitente } : null;
  const prisma = crearClientePrisma(opciones.connectionString);
  const sellos = archivoDeSellos(opciones.env);
  const taskList: TaskList = {
    [TAREAS.enviarCorreo]: async (payload, helpers) => {
      const { correoId } = payload as { correoId: number };
      const resultado = await enviarCorreo(prisma, correoId, envio, helpers.job.attempts);
      helpers.logger.info(`correo ${correoId}: ${resultado}`);
    },
    [TAREAS.mantenimiento]: async (_payload, helpers) => {
      const r = await mantenimientoDiario(prisma);
      helpers.logger.info(
        `mantenimiento: ${r.intentos} contadores de intentos y ${r.sesiones} sesiones cerradas vencidos`,
      );
    },
    [TAREAS.auditoria]: async () => {
      const r = await vigilarAuditoria(prisma, sellos);
      if (!r.integra) {
        logger.error(
          { problemas: r.problemas, administradoresAvisados: r.avisados },
          "La auditoría NO está íntegra: se avisó a los administradores.",
        );
      } else if (r.sello) {
        logger.info(
          { sello: r.sello, archivo: sellos, sellosComparados: r.comparados },
          `Sello de la auditoría: #${r.sello.id} ${r.sello.hash} (${r.sello.total} registros, ${r.sello.hora}).`,
        );
      }
    },
    [TAREAS.recordatorios]: async (_payload, helpers) => {
      const r = await ejecutarPasada(prisma, { origen: "PROGRAMADA" });
      helpers.logger.info(`pasada de recordatorios del ${r.fecha}`, {
        ...r.porEtapa,
        notificaciones: r.notificaciones,
      });
    },
  };
  const runner = await run({
    connectionString: opciones.connectionString,
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: opciones.pollInterval ?? 2_000,
    logger: new Logger(registro),
    taskList,
    crontab: opciones.crontab ?? CRONTAB,
  });
  // A head at every start too, so that a deployment has one from its first day. Several instances
  // starting together share the job (same key).
  if (opciones.crontab === undefined) {
    await runner.addJob(TAREAS.auditoria, {}, { jobKey: TAREAS.auditoria });
  }
  let deteniendo: Promise<void> | undefined;
  return {
    runner,
    detener: () =>
      (deteniendo ??= (async () => {
        await runner.stop();
        envio?.transporte.close();
        await prisma.$disconnect();
      })()),
  };
}
