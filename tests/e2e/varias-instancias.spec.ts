// Two instances of the application on the same database, as behind a load balancer: the tests' one
// (A) and another one this test starts (B), with the same session secret. Nothing one of them does
// may stay only in its memory (decisión 0014 and following).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { RAIZ_DEL_PROYECTO } from "../../scripts/estado-de-compilacion";
import { Navegador } from "../../scripts/navegador";
import { leerCsv } from "../../src/lib/csv";
import { iniciarInstancia, type Instancia } from "../helpers/instancia";
import { puertoLibre } from "../helpers/servidor-pruebas";
import type { Page } from "@playwright/test";
import { expect, ingresarConFormulario, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

let b: Instancia | undefined;
const databaseUrl = () => {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) {
    throw new Error(
      "Esta prueba inicia una segunda instancia sobre la base de las pruebas e2e, y esa base no se " +
        "conoce cuando se reutiliza un servidor ya en marcha: deténgalo y vuelva a correr las pruebas.",
    );
  }
  return url;
};

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(180_000);
  b = await iniciarInstancia({
    databaseUrl: databaseUrl(),
    puerto: await puertoLibre(),
    registro: testInfo.outputPath("servidor-b.log"),
    secreto: process.env.E2E_NEXTAUTH_SECRET,
  });
});

