import { formatearCop, parseCop } from "../../src/lib/dinero";
import { expect, test } from "./fixtures";

// Only 2026-S2 regional metas of Vaupés and Vichada change, and the test puts them back at the end.
const SEMESTRE = "Semestre 2 de 2026";
const GUARDAR = "Guardar metas del semestre 2 de 2026";

function pesos(texto: string): bigint {
  const monto = parseCop(texto);
  if (monto === null) throw new Error(`No es un monto: ${texto}`);
  return monto;
}

test("el coordinador corrige un monto no válido sin perder lo escrito y ve la nueva meta nacional", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("COORDINADOR");
  await expect(page.getByRole("link", { name: "Metas de recaudo" })).toBeVisible();
  await page.goto("/metas?vigencia=2026");
  const semestre = page.getByRole("region", { name: SEMESTRE });
  const nacional = semestre.getByTestId("nacional-2026-S2");
  const vaupes = semestre.getByLabel("Vaupés", { exact: true });
  const vichada = semestre.getByLabel("Vichada", { exact: true });

  // The form fills its inputs once hydrated; read them only then.
  await expect(vaupes).not.toHaveValue("");
  await expect(vichada).not.toHaveValue("");
  const nacionalAntes = pesos(await nacional.innerText());
  const [vaupesTexto, vichadaTexto] = [await vaupes.inputValue(), await vichada.inputValue()];
  const resto = nacionalAntes - pesos(vaupesTexto) - pesos(vichadaTexto);

  await vichada.fill("25.000.000");
  await vaupes.fill("12,5");
  await semestre.getByRole("button", { name: GUARDAR }).click();
  await expect(vaupes).toHaveAttribute("aria-invalid", "true");
  await expect(vaupes).toHaveAccessibleDescription("La meta va en pesos enteros, sin centavos ni decimales.");
  await expect(vaupes).toHaveValue("12,5");
  await expect(vichada).toHaveValue("25.000.000");
  await expect(semestre.getByTestId("suma-2026-S2")).toContainText(formatearCop(resto + 25_000_000n));

  await vaupes.fill("15.000.000");
  await expect(vaupes).not.toHaveAttribute("aria-invalid");
  await semestre.getByRole("button", { name: GUARDAR }).click();
  const esperada = resto + 40_000_000n;
  await expect(semestre.getByText(/^Metas del semestre 2 de 2026 guardadas/)).toBeVisible();
  await expect(nacional).toHaveText(formatearCop(esperada));
  await expect(semestre.getByText("Calculada: suma de las regionales")).toBeVisible();

  await page.reload();
  await expect(vichada).toHaveValue("25.000.000");
  await vaupes.fill(vaupesTexto);
  await vichada.fill(vichadaTexto);
  await semestre.getByRole("button", { name: GUARDAR }).click();
  await expect(nacional).toHaveText(formatearCop(nacionalAntes));
});

test("un usuario de consulta ve las metas sin controles para editarlas", async ({ ingresarComo }) => {
  const page = await ingresarComo("CONSULTA");
  await page.goto("/metas?vigencia=2026");
  await expect(page.getByRole("heading", { name: "Metas de recaudo" })).toBeVisible();
  const semestre = page.getByRole("region", { name: SEMESTRE });
  await expect(semestre.getByRole("row", { name: /Vaupés/ })).toContainText("$");
  await expect(semestre.getByTestId("nacional-2026-S2")).toContainText("$");
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Guardar metas/ })).toHaveCount(0);
});
