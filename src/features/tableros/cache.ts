import "server-only";
import { cache } from "react";
import { fechaEnBogota } from "@/lib/fechas";
import { db } from "@/server/db";

/**
 * Dashboard figures kept in this process's memory, valid for one generation of the data
 * (docs/decisions/0016-tableros-en-cache.md). The generation is a row that database triggers
 * change in the same transaction as every write that can move a figure, so a request that reads
 * the new generation also reads the new data: nobody sees figures older than their own write, and
 * several instances on one database agree without telling each other anything.
 */

/** Entries kept; the least recently used go first. */
const MAXIMO_DE_ENTRADAS = 500;

interface Entrada {
  generacion: bigint;
  valor: Promise<unknown>;
}

const entradas = new Map<string, Entrada>();

/** The data's generation, read once per request. */
export const generacionDeTableros = cache(async (): Promise<bigint> => {
  const [fila] = await db().$queryRaw<{ valor: bigint }[]>`
    SELECT valor FROM "GeneracionTableros" WHERE id = 1`;
  return fila?.valor ?? 0n;
});

function clave(nombre: string, argumentos: readonly unknown[]): string {
  // Today is part of every key: overdue counts and running periods change at midnight in Bogotá.
  return `${nombre}|${fechaEnBogota(new Date())}|${JSON.stringify(argumentos, (_k, v: unknown) =>
    typeof v === "bigint" ? v.toString() : v,
  )}`;
}

/**
 * `calcular` with its results kept per arguments and generation. Concurrent requests for the same
 * figures share one computation; a failed one is not kept. The values are shared between
 * requests: callers must not modify them.
 */
export function enCache<A extends unknown[], T>(
  nombre: string,
  calcular: (...argumentos: A) => Promise<T>,
): (...argumentos: A) => Promise<T> {
  return async (...argumentos: A) => {
    const generacion = await generacionDeTableros();
    const k = clave(nombre, argumentos);
    const guardada = entradas.get(k);
    if (guardada && guardada.generacion === generacion) {
      entradas.delete(k);
      entradas.set(k, guardada);
      return guardada.valor as Promise<T>;
    }
    const valor = calcular(...argumentos);
    const entrada = { generacion, valor };
    entradas.delete(k);
    entradas.set(k, entrada);
    if (entradas.size > MAXIMO_DE_ENTRADAS) entradas.delete(entradas.keys().next().value!);
    valor.catch(() => {
      if (entradas.get(k) === entrada) entradas.delete(k);
    });
    return valor;
  };
}

/** For tests: forget everything kept. */
export function vaciarCacheDeTableros(): void {
  entradas.clear();
}
