import type { Page } from "@playwright/test";
import { expect, ingresarConFormulario, test } from "./fixtures";

function fila(page: Page, reporte: string, periodo: string) {
  return page.getByTestId("obligacion").filter({ hasText: reporte }).filter({ hasText: periodo });
}

test.describe("Mis obligaciones según el rol", () => {
  test("el subdirector ve las de su centro, con el reporte devuelto y el acta pendiente", async ({
    ingresarComo,
  }) => {
    const page = await ingresarComo("SUBDIRECTOR");
    await expect(page.getByRole("heading", { name: "Mis obligaciones" })).toBeVisible();
    await expect(page.getByText(/Antioquia 1 · Plan de Acción 2026/)).toBeVisible();

    await expect(fila(page, "Trazabilidad de ventas (DEF)", "Trimestre 1 de 2026")).toContainText("Aprobado");
    await expect(fila(page, "Trazabilidad de ventas (DEF)", "Trimestre 2 de 2026")).toContainText("Devuelto");
    await expect(fila(page, "Trazabilidad de ventas (DEF)", "Trimestre 3 de 2026")).toContainText("Borrador");
    const acta = fila(page, "Acta del comité de precios", "Año 2026");
    await expect(acta).toContainText("Pendiente");
    await expect(acta).toContainText(/Quedan \d+ días/);
    await expect(page.getByTestId("obligacion").filter({ hasText: "Informe de recaudo" })).toHaveCount(0);

    await fila(page, "Trazabilidad de ventas (DEF)", "Trimestre 2 de 2026").getByRole("link").click();
    await expect(
      page.getByRole("heading", { name: /Trazabilidad de ventas \(DEF\) · Trimestre 2 de 2026/ }),
    ).toBeVisible();
    await expect(page.getByText("Comentario de la revisión")).toBeVisible();
  });

  test("el segundo subdirector ve solo su centro y no puede abrir un reporte del primero", async ({
    ingresarComo,
    browser,
  }) => {
    const primero = await browser.newPage();
    await ingresarConFormulario(primero, "SUBDIRECTOR");
    await fila(primero, "Trazabilidad de ventas (DEF)", "Trimestre 1 de 2026").getByRole("link").click();
    await primero.waitForURL(/\/reportes\/\d+$/);
    const ajeno = new URL(primero.url()).pathname;
    await primero.close();

    const page = await ingresarComo("SUBDIRECTOR2");
    await expect(page.getByText(/Valle 1 · Plan de Acción 2026/)).toBeVisible();
    await expect(fila(page, "Trazabilidad de ventas (DEF)", "Trimestre 1 de 2026")).toContainText("Enviado");
    await expect(fila(page, "Trazabilidad de ventas (DEF)", "Trimestre 2 de 2026")).toContainText(
      "Pendiente",
    );

    const respuesta = await page.goto(ajeno);
    expect(respuesta?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No encontramos lo que busca" })).toBeVisible();
  });

  test("el coordinador ve los informes nacionales de recaudo por semestre", async ({ ingresarComo }) => {
    const page = await ingresarComo("COORDINADOR");
    await expect(page.getByText("Nivel nacional · Plan de Acción 2026")).toBeVisible();
    const s1 = fila(page, "Informe de recaudo", "Semestre 1 de 2026");
    await expect(s1).toContainText("Enviado");
    await expect(s1).toContainText(/Enviado con \d+ días? de atraso/);
    // 2026-S2 is filed by the recaudo journey (reportes.spec.ts); here it only has to be listed.
    await expect(fila(page, "Informe de recaudo", "Semestre 2 de 2026")).toBeVisible();
    await expect(page.getByTestId("obligacion")).toHaveCount(2);

    await page.getByLabel("Vigencia").selectOption("2020");
    await page.getByRole("button", { name: "Ver" }).click();
    await expect(page).toHaveURL(/vigencia=2020/);
    await expect(fila(page, "Informe de recaudo", "Semestre 1 de 2020")).toContainText("Aprobado");
  });

  for (const role of ["ADMIN", "CONSULTA"] as const) {
    test(`el rol ${role} no tiene reportes a cargo y se le indica dónde consultar`, async ({
      ingresarComo,
    }) => {
      const page = await ingresarComo(role);
      await expect(page.getByText("Su rol no tiene reportes a cargo.")).toBeVisible();
      await expect(page.getByTestId("obligacion")).toHaveCount(0);
    });
  }

  test("en un teléfono las obligaciones se leen como tarjetas", async ({ ingresarComo }) => {
    const page = await ingresarComo("SUBDIRECTOR");
    await page.setViewportSize({ width: 390, height: 844 });
    const tarjetas = page.getByRole("listitem").filter({ hasText: "Trimestre 2 de 2026" });
    await expect(tarjetas.first()).toBeVisible();
    await expect(page.getByRole("table")).toBeHidden();
    const desborde = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(desborde, "la página no debe desplazarse de lado en un teléfono").toBeLessThanOrEqual(0);
  });
});

test("el plan de acción 2020 se consulta completo, tal como el documento", async ({ ingresarComo }) => {
  const page = await ingresarComo("CONSULTA");
  await page.goto("/plan?vigencia=2020");
  await expect(
    page.getByRole("heading", { name: "2.1.4.1 Incremento del recaudo de recursos propios." }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "2.1.4.2 Producción de centros" })).toBeVisible();
  await expect(
    page.getByText(
      "Implementar el comité de precios en los Centros de Formación que van a realizar aprovechamiento de producción de centros.",
    ),
  ).toBeVisible();
  await expect(
    page.getByText("Todo las ventas- aprovechamiento de producción de centros", { exact: false }),
  ).toBeVisible();
  await expect(page.getByText("Subdirector de centro").first()).toBeVisible();
});
