import { readFile } from "node:fs/promises";
import { readSheet } from "read-excel-file/node";
import { expect, test } from "./fixtures";

// The demo data has this report ENVIADO; no other spec touches the centros of Distrito Capital.
const CENTRO = "Distrito Capital 14";
const PERIODO = "Trimestre 3 de 2026";
const COMENTARIO = "El total facturado con DEF no coincide con el reporte del sistema de producción.";

test("el coordinador filtra la cola, abre un reporte y lo devuelve con un comentario obligatorio", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("COORDINADOR");
  await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Revisión" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Revisión" })).toBeVisible();

  const filtros = page.getByRole("search", { name: "Filtros de la cola de revisión" });
  await filtros.getByLabel("Vigencia").selectOption("2026");
  await filtros.getByLabel("Tipo de reporte").selectOption({ label: "Trazabilidad de ventas (DEF)" });
  await filtros.getByLabel("Regional").selectOption({ label: "Distrito Capital" });
  await filtros.getByRole("button", { name: "Filtrar" }).click();
  await expect(page).toHaveURL(/tipo=TRAZABILIDAD_VENTAS/);
  const filas = page.getByTestId("fila-revision");
  await expect(filas.first()).toBeVisible();
  for (const texto of await filas.allInnerTexts()) {
    expect(texto).toContain("Trazabilidad de ventas (DEF)");
    expect(texto).toContain("Distrito Capital");
  }
  const cola = page.url();

  await filas.filter({ hasText: CENTRO }).filter({ hasText: PERIODO }).getByRole("link").click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Trazabilidad de ventas (DEF) · ${PERIODO}` }),
  ).toBeVisible();

  const panel = page.getByRole("region", { name: "Revisión" });
  const comentario = panel.getByLabel("Comentario para el responsable");
  await panel.getByRole("button", { name: "Devolver reporte" }).click();
  await expect(comentario).toHaveAttribute("aria-invalid", "true");
  await expect(comentario).toHaveAccessibleDescription(/Escriba el comentario para el responsable\./);
  await expect(comentario).toBeFocused();

  await comentario.fill(COMENTARIO);
  await panel.getByRole("button", { name: "Devolver reporte" }).click();
  await expect(panel.getByRole("status")).toHaveText(/Reporte devuelto/);
  const estado = page.getByRole("region", { name: "Estado del reporte" });
  await expect(estado.getByText("Devuelto", { exact: true })).toBeVisible();
  await expect(estado).toContainText(COMENTARIO);

  await page.goto(cola);
  await expect(
    page.getByTestId("fila-revision").filter({ hasText: CENTRO }).filter({ hasText: PERIODO }),
  ).toHaveCount(0);
});

test("en un teléfono la cola se lee como tarjetas", async ({ ingresarComo }) => {
  const page = await ingresarComo("COORDINADOR");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/revision?vigencia=2026&tipo=COMITE_PRECIOS");
  await expect(page.getByRole("table")).toBeHidden();
  const tarjeta = page.getByRole("listitem").filter({ hasText: "Acta del comité de precios · Año 2026" });
  await expect(tarjeta.first()).toBeVisible();
  await expect(tarjeta.first().getByRole("link", { name: /Revisar/ })).toBeVisible();
  const anchoDocumento = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(anchoDocumento).toBeLessThanOrEqual(390);
});

for (const role of ["SUBDIRECTOR", "CONSULTA"] as const) {
  test(`el rol ${role} no tiene cola de revisión`, async ({ ingresarComo }) => {
    const page = await ingresarComo(role);
    await expect(
      page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Revisión" }),
    ).toHaveCount(0);
    const respuesta = await page.goto("/revision");
    expect(respuesta?.status()).toBe(404);
  });
}

test("el coordinador descarga la cola filtrada en Excel: las mismas filas, en el mismo orden", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("COORDINADOR");
  await page.goto("/revision");
  const filtros = page.getByRole("search", { name: "Filtros de la cola de revisión" });
  await filtros.getByLabel("Vigencia").selectOption("2026");
  await filtros.getByLabel("Regional").selectOption({ label: "Antioquia" });
  await filtros.getByRole("button", { name: "Filtrar" }).click();
  await expect(page).toHaveURL(/regional=\d+/);
  const enlaces = await page
    .getByTestId("fila-revision")
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(enlaces.length).toBeGreaterThan(0);
  const [descarga] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /Descargar Excel/ }).click(),
  ]);
  expect(descarga.suggestedFilename()).toMatch(/^cola-de-revision-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const filas = await readSheet(await readFile((await descarga.path())!));
  const enlace = filas[0]!.indexOf("Enlace");
  expect(filas[0]).toContain("Regional");
  const regional = filas[0]!.indexOf("Regional");
  // Every page of the queue: the first page on screen is its beginning.
  expect(filas.length - 1).toBeGreaterThanOrEqual(enlaces.length);
  expect(filas.slice(1, enlaces.length + 1).map((f) => f[enlace])).toEqual(enlaces);
  for (const fila of filas.slice(1)) expect(fila[regional]).toBe("Antioquia");
});
