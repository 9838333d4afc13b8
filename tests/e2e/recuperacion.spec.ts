// The application facing an external database that goes down and comes back, and facing SIGTERM.
// Runs its own instance (scripts/servidor.ts, as npm start does) on a PostgreSQL that the test stops
// and starts again on the same port.
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { iniciarPostgresEmbebido, type EmbeddedPostgres } from "../../scripts/embedded-postgres";
import { prepararBase } from "../../scripts/db/preparar";
import { seedDatabase } from "../../prisma/seed/index";
import { iniciarInstancia, type Instancia } from "../helpers/instancia";
import { puertoLibre } from "../helpers/servidor-pruebas";
import { cuentasDemo, expect, ingresarConFormulario, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

const carpeta = path.join(tmpdir(), `plan-e2e-recuperacion-${randomBytes(4).toString("hex")}`);
const opcionesBase = { dataDir: path.join(carpeta, "postgres"), database: "recuperacion", log: () => {} };
let puertoBase: number;
let base: EmbeddedPostgres | undefined;
let app: Instancia | undefined;

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(240_000);
  puertoBase = await puertoLibre();
  base = await iniciarPostgresEmbebido({ ...opcionesBase, port: puertoBase });
  await prepararBase(base.urlPropietario);
  await seedDatabase(base.url, { demo: true });
  app = await iniciarInstancia({
    databaseUrl: base.url,
    puerto: await puertoLibre(),
    registro: testInfo.outputPath("servidor-recuperacion.log"),
  });
});

test.afterAll(async () => {
  await app?.detener();
  await base?.stop();
  rmSync(carpeta, { recursive: true, force: true });
});

test("con la base caída responde al instante una página 503 en español; cuando vuelve, atiende sin reiniciarse", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await ingresarConFormulario(page, "COORDINADOR", app!.url);
  await page.goto(`${app!.url}/tableros`);
  await expect(page.getByRole("heading", { level: 1, name: "Tablero nacional" })).toBeVisible();

  await base!.stop();
  await expect
    .poll(async () => (await page.goto(`${app!.url}/tableros`))?.status(), { timeout: 20_000 })
    .toBe(503);
  await expect(
    page.getByRole("heading", { name: "El servicio no está disponible por un momento" }),
  ).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("Esta página se vuelve a intentar sola");
  await expect(page.locator("body")).not.toContainText(/ECONNREFUSED|Prisma|stack|at \w+ \(/);
  const salud = await fetch(`${app!.url}/api/health`);
  expect(salud.status).toBe(503);
  expect(await salud.json()).toMatchObject({ app: "ok", database: "error" });
  const api = await fetch(`${app!.url}/api/notificaciones`);
  expect(api.status).toBe(503);
  expect(api.headers.get("retry-after")).toBe("5");
  expect(await api.json()).toEqual({
    error: "El servicio no está disponible por un momento: la base de datos no responde. Intente de nuevo.",
  });

  base = await iniciarPostgresEmbebido({ ...opcionesBase, port: puertoBase });
  // The 503 page reloads itself: the dashboard comes back in the same tab, same session.
  await expect(page.getByRole("heading", { level: 1, name: "Tablero nacional" })).toBeVisible({
    timeout: 30_000,
  });
  expect(new URL(page.url()).pathname).toBe("/tableros");
  expect(app!.proceso.exitCode).toBeNull();
  const registro = readFileSync(app!.registro, "utf8");
  expect(registro).toMatch(/La base de datos no responde \(.+\): se atiende con 503 hasta que vuelva\./);
  expect(registro).toContain("La base de datos responde otra vez: la aplicación vuelve a atender.");
});

test("SIGTERM: termina la petición en curso, ya no acepta otras y sale con 0", async ({ page }) => {
  test.setTimeout(60_000);
  // The login audits in the database; holding the audit chain's lock keeps that request in flight.
  const candado = new pg.Client({ connectionString: base!.url });
  await candado.connect();
  try {
    await candado.query("BEGIN");
    await candado.query(`SELECT pg_advisory_xact_lock(hashtext('AuditLog.cadena'))`);
    const { email, password } = cuentasDemo.SUBDIRECTOR;
    await page.goto(`${app!.url}/login`);
    await page.getByLabel("Correo electrónico", { exact: true }).fill(email);
    await page.getByLabel("Contraseña", { exact: true }).fill(password);
    const respuesta = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Ingresar", exact: true }).click();
    await expect
      .poll(
        async () =>
          (
            await candado.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event = 'advisory'`,
            )
          ).rows[0]!.n,
        { timeout: 15_000 },
      )
      .toBe(1);

    app!.proceso.kill("SIGTERM");
    // A new connection (not one the test process keeps alive) must be refused.
    const conexionNueva = () =>
      new Promise<string>((resolve) => {
        const socket = net.connect({ port: Number(new URL(app!.url).port), host: "127.0.0.1" });
        socket.once("connect", () => {
          socket.destroy();
          resolve("aceptada");
        });
        socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      });
    await expect.poll(conexionNueva, { timeout: 5_000 }).toBe("ECONNREFUSED");
    expect(app!.proceso.exitCode, "salió sin terminar la petición en curso").toBeNull();

    await candado.query("ROLLBACK");
    const ingreso = await respuesta;
    expect(ingreso.status()).toBe(200);
    expect((await page.context().cookies()).map((c) => c.name)).toContain("next-auth.session-token");
    expect(await app!.salida).toBe(0);
  } finally {
    await candado.end();
  }
});
