import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EstadoCorreo } from "@/generated/prisma/enums";
import { claveDelCorreo } from "@/server/cola";
import { autorizar, type Actor } from "@/server/autorizacion";
import { ConfiguracionSmtpInvalida, configuracionSmtp } from "@/server/correo";
import { db } from "@/server/db";
import type { FiltrosCorreos } from "./schemas";
import { MAS_RECIENTES_PRIMERO, paginar } from "@/lib/paginas";

export const POR_PAGINA = 25;

function donde(filtros: FiltrosCorreos): Prisma.CorreoWhereInput {
  return {
    ...(filtros.estado ? { estado: filtros.estado } : {}),
    ...(filtros.q
      ? {
          OR: [
            { para: { contains: filtros.q, mode: "insensitive" } },
            { asunto: { contains: filtros.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
}

/** The queue's view of a message: when it will be tried again, while it has tries left. */
async function proximosIntentos(ids: number[]): Promise<Map<number, Date>> {
  if (ids.length === 0) return new Map();
  const filas = await db().$queryRaw<{ key: string; run_at: Date }[]>`
    SELECT key, run_at FROM graphile_worker.jobs
    WHERE key = ANY(${ids.map(claveDelCorreo)}::text[]) AND attempts < max_attempts AND locked_at IS NULL`;
  return new Map(filas.map((f) => [Number(f.key.split(":")[1]), f.run_at]));
}

/**
 * The outbox for an ADMIN: every message the application wrote, newest first, with its state,
 * tries, last error and next try, and how many there are in each state.
 */
export async function bandejaDeSalida(actor: Actor, filtros: FiltrosCorreos) {
  autorizar(actor, { accion: "administrar" });
  const where = donde(filtros);
  const [total, grupos] = await Promise.all([
    db().correo.count({ where }),
    db().correo.groupBy({ by: ["estado"], _count: { _all: true } }),
  ]);
  const { pagina, paginas, skip, take } = paginar(total, filtros.pagina, POR_PAGINA);
  const filas = await db().correo.findMany({
    where,
    orderBy: [...MAS_RECIENTES_PRIMERO],
    skip,
    take,
    select: {
      id: true,
      para: true,
      asunto: true,
      texto: true,
      html: true,
      estado: true,
      intentos: true,
      ultimoError: true,
      enviadoEn: true,
      createdAt: true,
    },
  });
  const proximos = await proximosIntentos(filas.filter((f) => f.estado !== "ENVIADO").map((f) => f.id));
  const porEstado = Object.fromEntries(grupos.map((g) => [g.estado, g._count._all])) as Partial<
    Record<EstadoCorreo, number>
  >;
  return {
    filas: filas.map((f) => ({ ...f, proximoIntento: proximos.get(f.id) ?? null })),
    total,
    pagina,
    paginas,
    porEstado,
  };
}

export type CorreoEnBandeja = Awaited<ReturnType<typeof bandejaDeSalida>>["filas"][number];

export type EstadoSmtp =
  | { tipo: "configurado"; servidor: string; remitente: string }
  | { tipo: "sin-configurar" }
  | { tipo: "invalido"; mensaje: string };

/** Where messages go from this server, said without the password. */
export function estadoSmtp(): EstadoSmtp {
  try {
    const config = configuracionSmtp();
    if (!config) return { tipo: "sin-configurar" };
    const url = new URL(config.url);
    return { tipo: "configurado", servidor: `${url.protocol}//${url.host}`, remitente: config.remitente };
  } catch (error) {
    if (error instanceof ConfiguracionSmtpInvalida) return { tipo: "invalido", mensaje: error.message };
    throw error;
  }
}
