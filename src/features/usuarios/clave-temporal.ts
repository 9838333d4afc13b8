import { randomInt } from "node:crypto";

/**
 * Letters and digits that cannot be mistaken for one another when read aloud or copied by hand:
 * no 0/O/o, 1/l/I, 5/S nor 2/Z.
 */
export const ALFABETO_CLAVE_TEMPORAL = "ABCDEFGHJKLMNPQRTUVWXYabcdefghijkmnpqrstuvwxyz346789";
const GRUPOS = 4;
const POR_GRUPO = 4;

/**
 * A temporary password drawn with the operating system's cryptographic generator: four groups of
 * four characters ("hR7k-Tq3m-…"), about 91 bits of randomness, easy to dictate over the phone.
 */
export function generarClaveTemporal(): string {
  return Array.from({ length: GRUPOS }, () =>
    Array.from(
      { length: POR_GRUPO },
      () => ALFABETO_CLAVE_TEMPORAL[randomInt(ALFABETO_CLAVE_TEMPORAL.length)],
    ).join(""),
  ).join("-");
}

export const FORMATO_CLAVE_TEMPORAL = new RegExp(
  `^[${ALFABETO_CLAVE_TEMPORAL}]{${POR_GRUPO}}(-[${ALFABETO_CLAVE_TEMPORAL}]{${POR_GRUPO}}){${GRUPOS - 1}}$`,
);
