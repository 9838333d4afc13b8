import "server-only";
import { setTimeout as dormir } from "node:timers/promises";
import { grupoDeDireccion } from "@/lib/direccion";
import { registrarAuditoria, type Origen } from "./auditoria";
import { db } from "./db";
import {
  consumirIntento,
  contarFallo,
  DEMORA_POR_CUENTA,
  FALLOS_POR_DIRECCION,
  leerFallos,
  olvidarIntentos,
  POLITICAS,
  type Consumo,
} from "./limite-ingreso";

/**
 * The sign-in throttles, the same for a password and for the institutional sign-in
 * (docs/decisions/0026-limites-de-ingreso.md): the attempt is counted per account and address
 * before anything is checked; it then waits the delay its account's failures (from every address)
 * or its address's failures ask for; a failure is counted on the address and on the account, and
 * audited. Every key lives in PostgreSQL, shared by all instances.
 */

export const claveDeCuenta = (email: string, grupo: string) => `ingreso:${email}|${grupo}`;
export const claveDeDireccion = (grupo: string) => `ingreso-ip:${grupo}`;
export const claveDeDemora = (email: string) => `ingreso-cuenta:${email}`;

/** One sign-in attempt, as the throttles and the audit see it. */
export interface Intento {
  /** The e-mail the attempt is for (the account's key, whether it exists or not). */
  correo: string;
  origen: Origen;
  requestId: string;
  /** What each audit row of this attempt carries besides the e-mail (the method, the identity…). */
  datos: Record<string, unknown>;
}

/** The throttles count an address's IPv6 /64 as one. */
const grupoDe = (origen: Origen) => grupoDeDireccion(origen.ip ?? "desconocida");

/** How long an attempt waits before its check, from the failures counted so far. */
export function demoraPara(fallosDeLaCuenta: number, direccionLimitada: boolean): number {
  const { libres, demoraMs, demoraMaximaMs } = DEMORA_POR_CUENTA;
  if (direccionLimitada) return demoraMaximaMs;
  if (fallosDeLaCuenta < libres) return 0;
  return Math.min(demoraMs * 2 ** (fallosDeLaCuenta - libres), demoraMaximaMs);
}

/**
 * Counts the attempt per account and address (refused, without any check, while that key waits),
 * then waits the delay of its account and its address. Never refuses on the address alone.
 */
export async function admitirIntento(intento: Intento): Promise<Consumo> {
  const grupo = grupoDe(intento.origen);
  const consumo = await consumirIntento(
    db(),
    claveDeCuenta(intento.correo, grupo),
    POLITICAS.cuentaYDireccion,
  );
  if (!consumo.admitido) return consumo;
  const fallos = await leerFallos(db(), [claveDeDemora(intento.correo), claveDeDireccion(grupo)]);
  const demora = demoraPara(
    fallos.get(claveDeDemora(intento.correo)) ?? 0,
    (fallos.get(claveDeDireccion(grupo)) ?? 0) >= FALLOS_POR_DIRECCION.limite,
  );
  if (demora > 0) await dormir(demora);
  return consumo;
}

async function auditar(
  intento: Intento,
  accion: "INGRESO_FALLIDO" | "INGRESO_LIMITADO",
  cuentaId: number | null,
  despues: Record<string, unknown>,
) {
  await registrarAuditoria(
    db(),
    null,
    intento.requestId,
    {
      accion,
      entidad: "User",
      entidadId: cuentaId ?? intento.correo.slice(0, 200),
      despues: { correo: intento.correo, ...intento.datos, ...despues },
    },
    intento.origen,
  );
}

/**
 * A failed attempt: counted on its address and on its account, audited, and each limit it made
 * start audited once (INGRESO_LIMITADO). Past its limit, an address's failures on e-mails without an
 * account are only counted: a flood of made-up e-mails cannot fill the audit log.
 * Whether the address is now limited (its attempts wait, and the person is told why).
 */
export async function registrarFallo(
  intento: Intento,
  consumo: Extract<Consumo, { admitido: true }>,
  cuentaId: number | null,
  despues: Record<string, unknown> = {},
): Promise<{ direccionLimitada: boolean }> {
  const grupo = grupoDe(intento.origen);
  const { limite, ventanaMs } = FALLOS_POR_DIRECCION;
  const enLaDireccion = await contarFallo(db(), claveDeDireccion(grupo), ventanaMs);
  const enLaCuenta = await contarFallo(db(), claveDeDemora(intento.correo), DEMORA_POR_CUENTA.ventanaMs);
  if (cuentaId !== null || enLaDireccion <= limite) {
    await auditar(intento, "INGRESO_FALLIDO", cuentaId, despues);
  }
  if (consumo.esperaIniciadaMs !== null) {
    await auditar(intento, "INGRESO_LIMITADO", cuentaId, {
      motivo: "cuenta-y-direccion",
      esperaSegundos: Math.ceil(consumo.esperaIniciadaMs / 1000),
    });
  }
  if (enLaCuenta === DEMORA_POR_CUENTA.libres) {
    await auditar(intento, "INGRESO_LIMITADO", cuentaId, { motivo: "demora-de-cuenta", fallos: enLaCuenta });
  }
  if (enLaDireccion === limite) {
    await auditar(intento, "INGRESO_LIMITADO", cuentaId, { motivo: "direccion", fallos: enLaDireccion });
  }
  return { direccionLimitada: enLaDireccion >= limite };
}

/** A correct sign-in clears its account-and-address key; the counts of failures stay. */
export async function registrarExito(intento: Intento): Promise<void> {
  await olvidarIntentos(db(), claveDeCuenta(intento.correo, grupoDe(intento.origen)));
}

/**
 * A failure with no account to it (a refused answer of the identity provider): counted on the
 * address, and audited while the address is under its limit.
 */
export async function registrarFalloDeLaDireccion(
  origen: Origen,
  requestId: string,
  despues: Record<string, unknown>,
): Promise<void> {
  const { limite, ventanaMs } = FALLOS_POR_DIRECCION;
  const fallos = await contarFallo(db(), claveDeDireccion(grupoDe(origen)), ventanaMs);
  const escribir = (accion: "INGRESO_FALLIDO" | "INGRESO_LIMITADO", datos: Record<string, unknown>) =>
    registrarAuditoria(
      db(),
      null,
      requestId,
      { accion, entidad: "User", entidadId: "desconocida", despues: datos },
      origen,
    );
  if (fallos <= limite) await escribir("INGRESO_FALLIDO", despues);
  if (fallos === limite) await escribir("INGRESO_LIMITADO", { ...despues, motivo: "direccion", fallos });
}
