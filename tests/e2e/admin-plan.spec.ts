import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Works only on the vigencia 2031 it creates (far enough ahead that none of its deadlines has passed,
// so its deadline days can still change): the plans of 2020 and 2026 belong to other specs.
const ANIO = "2031";
const OBSERVACION =
  "Reporte del Sistema Nacional de Producción de Centros con la relación de documentos equivalentes a " +
  "factura, los pagos recibidos y las notas crédito del trimestre.";

/** The collapsible section whose own heading (not a nested one) contains `titulo`, opened. */
async function abrir(dentro: Page | Locator, titulo: string): Promise<Locator> {
  const seccion = dentro.locator(`details:has(> summary:has-text(${JSON.stringify(titulo)}))`).first();
  await seccion.locator("> summary").click();
  await expect(seccion).toHaveAttribute("open", "");
  return seccion;
}

test("el administrador crea una vigencia copiando 2026, corrige un seguimiento y lo ve en el plan", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("ADMIN");
  await page.goto("/admin");
  await page.getByRole("link", { name: "Plan de Acción y vigencias" }).click();
  await expect(page.getByRole("heading", { name: "Plan de Acción y vigencias", level: 1 })).toBeVisible();

  const anio = page.getByLabel("Año", { exact: true });
  const nombre = page.getByLabel("Nombre", { exact: true });
  // The form suggests the year after the latest vigencia and copies that one by default.
  await expect(anio).toHaveValue("2027");
  await expect(page.getByLabel("Copiar el plan de").locator("option:checked")).toHaveText(/2026/);

  await anio.fill("2026");
  await expect(nombre).toHaveValue("Plan de Acción 2026");
  await page.getByRole("button", { name: "Crear vigencia" }).click();
  await expect(anio).toHaveAttribute("aria-invalid", "true");
  await expect(anio).toHaveAccessibleDescription(
    "Ya existe una vigencia 2026: elija otro año o edite el plan de esa vigencia.",
  );
  await expect(anio).toHaveValue("2026");

  await anio.fill(ANIO);
  await expect(nombre).toHaveValue(`Plan de Acción ${ANIO}`);
  await page.getByRole("button", { name: "Crear vigencia" }).click();
  await page.waitForURL(`**/admin/plan/${ANIO}`);
  await expect(page.getByRole("heading", { name: `Editar: Plan de Acción ${ANIO}`, level: 1 })).toBeVisible();

  const tema = await abrir(page, "2.1.4.2 Producción de centros");
  const lineamiento = await abrir(tema, "Lineamiento 2");
  const accion = await abrir(lineamiento, "Acción 1");
  const seguimiento = await abrir(accion, "Seguimiento: Trazabilidad de ventas (DEF)");

  // A fresh copy has no reports: its key, periodicity and scope can still be changed.
  await expect(seguimiento.getByLabel("Clave")).toBeEnabled();
  const dias = seguimiento.getByLabel("Días de oportunidad");
  await expect(dias).toHaveValue("15");
  await dias.fill("veinte");
  await seguimiento.getByRole("button", { name: "Guardar seguimiento" }).click();
  await expect(dias).toHaveAccessibleDescription(
    /Escriba un número entero de días, sin signos ni decimales\.$/,
  );

  await dias.fill("20");
  await seguimiento.getByLabel("Observación (qué evidencia se espera)").fill(OBSERVACION);
  await seguimiento.getByRole("button", { name: "Guardar seguimiento" }).click();
  await expect(seguimiento.getByRole("status")).toHaveText("Seguimiento guardado.");
  await expect(seguimiento.locator("> summary")).toContainText("20 días");

  await page.getByRole("link", { name: "Ver el plan" }).click();
  await expect(page).toHaveURL(new RegExp(`/plan\\?vigencia=${ANIO}$`));
  await expect(page.getByLabel("Vigencia")).toHaveValue(ANIO);
  await expect(page.getByText(OBSERVACION)).toBeVisible();
  await expect(page.getByText("20 días después del cierre del periodo")).toBeVisible();

  // The 2026 plan is untouched, and the new vigencia is in the selector of every page.
  await page.getByLabel("Vigencia").selectOption("2026");
  await page.getByRole("button", { name: "Ver", exact: true }).click();
  await expect(page).toHaveURL(/vigencia=2026/);
  await expect(page.getByText(OBSERVACION)).toHaveCount(0);
  await expect(page.getByText("15 días después del cierre del periodo")).toBeVisible();
});
