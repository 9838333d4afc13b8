import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";

/** At most this many altered rows are listed; `cantidadAlterados` still counts them all. */
export const MAXIMO_ALTERADOS = 1000;

export interface RegistroAlterado {
  id: bigint;
  motivo: string;
}

export interface ResultadoVerificacion {
  /** Rows in the audit trail. */
  total: number;
  /** The last row and its seal: noted down elsewhere, it also reveals rows removed from the end. */
  ultimo: { id: bigint; hash: string | null } | null;
  /** The rows whose seal does not match the chain, in chain order (the first MAXIMO_ALTERADOS). */
  alterados: RegistroAlterado[];
  cantidadAlterados: number;
}

interface FilaAlterada {
  id: string;
  anterior: string | null;
  sinSello: boolean;
}

interface Resumen {
  total: number;
  cantidadAlterados: number;
  ultimoId: bigint | null;
  ultimoHash: string | null;
  alterados: FilaAlterada[];
}

/**
 * Why a row fails. An edited row and a row whose predecessor was removed look alike (the next row
 * still matches the stored seal of an edited one); ids have gaps anyway (the column default and the
 * trigger each take a value of the sequence, and rolled-back inserts leave theirs), so a gap proves
 * nothing by itself.
 */
function motivo(fila: FilaAlterada): string {
  if (fila.sinSello) return "No tiene sello: se escribió con el encadenamiento de la base desactivado.";
  if (fila.anterior === null) {
    return "Su sello no cuadra: se modificó este registro o se borraron registros anteriores a él.";
  }
  return `Su sello no cuadra: se modificó este registro o se borró alguno entre el #${fila.anterior} y él.`;
}

/**
 * Recomputes the whole chain in PostgreSQL, in one query over one snapshot, with the same formula
 * the insert trigger uses (`auditoria_hash`): each row's seal must be the hash of its content
 * chained to the stored seal of the row before it. A row edited afterwards fails its own check; a
 * removed row makes the next one fail; a row written with the triggers disabled has no seal.
 */
export async function verificarAuditoria(
  prisma: Pick<PrismaClient, "$queryRaw">,
): Promise<ResultadoVerificacion> {
  const [r] = await prisma.$queryRaw<Resumen[]>`
    WITH cadena AS (
      SELECT a.id, a.hash,
             lag(a.id) OVER w AS anterior,
             auditoria_hash(lag(a.hash) OVER w, a) AS esperado
        FROM "AuditLog" a
      WINDOW w AS (ORDER BY a.id)
    )
    SELECT
      (SELECT count(*)::int FROM cadena) AS total,
      (SELECT count(*)::int FROM cadena WHERE hash IS DISTINCT FROM esperado) AS "cantidadAlterados",
      (SELECT id FROM cadena ORDER BY id DESC LIMIT 1) AS "ultimoId",
      (SELECT hash FROM cadena ORDER BY id DESC LIMIT 1) AS "ultimoHash",
      (SELECT coalesce(json_agg(json_build_object(
                'id', x.id::text, 'anterior', x.anterior::text, 'sinSello', x.hash IS NULL
              ) ORDER BY x.id), '[]'::json)
         FROM (SELECT id, anterior, hash FROM cadena WHERE hash IS DISTINCT FROM esperado
                ORDER BY id LIMIT ${MAXIMO_ALTERADOS}) x) AS alterados`;
  if (!r) throw new Error("La verificación de la auditoría no devolvió resultado.");
  return {
    total: r.total,
    ultimo: r.ultimoId === null ? null : { id: BigInt(r.ultimoId), hash: r.ultimoHash },
    alterados: r.alterados.map((fila) => ({ id: BigInt(fila.id), motivo: motivo(fila) })),
    cantidadAlterados: r.cantidadAlterados,
  };
}
