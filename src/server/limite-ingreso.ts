import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** Error code the login form recognises to explain why it must wait; the wait follows it. */
export const DEMASIADOS_INTENTOS = "DEMASIADOS_INTENTOS";

export interface Politica {
  /** Attempts admitted one after another; from then on each one waits longer than the previous. */
  libres: number;
  /** The first wait; it doubles with each further attempt, up to `esperaMaximaMs`. */
  esperaMs: number;
  esperaMaximaMs: number;
  /** A key with no attempt for this long starts again from zero. */
  ventanaMs: number;
}

const MINUTO = 60_000;

/**
 * Per account and address: a person who mistypes gets five tries, then one a minute, two, four…
 * An outsider's attempts come from another address, so they never slow the real user down.
 * The current-password check in Mi cuenta follows the per-account rule.
 * docs/decisions/0013-sesiones-e-ingreso.md and 0026-limites-de-ingreso.md
 */
export const POLITICAS = {
  cuentaYDireccion: { libres: 5, esperaMs: MINUTO, esperaMaximaMs: 15 * MINUTO, ventanaMs: 15 * MINUTO },
  claveActual: { libres: 5, esperaMs: MINUTO, esperaMaximaMs: 15 * MINUTO, ventanaMs: 15 * MINUTO },
} as const satisfies Record<string, Politica>;

/**
 * Per address, failures only (wrong passwords over any accounts, refused institutional answers):
 * from `limite` on, the address is limited. A limited address never refuses a correct password;
 * its attempts wait the longest delay, and its failures on unknown e-mails are counted, not audited.
 */
export const FALLOS_POR_DIRECCION = { limite: 50, ventanaMs: 15 * MINUTO } as const;

/**
 * Per account, failures from every address: past `libres`, each attempt waits before its password
 * is checked, doubling up to `demoraMaximaMs` — a delay, never a refusal, so nobody elsewhere can
 * keep the real user out; the per-account-and-address rule is what refuses.
 */
export const DEMORA_POR_CUENTA = {
  libres: 3,
  demoraMs: 500,
  demoraMaximaMs: 3_000,
  ventanaMs: 15 * MINUTO,
} as const;

/** Admitted (with the wait this attempt started, if it did), or refused with the wait left. */
export type Consumo =
  { admitido: true; esperaIniciadaMs: number | null } | { admitido: false; esperaMs: number };

type Ejecutor = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

/**
 * Counts an attempt under `clave` before the password is checked, in one statement, so that any
 * number of attempts at once (on any instance) are counted exactly: an attempt inside the wait is
 * refused and not counted; an admitted one that reaches `libres` starts the next, longer wait.
 */
export async function consumirIntento(
  db: Ejecutor,
  clave: string,
  p: Politica,
  ahora = new Date(),
): Promise<Consumo> {
  const [fila] = await db.$queryRaw<{ ultimoAdmitido: boolean; esperaHasta: Date | null }[]>`
    WITH p AS (
      SELECT ${ahora}::timestamp AS ahora, ${p.libres}::int AS libres, ${p.esperaMs}::float8 AS espera,
             ${p.esperaMaximaMs}::float8 AS maxima, ${p.ventanaMs}::float8 AS ventana
    )
    INSERT INTO "LimiteIntentos" AS l (clave, intentos, "ventanaHasta", "esperaHasta", "ultimoAdmitido")
    SELECT ${clave}, 1, p.ahora + p.ventana * interval '1 millisecond',
           CASE WHEN 1 >= p.libres THEN p.ahora + least(p.espera, p.maxima) * interval '1 millisecond' END, true
      FROM p
    ON CONFLICT (clave) DO UPDATE SET
      intentos = CASE
        WHEN l."esperaHasta" > (SELECT ahora FROM p) THEN l.intentos
        WHEN l."ventanaHasta" <= (SELECT ahora FROM p) THEN 1
        ELSE l.intentos + 1 END,
      "ventanaHasta" = CASE
        WHEN l."esperaHasta" > (SELECT ahora FROM p) THEN l."ventanaHasta"
        ELSE (SELECT ahora + ventana * interval '1 millisecond' FROM p) END,
      "esperaHasta" = CASE
        WHEN l."esperaHasta" > (SELECT ahora FROM p) THEN l."esperaHasta"
        ELSE (
          SELECT CASE WHEN n >= libres
                      THEN ahora + least(espera * power(2, n - libres), maxima) * interval '1 millisecond'
                 END
            FROM p,
                 LATERAL (SELECT CASE WHEN l."ventanaHasta" <= p.ahora THEN 1 ELSE l.intentos + 1 END AS n) c
        ) END,
      "ultimoAdmitido" = NOT coalesce(l."esperaHasta" > (SELECT ahora FROM p), false)
    RETURNING "ultimoAdmitido", "esperaHasta"`;
  if (fila?.ultimoAdmitido) {
    return {
      admitido: true,
      esperaIniciadaMs: fila.esperaHasta ? fila.esperaHasta.getTime() - ahora.getTime() : null,
    };
  }
  return {
    admitido: false,
    esperaMs: Math.max(1_000, (fila?.esperaHasta?.getTime() ?? 0) - ahora.getTime()),
  };
}

