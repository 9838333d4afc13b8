/**
 * `test` de Playwright con la fixture `loginAs(rol)`: inicia sesión por el formulario real como el
 * usuario de demostración de ese rol y deja la página en /obligaciones.
 *
 *   import { test, expect } from "./fixtures";
 *   test("…", async ({ loginAs }) => {
 *     const page = await loginAs("COORDINADOR");
 *     await expect(page.getByRole("heading", { name: "…" })).toBeVisible();
 *   });
 */
import { test as base, expect, type Page } from "@playwright/test";
import {
  ACCESOS_DEMO,
  CUENTAS_DEMO,
  claveDemo,
  type AccesoDemo,
  type CuentaDemo,
} from "../../scripts/cuentas-demo";

type DemoRole = CuentaDemo;
export { expect, type DemoRole };

export type DemoCredentials = AccesoDemo & { password: string };

/** Cuentas de demostración por rol, con su contraseña (DEMO_PASSWORD o "Plan2020!"). */
export const demoAccounts: Record<DemoRole, DemoCredentials> = Object.fromEntries(
  CUENTAS_DEMO.map((role) => [role, { ...ACCESOS_DEMO[role], password: claveDemo() }]),
) as Record<DemoRole, DemoCredentials>;

/**
 * Inicia sesión en `page` por el formulario de /login y espera la llegada a /obligaciones; `origen`
 * (p. ej. `http://localhost:3110`) para otra instancia que la de las pruebas.
 */
export async function loginWithForm(page: Page, role: DemoRole, origen = ""): Promise<Page> {
  const { email, password } = demoAccounts[role];
  await page.goto(`${origen}/login`);
  await page.getByLabel("Correo electrónico", { exact: true }).fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Ingresar", exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/obligaciones"));
  return page;
}

export interface E2EFixtures {
  /** Inicia sesión con la página de la prueba como el usuario de demostración del rol. */
  loginAs: (role: DemoRole) => Promise<Page>;
}

export const test = base.extend<E2EFixtures>({
  loginAs: async ({ page }, provide) => {
    await provide((role) => loginWithForm(page, role));
  },
});
