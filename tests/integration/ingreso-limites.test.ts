// The sign-in limits against PostgreSQL (docs/decisions/0026-limites-de-ingreso.md): what refuses,
// what only delays, what is audited, and that a correct password is never refused for its address.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

// Every argon2 verification the sign-in makes, with the cost of the hash it checks: the library
// runs as always, the test only reads which hashes it was handed.
const verificaciones = vi.hoisted(() => ({ costos: [] as string[] }));
vi.mock("@node-rs/argon2", async (original) => {
  const real = await original<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    verify: (hash: string, password: string) => {
      verificaciones.costos.push(/\$m=(\d+),t=(\d+),/.exec(hash)?.slice(1).join("/") ?? "?");
      return real.verify(hash, password);
    },
  };
});

import type { CredentialsConfig } from "next-auth/providers/credentials";
import { registroDeAuditoria } from "@/features/auditoria/queries";
import { filtrosAuditoriaSchema } from "@/features/auditoria/schemas";
import { authOptions, opcionesDeAutenticacion } from "@/server/auth";
import { cifrarClave, cifrarClaveTemporal } from "@/server/claves";
import { db } from "@/server/db";
import { demoraPara } from "@/server/intentos-de-ingreso";
import { logger } from "@/server/logger";
import pg from "pg";

const CLAVE = "Clave-de-limites-2026";
const DOMINIO = "limites-it.test";
let hashNormal: string;
let secuencia = 0;

beforeAll(async () => {
  hashNormal = await cifrarClave(CLAVE);
});

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.DESPLIEGUE;
});

const autorizar = (authOptions.providers[0] as unknown as { options: CredentialsConfig }).options.authorize;

/** The outcome of one sign-in with a password from `ip`: admitted, refused, or the error's code. */
async function intento(email: string, password: string, ip: string) {
  try {
    const r = await autorizar({ email, password }, {
      headers: { "x-forwarded-for": ip, "user-agent": "Navegador de pruebas" },
    } as never);
    return r ? "ADMITIDO" : "RECHAZADO";
  } catch (error) {
    const mensaje = (error as Error).message;
    return /^DEMASIADOS_INTENTOS:\d+$/.test(mensaje) ? "ESPERAR" : mensaje;
  }
}

async function cuenta(
  datos: { email?: string; passwordHash?: string; debeCambiarClave?: boolean; activo?: boolean } = {},
) {
  secuencia += 1;
  return db().user.create({
    data: {
      email: datos.email ?? `persona.${secuencia}@${DOMINIO}`,
      nombre: `Persona ${secuencia}`,
      rol: "CONSULTA",
      passwordHash: datos.passwordHash ?? hashNormal,
      debeCambiarClave: datos.debeCambiarClave ?? false,
      activo: datos.activo ?? true,
    },
  });
}

const desconocido = (i: number) => `nadie.${Date.now()}.${i}@${DOMINIO}`;

async function cronometrar<T>(accion: () => Promise<T>): Promise<[T, number]> {
  const inicio = performance.now();
  const resultado = await accion();
  return [resultado, performance.now() - inicio];
}

