import { cuentasDemo, expect, test } from "./fixtures";

const CENTRO = "DEMO-05-02";
const CLAVE_PROPIA = "Recaudo y cartera 2026";

test("el administrador crea un subdirector, que ingresa con la contraseña temporal, la cambia y ve su centro", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("ADMIN");
  await page.getByRole("link", { name: "Administración" }).click();
  await page.getByRole("link", { name: "Usuarios y roles" }).click();
  await expect(page.getByRole("heading", { name: "Usuarios y roles" })).toBeVisible();
  await page.getByRole("link", { name: "Crear usuario" }).click();

  const correo = page.getByLabel("Correo electrónico");
  const nombre = page.getByLabel("Nombre completo");
  await correo.fill(`  ${cuentasDemo.SUBDIRECTOR.email.toUpperCase()} `);
  await nombre.fill("Beatriz Elena Zapata Londoño");
  await page.getByLabel("Rol", { exact: true }).selectOption({ label: "Subdirector de centro" });

  // First without a centro: refused next to the field, before anything is sent.
  await page.getByRole("button", { name: "Crear usuario" }).click();
  const centro = page.getByLabel("Centro de formación");
  await expect(centro).toHaveAttribute("aria-invalid", "true");
  await expect(centro).toHaveAccessibleDescription(/Elija el centro del subdirector/);

  const opcion = centro.locator("option", { hasText: CENTRO });
  const nombreDelCentro = (await opcion.innerText()).split(" · ")[1]!.trim();
  await centro.selectOption(await opcion.getAttribute("value"));
  // Then an e-mail that already has an account: the server says so, and nothing typed is lost.
  await page.getByRole("button", { name: "Crear usuario" }).click();
  await expect(correo).toHaveAccessibleDescription(/Ya existe una cuenta con ese correo\./);
  await expect(correo).toHaveAttribute("aria-invalid", "true");
  await expect(nombre).toHaveValue("Beatriz Elena Zapata Londoño");
  await expect(centro).toHaveValue((await opcion.getAttribute("value"))!);

  const email = `beatriz.zapata.${Date.now()}@sena.edu.co`;
  await correo.fill(email);
  await page.getByRole("button", { name: "Crear usuario" }).click();
  await expect(page.getByRole("heading", { name: "Cuenta creada" })).toBeFocused();
  const temporal = (await page.getByTestId("clave-temporal").innerText()).trim();
  expect(temporal).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);

  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Correo electrónico", { exact: true }).fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(temporal);
  await page.getByRole("button", { name: "Ingresar", exact: true }).click();

  await expect(page).toHaveURL(/\/cambiar-clave$/);
  await expect(page.getByRole("heading", { name: "Cambie su contraseña temporal" })).toBeVisible();
  await page.goto("/obligaciones");
  await expect(page).toHaveURL(/\/cambiar-clave$/);

  await page.getByLabel("Contraseña actual", { exact: true }).fill(temporal);
  await page.getByLabel("Contraseña nueva", { exact: true }).fill(CLAVE_PROPIA);
  await page.getByLabel("Confirme la contraseña nueva", { exact: true }).fill(CLAVE_PROPIA);
  await page.getByRole("button", { name: "Cambiar contraseña" }).click();

  await expect(page).toHaveURL(/\/obligaciones$/);
  await expect(page.getByRole("heading", { name: "Mis obligaciones" })).toBeVisible();
  await expect(page.getByText(`${nombreDelCentro} · Plan de Acción 2026`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Mi cuenta" })).toBeVisible();
});
