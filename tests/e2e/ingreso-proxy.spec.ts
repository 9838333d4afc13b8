// An instance of the application behind a declared proxy (TRUST_PROXY=127.0.0.9), reached from
// several addresses of this machine (all of 127.0.0.0/8 is loopback): only the proxy's
// X-Forwarded-For is believed, and a guesser who forges it still gets five checks of the password.
import pg from "pg";
import { Navegador } from "../../scripts/navegador";
import { cifrarClave } from "../../src/server/claves";
import { iniciarInstancia, type Instancia } from "../helpers/instancia";
import { puertoLibre } from "../helpers/servidor-pruebas";
import { expect, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

const MARCA = Date.now();
const ADMIN = { correo: `admin.proxy.${MARCA}@sena-e2e.test`, clave: `Frase del proxy ${MARCA}` };
const CONSULTA = { correo: `consulta.proxy.${MARCA}@sena-e2e.test`, clave: `Otra frase del proxy ${MARCA}` };
let app: Instancia | undefined;

const databaseUrl = () => {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) {
    throw new Error(
      "Esta prueba inicia otra instancia sobre la base de las pruebas e2e, y esa base no se conoce " +
        "cuando se reutiliza un servidor ya en marcha: deténgalo y vuelva a correr las pruebas.",
    );
  }
  return url;
};

async function consultar<T extends pg.QueryResultRow>(sql: string, valores: unknown[] = []) {
  const cliente = new pg.Client({ connectionString: databaseUrl() });
  await cliente.connect();
  try {
    return (await cliente.query<T>(sql, valores)).rows;
  } finally {
    await cliente.end();
  }
}

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(180_000);
  for (const [cuenta, rol] of [
    [ADMIN, "ADMIN"],
    [CONSULTA, "CONSULTA"],
  ] as const) {
    await consultar(
      `INSERT INTO "User" (email, nombre, "passwordHash", rol, "updatedAt") VALUES ($1, $2, $3, $4, now())`,
      [cuenta.correo, `Proxy ${rol}`, await cifrarClave(cuenta.clave), rol],
    );
  }
  app = await iniciarInstancia({
    databaseUrl: databaseUrl(),
    puerto: await puertoLibre(),
    registro: testInfo.outputPath("servidor-proxy.log"),
    // Only this: entornoDeInstancia already starts from this process's environment.
    env: { TRUST_PROXY: "127.0.0.9" } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv,
  });
});

test.afterAll(async () => {
  await app?.detener();
});

test("40 contraseñas equivocadas con un X-Forwarded-For nuevo cada vez: se comprueban 5, y el administrador entra desde otra dirección", async () => {
  test.setTimeout(120_000);
  const errores: (string | null)[] = [];
  for (let i = 0; i < 40; i += 1) {
    errores.push(
      await new Navegador(app!.url, "127.0.0.2").ingresar(
        { correo: ADMIN.correo, clave: `equivocada-${i}` },
        { "x-forwarded-for": `198.51.100.${i + 1}` },
      ),
    );
  }
  expect(errores.slice(0, 5)).toEqual(Array(5).fill("CredentialsSignin"));
  expect(errores.slice(5).every((e) => /^DEMASIADOS_INTENTOS:\d+$/.test(e ?? ""))).toBe(true);
  const fallidos = await consultar<{ ip: string; n: number }>(
    `SELECT ip, count(*)::int AS n FROM "AuditLog" WHERE accion = 'INGRESO_FALLIDO' AND despues->>'correo' = $1 GROUP BY ip`,
    [ADMIN.correo],
  );
  expect(fallidos).toEqual([{ ip: "127.0.0.2", n: 5 }]);

  const dueno = new Navegador(app!.url, "127.0.0.3");
  expect(await dueno.ingresar(ADMIN)).toBeNull();
  expect((await dueno.pedir("/admin/auditoria")).status).toBe(200);
});

test("desde el proxy declarado vale la dirección que reenvía, y la auditoría la guarda", async () => {
  const porElProxy = new Navegador(app!.url, "127.0.0.9");
  expect(await porElProxy.ingresar(CONSULTA, { "x-forwarded-for": "6.6.6.6, 203.0.113.77" })).toBeNull();
  const [ingreso] = await consultar<{ ip: string }>(
    `SELECT ip FROM "AuditLog" WHERE accion = 'INGRESO' AND despues->>'correo' = $1`,
    [CONSULTA.correo],
  );
  expect(ingreso).toEqual({ ip: "203.0.113.77" });
});
