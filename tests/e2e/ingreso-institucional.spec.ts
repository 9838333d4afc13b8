// Sign-in with the institutional account end to end: a real OpenID Connect provider on this
// machine (oidc-provider, tests/helpers/proveedor-oidc.ts) and an instance of the application
// configured for it with ENTRA_ISSUER, on the tests' database. The instance the other tests use is
// not configured: there the button does not appear.
import pg from "pg";
import { regresosSinStateNoCuentan } from "../../scripts/seguridad/sondas-ingreso";
import { iniciarInstancia, type Instancia } from "../helpers/instancia";
import { iniciarProveedorOidc, type ProveedorOidc } from "../helpers/proveedor-oidc";
import { puertoLibre } from "../helpers/servidor-pruebas";
import type { Page } from "@playwright/test";
import { expect, ingresarConFormulario, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

const INQUILINO = "5e2a0c1d-0000-4000-8000-0000000e2e01";
const MARCA = Date.now();
const ANA = { correo: `ana.${MARCA}@sena-e2e.test`, nombre: `Ana Institucional ${MARCA}` };
const BRUNO = { correo: `bruno.${MARCA}@sena-e2e.test`, nombre: `Bruno Institucional ${MARCA}` };
const CARLA = { correo: `carla.${MARCA}@sena-e2e.test`, nombre: `Carla Desactivada ${MARCA}` };

let app: Instancia | undefined;
let proveedor: ProveedorOidc | undefined;
const ids: Record<string, number> = {};

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
  const puerto = await puertoLibre();
  proveedor = await iniciarProveedorOidc({
    redirecciones: [`http://localhost:${puerto}/api/auth/callback/entra-id`],
  });
  for (const [clave, p, activo] of [
    ["ana", ANA, true],
    ["bruno", BRUNO, true],
    ["carla", CARLA, false],
  ] as const) {
    const [fila] = await consultar<{ id: number }>(
      `INSERT INTO "User" (email, nombre, "passwordHash", rol, activo, "updatedAt")
       VALUES ($1, $2, 'sin-contraseña', 'CONSULTA', $3, now()) RETURNING id`,
      [p.correo, p.nombre, activo],
    );
    ids[clave] = fila!.id;
    proveedor.cuentas.set(clave, {
      oid: `oid-${clave}-${MARCA}`,
      tid: INQUILINO,
      email: p.correo,
      email_verified: true,
      name: p.nombre,
    });
  }
  proveedor.cuentas.set("desconocida", {
    oid: `oid-desconocida-${MARCA}`,
    tid: INQUILINO,
    email: `desconocida.${MARCA}@sena-e2e.test`,
    email_verified: true,
  });
  app = await iniciarInstancia({
    databaseUrl: databaseUrl(),
    puerto,
    registro: testInfo.outputPath("servidor-institucional.log"),
    secreto: process.env.E2E_NEXTAUTH_SECRET,
    // Only these: entornoDeInstancia already starts from this process's environment.
    env: {
      ENTRA_ISSUER: proveedor.emisor,
      ENTRA_TENANT_ID: INQUILINO,
      ENTRA_CLIENT_ID: proveedor.clientId,
      ENTRA_CLIENT_SECRET: proveedor.clientSecret,
    } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv,
  });
});

test.afterAll(async () => {
  await app?.detener();
  await proveedor?.detener();
});

/**
 * From /login through the provider's login page, as the directory's `cuenta`. A browser with a
 * session at the provider would go back as that one without asking: each sign-in starts afresh.
 */
async function ingresarComo(page: Page, cuenta: string) {
  await abrirProveedor(page);
  await elegirCuenta(page, cuenta);
}

async function abrirProveedor(page: Page) {
  await page.context().clearCookies();
  await page.goto(`${app!.url}/login`);
  await page.getByRole("button", { name: "Ingresar con la cuenta institucional" }).click();
  await page.waitForURL((url) => url.origin === proveedor!.emisor);
}

async function elegirCuenta(page: Page, cuenta: string) {
  await page.getByLabel("Cuenta del directorio").fill(cuenta);
  await page.getByRole("button", { name: "Continuar" }).click();
}

