import { z } from "zod";

/**
 * The largest PostgreSQL `integer`, the type of every id and version column. Prisma refuses a
 * larger number with an error instead of finding nothing, so one past it would fail the request.
 */
export const ENTERO_MAXIMO = 2_147_483_647;

const DIGITOS = /^\d{1,10}$/;

const MENSAJE_ID = "El identificador no es válido.";

/**
 * The row id that a route parameter, a URL or form field, or a JSON value names; null when it
 * cannot name a row: not plain digits nor a whole number, zero, or beyond ENTERO_MAXIMO. Every id
 * that comes from outside goes through here before it reaches the database.
 */
export function parseId(valor: unknown): number | null {
  const numero = typeof valor === "string" && DIGITOS.test(valor) ? Number(valor) : valor;
  if (typeof numero !== "number" || !Number.isInteger(numero)) return null;
  return numero >= 1 && numero <= ENTERO_MAXIMO ? numero : null;
}

/** An id that arrives as a JSON number (a server action called with an object). */
export function idSchema(mensaje = MENSAJE_ID) {
  return z.number({ error: mensaje }).refine((n) => parseId(n) !== null, { error: mensaje });
}

/** An id that arrives as text (a URL or form field), or as a number: `parseId` for zod. */
export function idDeTextoSchema(mensaje = MENSAJE_ID) {
  return z.union([z.string(), z.number()], { error: mensaje }).transform((valor, ctx) => {
    const id = parseId(valor);
    if (id === null) {
      ctx.addIssue({ code: "custom", message: mensaje });
      return z.NEVER;
    }
    return id;
  });
}
