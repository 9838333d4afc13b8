// Security probes of the sign-in limits, from the outside (docs/decisions/0026-limites-de-ingreso.md):
// failures of others never refuse a correct password for its address, a forged X-Forwarded-For is
// not the address the limits count, callbacks sent by another page count nothing, and an e-mail too
// long to exist is refused without being counted. Used by `npm run seguridad` and the e2e tests.
import { randomInt } from "node:crypto";
import { Navegador, type Cuenta } from "../navegador";
import type { Resultado } from "./sondas";

/** The failures over any accounts after which an address is limited (FALLOS_POR_DIRECCION). */
const FALLOS_QUE_LIMITAN = 50;
const LOCALES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Where a probe connects from. On this machine, a fresh loopback address of its own (all of
 * 127.0.0.0/8 is this machine), so the failures it makes limit no address anybody else uses;
 * against another machine, this one's address, which the probes leave limited for 15 minutes.
 */
export function origenDeSonda(base: string): string | undefined {
  if (!LOCALES.has(new URL(base).hostname)) return undefined;
  return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

const inventado = (i: number) => `sonda.${Date.now()}.${i}@seguridad.invalid`;

/** `cantidad` wrong passwords for made-up e-mails, ten at a time, each with its own forged address. */
async function fallar(base: string, desde: string | undefined, cantidad: number) {
  const errores: (string | null)[] = [];
  for (let i = 0; i < cantidad; i += 10) {
    const lote = Array.from({ length: Math.min(10, cantidad - i) }, (_, j) =>
      new Navegador(base, desde).ingresar(
        { correo: inventado(i + j), clave: "equivocada" },
        { "x-forwarded-for": `198.51.100.${((i + j) % 250) + 1}` },
      ),
    );
    errores.push(...(await Promise.all(lote)));
  }
  return errores;
}

/**
 * After an address's quota of failures is used up by other e-mails (each failure forging a new
 * X-Forwarded-For), the same account still signs in with its correct password, again and again;
 * and a wrong one is told the address is limited, so the forged addresses were not believed.
 */
export async function correctaTrasFallosDeOtros(base: string, cuenta: Cuenta): Promise<Resultado> {
  const desde = origenDeSonda(base);
  const fallos = await fallar(base, desde, FALLOS_QUE_LIMITAN);
  const correctas: (string | null)[] = [];
  for (let i = 0; i < 3; i += 1) correctas.push(await new Navegador(base, desde).ingresar(cuenta));
  const equivocada = await new Navegador(base, desde).ingresar({
    correo: inventado(99),
    clave: "equivocada",
  });
  const frenados = fallos.filter((e) => e?.startsWith("DEMASIADOS_INTENTOS")).length;
  return {
    nombre: "La contraseña correcta entra aunque la dirección agotó sus fallos (con X-Forwarded-For falsos)",
    ok: correctas.every((e) => e === null) && equivocada === "FALLOS_DESDE_LA_DIRECCION" && frenados === 0,
    detalle: `${fallos.length} fallos (${frenados} frenados); correctas: ${correctas.map((e) => e ?? "ingresó").join(", ")}; luego una equivocada: ${equivocada}`,
  };
}

/**
 * Callbacks of the institutional sign-in without the state cookie (what any page can make its
 * visitors' browsers send) use up nothing of the address: a wrong password after them is an
 * ordinary refusal.
 */
export async function regresosSinStateNoCuentan(base: string): Promise<Resultado> {
  const n = new Navegador(base, origenDeSonda(base));
  const estados: number[] = [];
  for (let i = 0; i < FALLOS_QUE_LIMITAN + 10; i += 1) {
    estados.push((await n.pedir(`/api/auth/callback/entra-id?code=sonda-${i}&state=sonda-${i}`)).status);
  }
  const despues = await n.ingresar({ correo: inventado(0), clave: "equivocada" });
  return {
    nombre:
      "Los regresos de la cuenta institucional sin cookie de state no gastan los fallos de la dirección",
    ok: despues === "CredentialsSignin",
    detalle: `${estados.length} regresos (HTTP ${[...new Set(estados)].join("/")}); luego una contraseña equivocada: ${despues}`,
  };
}

/** An e-mail longer than any that exists is refused as always, and never counted. */
export async function correoDemasiadoLargo(base: string): Promise<Resultado> {
  const n = new Navegador(base, origenDeSonda(base));
  const correo = `${"a".repeat(64)}@${"b".repeat(200)}.invalid`;
  const errores: (string | null)[] = [];
  for (let i = 0; i < 7; i += 1) errores.push(await n.ingresar({ correo, clave: "equivocada" }));
  return {
    nombre: `Un correo de ${correo.length} caracteres se rechaza sin contarse`,
    ok: errores.every((e) => e === "CredentialsSignin"),
    detalle: errores.join(", "),
  };
}

/** The sign-in probes, in order. */
export async function comprobarIngreso(base: string, cuenta: Cuenta): Promise<Resultado[]> {
  return [
    await correctaTrasFallosDeOtros(base, cuenta),
    await regresosSinStateNoCuentan(base),
    await correoDemasiadoLargo(base),
  ];
}
