import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Contexto } from "@/server/operacion";
import { autorizar } from "@/server/autorizacion";
import { bloquearVigencia } from "../nodos";

export type Tx = Prisma.TransactionClient;

/** Authorizes, then serializes the writes to the vigencia's plan (see `bloquearVigencia`). */
export async function abrirEdicion(ctx: Contexto, vigenciaId: number) {
  autorizar(ctx.actor, { accion: "administrar" });
  return bloquearVigencia(ctx.tx, vigenciaId);
}