describe("el límite por dirección cuenta solo los fallos", () => {
  it("sesenta cuentas distintas ingresan a la vez desde una misma dirección (una oficina a las 8:00)", async () => {
    const ip = "198.18.0.1";
    secuencia += 1;
    const correos = Array.from({ length: 60 }, (_, i) => `oficina.${secuencia}.${i}@${DOMINIO}`);
    await db().user.createMany({
      data: correos.map((email, i) => ({
        email,
        nombre: `Oficina ${i}`,
        rol: "CONSULTA",
        passwordHash: hashNormal,
      })),
    });
    const resultados = await Promise.all(correos.map((email) => intento(email, CLAVE, ip)));
    expect(resultados).toEqual(Array(60).fill("ADMITIDO"));
    expect(await db().limiteIntentos.findUnique({ where: { clave: `ingreso-ip:${ip}` } })).toBeNull();
    expect(await db().auditLog.count({ where: { ip, accion: "INGRESO" } })).toBe(60);
  });

  it("tras cincuenta fallos de otros correos, la contraseña correcta entra (después de la demora); los fallos se explican y dejan de auditarse uno a uno", async () => {
    const ip = "198.18.0.2";
    const dueno = await cuenta();
    const fallos: string[] = [];
    for (let lote = 0; lote < 5; lote += 1) {
      fallos.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, (_, i) => intento(desconocido(lote * 10 + i), "equivocada", ip)),
        )),
      );
    }
    // The fiftieth failure is the one that limits the address, and it is told so.
    expect(fallos.filter((f) => f === "RECHAZADO")).toHaveLength(49);
    expect(fallos.filter((f) => f === "FALLOS_DESDE_LA_DIRECCION")).toHaveLength(1);
    // The address is limited now: a wrong password is told so, and waits before its check.
    const [fallo, espera] = await cronometrar(() => intento(desconocido(50), "equivocada", ip));
    expect(fallo).toBe("FALLOS_DESDE_LA_DIRECCION");
    expect(espera).toBeGreaterThanOrEqual(3_000);
    // A wrong password on an existing account is still audited; made-up e-mails no longer are.
    expect(await intento(dueno.email, "equivocada", ip)).toBe("FALLOS_DESDE_LA_DIRECCION");
    const [correcta, demora] = await cronometrar(() => intento(dueno.email, CLAVE, ip));
    expect(correcta).toBe("ADMITIDO");
    expect(demora).toBeGreaterThanOrEqual(3_000);

    const porAccion = await db().auditLog.groupBy({ by: ["accion"], where: { ip }, _count: { _all: true } });
    expect(Object.fromEntries(porAccion.map((g) => [g.accion, g._count._all]))).toEqual({
      INGRESO_FALLIDO: 51,
      INGRESO_LIMITADO: 1,
      INGRESO: 1,
    });
    expect(
      (await db().auditLog.findFirstOrThrow({ where: { ip, accion: "INGRESO_LIMITADO" } })).despues,
    ).toMatchObject({ motivo: "direccion", fallos: 50 });
    const registro = await registroDeAuditoria(
      { id: dueno.id, rol: "ADMIN", centroId: null },
      filtrosAuditoriaSchema.parse({ ip, accion: "INGRESO_LIMITADO" }),
    );
    expect(registro.filas.map((f) => [f.evento, f.detalle])).toEqual([
      [
        "Ingreso frenado por intentos",
        "50 fallos · fallos desde esta dirección con cualquier correo: cada intento espera unos segundos",
      ],
    ]);
    expect(
      await db().limiteIntentos.findUniqueOrThrow({ where: { clave: `ingreso-ip:${ip}` } }),
    ).toMatchObject({
      intentos: 52,
    });
  }, 60_000);

  it("un cliente IPv6 que cambia de dirección dentro de su /64 sigue siendo la misma dirección", async () => {
    const email = desconocido(99);
    for (let i = 1; i <= 5; i += 1) {
      expect(await intento(email, "equivocada", `2001:db8:18:1::${i}`)).toBe("RECHAZADO");
    }
    expect(await intento(email, "equivocada", "2001:db8:18:1:ffff::1")).toBe("ESPERAR");
    expect(
      await db().limiteIntentos.findUniqueOrThrow({ where: { clave: "ingreso-ip:2001:db8:18:1::/64" } }),
    ).toMatchObject({ intentos: 5 });
    const filas = await db().auditLog.findMany({ where: { entidadId: email, accion: "INGRESO_FALLIDO" } });
    // The audit keeps each full address.
    expect(filas.map((f) => f.ip).sort()).toEqual([1, 2, 3, 4, 5].map((i) => `2001:db8:18:1::${i}`));
  });
});

