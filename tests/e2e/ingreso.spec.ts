import { cuentasDemo, expect, test } from "./fixtures";

test.describe("ingreso", () => {
  test("sin sesión, una página protegida lleva al ingreso y después vuelve a ella", async ({ page }) => {
    await page.goto("/plan?vigencia=2020");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fplan%3Fvigencia%3D2020$/);
    await page.getByLabel("Correo electrónico", { exact: true }).fill(cuentasDemo.CONSULTA.email);
    await page.getByLabel("Contraseña", { exact: true }).fill(cuentasDemo.CONSULTA.password);
    await page.getByRole("button", { name: "Ingresar" }).click();
    await expect(page).toHaveURL(/\/plan\?vigencia=2020$/);
    await expect(page.getByRole("heading", { name: "Plan de acción" })).toBeVisible();
  });

  test("una contraseña equivocada se rechaza sin decir si el correo existe", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Correo electrónico", { exact: true }).fill(cuentasDemo.SUBDIRECTOR.email);
    await page.getByLabel("Contraseña", { exact: true }).fill("NoEsLaClave1");
    await page.getByRole("button", { name: "Ingresar" }).click();
    const alerta = page.locator("form").getByRole("alert");
    await expect(alerta).toHaveText(
      "Correo o contraseña incorrectos. Verifique los datos e intente de nuevo.",
    );
    await expect(page).toHaveURL(/\/login/);

    await page.getByLabel("Correo electrónico", { exact: true }).fill("nadie@sena.demo");
    await page.getByRole("button", { name: "Ingresar" }).click();
    await expect(alerta).toHaveText(
      "Correo o contraseña incorrectos. Verifique los datos e intente de nuevo.",
    );
  });

  test("un correo mal escrito se señala junto al campo sin enviar nada", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Correo electrónico", { exact: true }).fill("coordinador-sin-arroba");
    await page.getByRole("button", { name: "Ingresar" }).click();
    const campo = page.getByLabel("Correo electrónico", { exact: true });
    await expect(campo).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Escriba un correo electrónico válido")).toBeVisible();
    await expect(page.getByText("Escriba su contraseña.")).toBeVisible();
    await expect(campo).toHaveValue("coordinador-sin-arroba");
  });

  test("cerrar sesión vuelve al ingreso y las páginas dejan de estar disponibles", async ({
    ingresarComo,
  }) => {
    const page = await ingresarComo("COORDINADOR");
    await page.getByRole("button", { name: "Cerrar sesión" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/obligaciones");
    await expect(page).toHaveURL(/\/login/);
  });
});
