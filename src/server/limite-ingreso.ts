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
 * Per address: 50 failed tries over any accounts before the waits begin (password spraying);
 * successful logins give their attempt back.
 * The current-password check in Mi cuenta follows the per-account rule.
 * docs/decisions/0013-sesiones-e-ingreso.md
 */
export const POLITICAS = {
  cuentaYDireccion: { libres: 5, esperaMs: MINUTO, esperaMaximaMs: 15 * MINUTO, ventanaMs: 15 * MINUTO },
  direccion: { libres: 50, esperaMs: MINUTO, esperaMaximaMs: 15 * MINUTO, ventanaMs: 15 * MINUTO },
  claveActual: { libres: 5, esperaMs: MINUTO, esperaMaximaMs: 15 * MINUTO, ventanaMs: 15 * MINUTO },
} as const satisfies Record<string, Politica>;

export type Consumo = { admitido: true } | { admitido: false; esperaMs: number };

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
  if (fila?.ultimoAdmitido) return { admitido: true };
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
 * A correct password gives back the attempt it took from its address's key: only failures count
 * there, so an office behind one address can log in every morning, while a spray of wrong ones is
 * still slowed. The wait an earlier failure started, if any, stays.
 */
export async function devolverIntento(db: Ejecutor, clave: string): Promise<void> {
  await db.$executeRaw`UPDATE "LimiteIntentos" SET intentos = greatest(intentos - 1, 0) WHERE clave = ${clave}`;
}

/**
 * Clears every login throttle of an account, from any address: after an admin gives it a new
 * password, its owner can log in at once. Addresses' own throttles stay.
 */
export async function olvidarIntentosDeCuenta(db: Ejecutor, email: string): Promise<void> {
  const prefijo = `ingreso:${email}|`;
  await db.$executeRaw`DELETE FROM "LimiteIntentos" WHERE starts_with(clave, ${prefijo})`;
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