describe("la demora por cuenta, desde todas las direcciones", () => {
  it("crece con los fallos de la cuenta hasta unos segundos, y con la dirección limitada es la mayor", () => {
    expect(Array.from({ length: 9 }, (_, n) => demoraPara(n, false))).toEqual([
      0, 0, 0, 500, 1_000, 2_000, 3_000, 3_000, 3_000,
    ]);
    expect(demoraPara(0, true)).toBe(3_000);
  });

  it("ocho fallos desde ocho direcciones frenan a la siguiente, pero el dueño entra: una demora, no un rechazo", async () => {
    const dueno = await cuenta();
    const fallos = await Promise.all(
      Array.from({ length: 8 }, (_, i) => intento(dueno.email, "equivocada", `198.18.1.${i + 1}`)),
    );
    expect(fallos).toEqual(Array(8).fill("RECHAZADO"));
    expect(
      await db().limiteIntentos.findUniqueOrThrow({ where: { clave: `ingreso-cuenta:${dueno.email}` } }),
    ).toMatchObject({ intentos: 8 });
    const [resultado, demora] = await cronometrar(() => intento(dueno.email, CLAVE, "198.18.1.100"));
    expect(resultado).toBe("ADMITIDO");
    expect(demora).toBeGreaterThanOrEqual(3_000);
    const limitada = await db().auditLog.findMany({
      where: { entidadId: String(dueno.id), accion: "INGRESO_LIMITADO" },
    });
    expect(limitada.map((l) => l.despues)).toEqual([
      { correo: dueno.email, metodo: "contraseña", motivo: "demora-de-cuenta", fallos: 3 },
    ]);
  }, 30_000);
});

describe("lo que se rechaza antes de contar o escribir", () => {
  it("un correo de más de 254 caracteres se rechaza sin contar el intento ni escribir en la auditoría", async () => {
    const largo = `${"a".repeat(64)}.${"b".repeat(180)}@${DOMINIO}`;
    expect(largo.length).toBeGreaterThan(254);
    const [limites, auditoria] = [await db().limiteIntentos.count(), await db().auditLog.count()];
    for (let i = 0; i < 7; i += 1) expect(await intento(largo, "equivocada", "198.18.2.1")).toBe("RECHAZADO");
    expect(await db().limiteIntentos.count()).toBe(limites);
    expect(await db().auditLog.count()).toBe(auditoria);
  });
});

/** A statement only the tables' owner may run (the application's role cannot alter a table). */
async function comoDueno(sql: string): Promise<void> {
  const cliente = new pg.Client({ connectionString: process.env.DATABASE_URL_PROPIETARIO });
  await cliente.connect();
  try {
    await cliente.query(sql);
  } finally {
    await cliente.end();
  }
}

