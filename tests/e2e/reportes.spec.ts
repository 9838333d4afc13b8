import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

function fila(page: Page, reporte: string, periodo: string) {
  return page.getByTestId("obligacion").filter({ hasText: reporte }).filter({ hasText: periodo });
}

const RECAUDO = {
  "Recaudo por fiscalización (COP)": "150.000.000.000",
  "Recaudo por cobro persuasivo (COP)": "40.000.000.000",
  "Aportantes incorporados a la base de fiscalización": "1.200",
  "Mensajes SMS enviados": "50.000",
  "Correos electrónicos enviados": "80.000",
  "Análisis del semestre":
    "Se amplió la base de fiscalización y se reforzó el cobro persuasivo con SMS y correo.",
};

test("el coordinador diligencia el informe semestral de recaudo, guarda un borrador, vuelve y lo envía", async ({
  loginAs,
}) => {
  const page = await loginAs("COORDINADOR");
  await fila(page, "Informe de recaudo", "Semestre 2 de 2026")
    .getByRole("button", { name: /Diligenciar/ })
    .click();
  await expect(page.getByRole("heading", { name: "Informe de recaudo · Semestre 2 de 2026" })).toBeVisible();

  for (const [etiqueta, valor] of Object.entries(RECAUDO)) await page.getByLabel(etiqueta).fill(valor);
  await page.getByLabel("Recaudo por fiscalización (COP)").fill("-5");
  await page.getByRole("button", { name: "Guardar borrador" }).click();
  const fiscalizacion = page.getByLabel("Recaudo por fiscalización (COP)");
  await expect(fiscalizacion).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("El valor no puede ser negativo.")).toBeVisible();
  await expect(page.getByLabel("Análisis del semestre")).toHaveValue(RECAUDO["Análisis del semestre"]);

  await fiscalizacion.fill(RECAUDO["Recaudo por fiscalización (COP)"]);
  const cifras = page.getByRole("region", { name: "Cifras calculadas" });
  await expect(cifras).toContainText("Meta de recaudo del semestre");
  await expect(cifras).toContainText(/Recaudo total\s*\$\s190\.000\.000\.000/);
  await expect(cifras).toContainText(/Cumplimiento de la meta\s*\d+(,\d)?\s?%/);
  await page.getByRole("button", { name: "Guardar borrador" }).click();
  await expect(page.getByRole("status")).toHaveText("Borrador guardado.");

  await page.reload();
  await expect(page.getByLabel("Recaudo por fiscalización (COP)")).toHaveValue("150.000.000.000");
  await page.getByRole("button", { name: "Enviar reporte" }).click();
  await expect(page.getByRole("heading", { name: "Datos reportados" })).toBeVisible();
  await expect(page.getByText("Enviado", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Historial" })).toBeVisible();
  await expect(page.getByText("envió el reporte")).toBeVisible();
});