test.afterAll(async () => {
  await b?.detener();
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function fila(page: Page, reporte: string, periodo: string) {
  return page.getByTestId("obligacion").filter({ hasText: reporte }).filter({ hasText: periodo });
}

test("un archivo subido por una instancia se descarga por la otra, idéntico", async ({ page }) => {
  await ingresarConFormulario(page, "SUBDIRECTOR");
  await fila(page, "Trazabilidad de ventas (DEF)", "Trimestre 3 de 2026").getByRole("link").click();
  await page.waitForURL(/\/reportes\/\d+$/);
  const acta = new Uint8Array(await readFile(new URL("../fixtures/acta.pdf", import.meta.url)));
  await page.getByLabel("Soporte en PDF").setInputFiles({
    name: "soporte varias instancias.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(acta),
  });
  await page.getByRole("button", { name: "Adjuntar archivo" }).click();
  const adjunto = page
    .getByRole("list", { name: "Archivos adjuntos" })
    .getByRole("link", { name: /soporte varias instancias\.pdf/ });
  await expect(adjunto).toBeVisible();
  const ruta = new URL((await adjunto.getAttribute("href"))!, page.url()).pathname;
  expect(ruta).toMatch(/^\/api\/evidencias\/\d+$/);

  // The session cookie is the browser's for localhost, whatever the port: B accepts A's session.
  const enB = await page.request.get(`${b!.url}${ruta}`);
  expect(enB.status()).toBe(200);
  expect(enB.headers()["content-type"]).toBe("application/pdf");
  expect(sha256(await enB.body())).toBe(sha256(acta));

  // And it can be removed through B; A no longer serves it.
  await page.goto(`${b!.url}${new URL(page.url()).pathname}`);
  page.once("dialog", (dialogo) => void dialogo.accept());
  await page
    .getByRole("listitem")
    .filter({ hasText: "soporte varias instancias.pdf" })
    .getByRole("button", { name: "Eliminar" })
    .click();
  await expect(page.getByRole("link", { name: /soporte varias instancias\.pdf/ })).toHaveCount(0);
  expect((await page.request.get(ruta)).status()).toBe(404);
});

test("un ingreso limitado en una instancia también lo está en la otra", async ({ baseURL }) => {
  const correo = `varias.instancias.${Date.now()}@sena.invalid`;
  const enA = new Navegador(baseURL!);
  const errores: (string | null)[] = [];
  for (let i = 0; i < 5; i += 1) errores.push(await enA.ingresar({ correo, clave: "equivocada" }));
  expect(errores).toEqual(Array(5).fill("CredentialsSignin"));
  const enB = new Navegador(b!.url);
  expect(await enB.ingresar({ correo, clave: "equivocada" })).toMatch(/^DEMASIADOS_INTENTOS/);
});

test("lo que se guarda por una instancia aparece en el tablero de la otra", async ({ page }) => {
  const exportar = `${b!.url}/api/tableros/exportar?panel=recaudo&tabla=recaudo-por-semestre&formato=csv&vigencia=2026`;
  const metaEnB = async () => {
    const lectura = leerCsv(await (await page.request.get(exportar)).text(), ["semestre", "meta_cop"]);
    if (!lectura.ok) throw new Error(lectura.error);
    const fila = lectura.filas.find((f) => /1/.test(f.valores.semestre!) && /2026/.test(f.valores.semestre!));
    expect(fila, `sin el semestre 1 de 2026 en ${JSON.stringify(lectura.filas)}`).toBeDefined();
    return BigInt(fila!.valores.meta_cop!.replace(/\D/g, "") || "0");
  };
  await ingresarConFormulario(page, "COORDINADOR");
  const antes = await metaEnB();

  await page.goto("/metas?vigencia=2026");
  const semestre = page.getByRole("region", { name: "Semestre 1 de 2026" });
  const amazonas = semestre.getByLabel("Amazonas", { exact: true });
  await expect(amazonas).not.toHaveValue("");
  const original = await amazonas.inputValue();
  const guardar = semestre.getByRole("button", { name: "Guardar metas del semestre 1 de 2026" });
  try {
    const nuevo = BigInt(original.replace(/\D/g, "") || "0") + 7_000_000n;
    await amazonas.fill(nuevo.toString());
    await guardar.click();
    await expect(semestre.getByText(/^Metas del semestre 1 de 2026 guardadas/)).toBeVisible();
    expect(await metaEnB()).toBe(antes + 7_000_000n);
  } finally {
    await page.reload();
    // The form fills its inputs once hydrated: typing before that would be overwritten.
    await expect(amazonas).not.toHaveValue("");
    await amazonas.fill(original);
    await guardar.click();
    await expect(semestre.getByText(/^Metas del semestre 1 de 2026 guardadas/)).toBeVisible();
  }
  expect(await metaEnB()).toBe(antes);
});

test("una pasada de recordatorios lanzada a la vez desde dos procesos entrega cada mensaje una vez", async () => {
  test.setTimeout(120_000);
  const fecha = "2026-10-10";
  const consulta = async <T extends pg.QueryResultRow>(sql: string) => {
    const client = new pg.Client({ connectionString: databaseUrl() });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  };
  const contar = async () =>
    (await consulta<{ n: number }>(`SELECT count(*)::int AS n FROM "Recordatorio"`))[0]!.n;
  const antes = await contar();
  const pasada = () =>
    new Promise<string>((resolve, reject) => {
      const hijo = spawn(
        path.join(RAIZ_DEL_PROYECTO, "node_modules", ".bin", "tsx"),
        ["--conditions=react-server", "scripts/recordatorios.ts", "--fecha", fecha],
        {
          cwd: RAIZ_DEL_PROYECTO,
          env: { ...process.env, DATABASE_URL: databaseUrl() },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let salida = "";
      hijo.stdout.on("data", (d: Buffer) => (salida += d.toString("utf8")));
      hijo.stderr.on("data", (d: Buffer) => (salida += d.toString("utf8")));
      hijo.once("error", reject);
      hijo.once("exit", (code) => (code === 0 ? resolve(salida) : reject(new Error(salida))));
    });
  const salidas = await Promise.all([pasada(), pasada()]);
  const entregadas = salidas.map((s) => Number(/Notificaciones creadas: (\d+)/.exec(s)?.[1] ?? "0"));
  const nuevas = (await contar()) - antes;
  expect(nuevas, salidas.join("\n")).toBeGreaterThan(0);
  expect(entregadas[0]! + entregadas[1]!, salidas.join("\n")).toBe(nuevas);
  const repetidas = await consulta(
    `SELECT "notificacionId", count(*)::int AS n FROM "Correo" WHERE "notificacionId" IS NOT NULL
      GROUP BY 1 HAVING count(*) > 1`,
  );
  expect(repetidas).toEqual([]);
  expect(await pasada()).toContain("Nada nuevo");
});