test("sin configuración el botón no aparece; configurado, sí", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Ingrese con su cuenta" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ingresar con la cuenta institucional" })).toHaveCount(0);
  await page.goto(`${app!.url}/login`);
  await expect(page.getByRole("button", { name: "Ingresar con la cuenta institucional" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ingresar", exact: true })).toBeVisible();
});

test("el primer ingreso vincula la cuenta y el segundo usa el vínculo", async ({ page, browser }) => {
  await ingresarComo(page, "ana");
  await page.waitForURL(`${app!.url}/obligaciones`);
  await expect(page.getByText(ANA.nombre)).toBeVisible();
  const vinculos = await consultar<{ sujeto: string; inquilino: string; correo: string }>(
    `SELECT sujeto, inquilino, correo FROM "IdentidadInstitucional" WHERE "usuarioId" = $1`,
    [ids.ana],
  );
  expect(vinculos).toEqual([{ sujeto: `oid-ana-${MARCA}`, inquilino: INQUILINO, correo: ANA.correo }]);

  const otro = await browser.newContext();
  try {
    const segunda = await otro.newPage();
    await ingresarComo(segunda, "ana");
    await segunda.waitForURL(`${app!.url}/obligaciones`);
    await expect(segunda.getByText(ANA.nombre)).toBeVisible();
  } finally {
    await otro.close();
  }
  const eventos = await consultar<{ accion: string; metodo: string }>(
    `SELECT accion, despues->>'metodo' AS metodo FROM "AuditLog"
      WHERE "entidadId" = $1 AND accion IN ('INGRESO', 'VINCULAR_IDENTIDAD') ORDER BY id`,
    [String(ids.ana)],
  );
  expect(eventos).toEqual([
    { accion: "VINCULAR_IDENTIDAD", metodo: null },
    { accion: "INGRESO", metodo: "cuenta institucional" },
    { accion: "INGRESO", metodo: "cuenta institucional" },
  ]);
});

test("un correo cambiado en el proveedor sigue entrando a la cuenta vinculada, no a la del correo", async ({
  page,
}) => {
  proveedor!.cuentas.get("ana")!.email = BRUNO.correo;
  try {
    await ingresarComo(page, "ana");
    await page.waitForURL(`${app!.url}/obligaciones`);
    await expect(page.getByText(ANA.nombre)).toBeVisible();
    await expect(page.getByText(BRUNO.nombre)).toHaveCount(0);
  } finally {
    proveedor!.cuentas.get("ana")!.email = ANA.correo;
  }
});

test("un correo sin cuenta y una cuenta desactivada se rechazan con su explicación", async ({ page }) => {
  await ingresarComo(page, "desconocida");
  await page.waitForURL(`${app!.url}/login/institucional?motivo=no-habilitada`);
  await expect(
    page.getByRole("heading", { name: "Su cuenta institucional no está habilitada en esta aplicación" }),
  ).toBeVisible();
  await expect(
    page.getByText(/pida al administrador de la aplicación en el Grupo de Recaudo y Cartera/),
  ).toBeVisible();
  const creadas = await consultar(`SELECT id FROM "User" WHERE email = $1`, [
    `desconocida.${MARCA}@sena-e2e.test`,
  ]);
  expect(creadas).toEqual([]);

  await ingresarComo(page, "carla");
  await page.waitForURL(`${app!.url}/login/institucional?motivo=desactivada`);
  await expect(page.getByRole("heading", { name: "Su cuenta está desactivada" })).toBeVisible();
  await page.goto(`${app!.url}/obligaciones`);
  await page.waitForURL((url) => url.pathname === "/login");
});

test("un state o un nonce de otro intento se rechazan y no abren sesión", async ({ page, browser }) => {
  for (const cookie of ["next-auth.state", "next-auth.nonce"]) {
    // Another sign-in, begun in another browser, leaves its own state and nonce cookies.
    const otro = await browser.newContext();
    const ajena = await (async () => {
      try {
        await abrirProveedor(await otro.newPage());
        return (await otro.cookies(app!.url)).find((c) => c.name === cookie)?.value;
      } finally {
        await otro.close();
      }
    })();
    expect(ajena).toBeTruthy();
    await abrirProveedor(page);
    const propia = (await page.context().cookies(app!.url)).find((c) => c.name === cookie)?.value;
    expect(propia).toBeTruthy();
    expect(propia).not.toBe(ajena);
    await page.context().addCookies([{ name: cookie, value: ajena!, url: `${app!.url}/` }]);
    await elegirCuenta(page, "bruno");
    await page.waitForURL(
      (url) => url.pathname === "/login" && url.searchParams.get("error") === "OAuthCallback",
    );
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: "No fue posible completar el ingreso con la cuenta institucional" }),
    ).toBeVisible();
    await page.goto(`${app!.url}/obligaciones`);
    await page.waitForURL((url) => url.pathname === "/login");
  }
  const vinculos = await consultar(`SELECT id FROM "IdentidadInstitucional" WHERE "usuarioId" = $1`, [
    ids.bruno,
  ]);
  expect(vinculos).toEqual([]); // Both refusals were counted and audited by the application, with what next-auth said.
  const rechazos = await consultar<{ error: string }>(
    `SELECT despues->>'error' AS error FROM "AuditLog"
      WHERE accion = 'INGRESO_FALLIDO' AND despues->>'motivo' = 'respuesta-rechazada' ORDER BY id`,
  );
  expect(rechazos).toEqual([{ error: "OAuthCallback" }, { error: "OAuthCallback" }]);
});

test("el administrador ve el vínculo y lo quita", async ({ page }) => {
  await ingresarConFormulario(page, "ADMIN", app!.url);
  await page.goto(`${app!.url}/admin/usuarios/${ids.ana}`);
  const seccion = page.getByRole("region", { name: "Cuenta institucional" });
  await expect(seccion.getByText(`oid-ana-${MARCA}`)).toBeVisible();
  await expect(seccion.getByText(INQUILINO)).toBeVisible();
  await seccion.getByRole("button", { name: "Desvincular la cuenta institucional" }).click();
  await seccion.getByRole("button", { name: "Sí, desvincular" }).click();
  await expect(seccion.getByText(/^Sin vincular/)).toBeVisible();
  expect(
    await consultar(`SELECT id FROM "IdentidadInstitucional" WHERE "usuarioId" = $1`, [ids.ana]),
  ).toEqual([]);
  const [evento] = await consultar<{ antes: { sujeto: string } }>(
    `SELECT antes FROM "AuditLog" WHERE accion = 'DESVINCULAR_IDENTIDAD' AND "entidadId" = $1`,
    [String(ids.ana)],
  );
  expect(evento?.antes.sujeto).toBe(`oid-ana-${MARCA}`);

  await page.goto(`${app!.url}/admin/ingreso`);
  await expect(
    page.getByText("Configurada: /login ofrece «Ingresar con la cuenta institucional»"),
  ).toBeVisible();
});

test("los regresos sin cookie de state (los que otra página puede provocar) no gastan los fallos de la dirección", async () => {
  const r = await regresosSinStateNoCuentan(app!.url);
  expect(r.ok, r.detalle).toBe(true);
});