describe("un error de la base al ingresar", () => {
  it("se registra con el id de la petición y la persona solo recibe esa referencia", async () => {
    const registro = vi.spyOn(logger, "error");
    const dueno = await cuenta();
    await comoDueno(`ALTER TABLE "LimiteIntentos" RENAME TO "LimiteIntentosFuera"`);
    let resultado: string;
    try {
      resultado = await intento(dueno.email, CLAVE, "198.18.3.1");
    } finally {
      await comoDueno(`ALTER TABLE "LimiteIntentosFuera" RENAME TO "LimiteIntentos"`);
    }
    const referencia = /^INGRESO_NO_DISPONIBLE:([0-9a-f-]{36})$/.exec(resultado)?.[1];
    expect(referencia, resultado).toBeDefined();
    expect(registro).toHaveBeenCalledTimes(1);
    const [datos, mensaje] = registro.mock.calls[0] as unknown as [{ requestId: string; err: Error }, string];
    expect(mensaje).toBe("error inesperado al ingresar con contraseña");
    expect(datos.requestId).toBe(referencia);
    expect(datos.err.message).toContain("LimiteIntentos");
    expect(await intento(dueno.email, CLAVE, "198.18.3.1")).toBe("ADMITIDO");
  });

  it("con la cuenta institucional, la persona va a la página que lo explica con la referencia", async () => {
    const registro = vi.spyOn(logger, "error");
    const entorno = {
      ENTRA_ISSUER: "http://127.0.0.1:9/emisor-de-prueba",
      ENTRA_CLIENT_ID: "cliente-de-prueba",
      ENTRA_CLIENT_SECRET: "secreto-de-prueba",
      ENTRA_TENANT_ID: "6f1c2a3b-0000-4000-8000-00000000d004",
    };
    Object.assign(process.env, entorno);
    const dueno = await cuenta();
    const signIn = opcionesDeAutenticacion({ ip: "198.18.3.2", userAgent: null }).callbacks!.signIn!;
    await comoDueno(`ALTER TABLE "LimiteIntentos" RENAME TO "LimiteIntentosFuera"`);
    let destino: unknown;
    try {
      destino = await signIn({
        user: { id: "x" },
        account: { provider: "entra-id", type: "oauth", providerAccountId: "x" },
        profile: { tid: entorno.ENTRA_TENANT_ID, oid: "oid-error", email: dueno.email, email_verified: true },
      } as never);
    } finally {
      await comoDueno(`ALTER TABLE "LimiteIntentosFuera" RENAME TO "LimiteIntentos"`);
      for (const clave of Object.keys(entorno)) delete process.env[clave];
    }
    const referencia = /^\/login\/institucional\?motivo=no-disponible&referencia=([0-9a-f-]{36})$/.exec(
      String(destino),
    )?.[1];
    expect(referencia, String(destino)).toBeDefined();
    const [datos] = registro.mock.calls[0] as unknown as [{ requestId: string; err: Error }];
    expect(datos.requestId).toBe(referencia);
    expect(datos.err.message).toContain("LimiteIntentos");
  });
});

describe("el ingreso hace el mismo trabajo para toda cuenta", () => {
  it("un correo desconocido, una cuenta desactivada, una contraseña temporal y una elegida verifican lo mismo", async () => {
    const temporal = await cuenta({ passwordHash: await cifrarClaveTemporal(CLAVE), debeCambiarClave: true });
    const elegida = await cuenta();
    const desactivada = await cuenta({ activo: false });
    const casos: [string, string, string][] = [
      ["correo desconocido", desconocido(200), CLAVE],
      ["cuenta desactivada", desactivada.email, CLAVE],
      ["temporal equivocada", temporal.email, "equivocada"],
      ["temporal correcta", temporal.email, CLAVE],
      ["elegida equivocada", elegida.email, "equivocada"],
      ["elegida correcta", elegida.email, CLAVE],
    ];
    const trabajo: Record<string, string[]> = {};
    for (const [caso, email, clave] of casos) {
      verificaciones.costos = [];
      await intento(email, clave, `198.18.4.${Object.keys(trabajo).length + 1}`);
      trabajo[caso] = [...verificaciones.costos].sort();
    }
    const una = ["19456/2", "4096/1"];
    expect(trabajo).toEqual(Object.fromEntries(casos.map(([caso]) => [caso, una])));
  });
});

describe("las cuentas de demostración en un despliegue", () => {
  it("no ingresan con DESPLIEGUE=produccion aunque la contraseña sea la correcta", async () => {
    const demo = await cuenta({ email: `demo.${Date.now()}@sena.demo` });
    process.env.DESPLIEGUE = "produccion";
    expect(await intento(demo.email, CLAVE, "198.18.5.1")).toBe("RECHAZADO");
    const [rechazo] = await db().auditLog.findMany({
      where: { entidadId: String(demo.id), accion: "INGRESO_FALLIDO" },
    });
    expect(rechazo?.despues).toEqual({
      correo: demo.email,
      metodo: "contraseña",
      motivo: "cuenta de demostración en un despliegue",
    });
    delete process.env.DESPLIEGUE;
    expect(await intento(demo.email, CLAVE, "198.18.5.1")).toBe("ADMITIDO");
  });
});