/** A correct password clears its account-and-address key. */
export async function olvidarIntentos(db: Ejecutor, clave: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "LimiteIntentos" WHERE clave = ${clave}`;
}

/**
 * Counts one failure under `clave`, in one statement (exact under any concurrency, on any
 * instance); a key with no failure for `ventanaMs` starts again from one. The count, this one
 * included: exactly one caller sees each number, so a limit's crossing is seen once.
 */
export async function contarFallo(
  db: Ejecutor,
  clave: string,
  ventanaMs: number,
  ahora = new Date(),
): Promise<number> {
  const hasta = new Date(ahora.getTime() + ventanaMs);
  const [fila] = await db.$queryRaw<{ intentos: number }[]>`
    INSERT INTO "LimiteIntentos" AS l (clave, intentos, "ventanaHasta", "ultimoAdmitido")
    VALUES (${clave}, 1, ${hasta}::timestamp, false)
    ON CONFLICT (clave) DO UPDATE SET
      intentos = CASE WHEN l."ventanaHasta" <= ${ahora}::timestamp THEN 1 ELSE l.intentos + 1 END,
      "ventanaHasta" = ${hasta}::timestamp
    RETURNING intentos`;
  return fila?.intentos ?? 1;
}

/** The failures counted under each key and not yet forgotten (0 for a key without any). */
export async function leerFallos(
  db: Ejecutor,
  claves: string[],
  ahora = new Date(),
): Promise<Map<string, number>> {
  const filas = await db.$queryRaw<{ clave: string; intentos: number }[]>`
    SELECT clave, intentos FROM "LimiteIntentos"
     WHERE clave = ANY(${claves}::text[]) AND "ventanaHasta" > ${ahora}::timestamp`;
  return new Map(claves.map((c) => [c, filas.find((f) => f.clave === c)?.intentos ?? 0]));
}

/**
 * Clears every login throttle of an account, from any address, and its delay: after an admin gives
 * it a new password, its owner can log in at once. Addresses' own counts stay.
 */
export async function olvidarIntentosDeCuenta(db: Ejecutor, email: string): Promise<void> {
  const prefijo = `ingreso:${email}|`;
  const demora = `ingreso-cuenta:${email}`;
  await db.$executeRaw`DELETE FROM "LimiteIntentos" WHERE starts_with(clave, ${prefijo}) OR clave = ${demora}`;
}

/** Keys nobody has used for a window are removed by the worker's daily upkeep. */
export async function limpiarIntentosVencidos(db: Ejecutor, ahora = new Date()): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "LimiteIntentos"
     WHERE "ventanaHasta" < ${ahora} AND ("esperaHasta" IS NULL OR "esperaHasta" < ${ahora})`;
}

/** "15 minutos", "1 minuto": how long to wait, rounded up, for the message. */
export function describirEspera(esperaMs: number): string {
  const minutos = Math.ceil(esperaMs / MINUTO);
  return minutos <= 1 ? "1 minuto" : `${minutos} minutos`;
}
