/**
 * Playwright's `test` with the `ingresarComo(rol)` fixture: signs in through the real form as the demo
 * user of that role and leaves the page on /obligaciones.
 *
 *   import { test, expect } from "./fixtures";
 *   test("…", async ({ ingresarComo }) => {
 *     const page = await ingresarComo("COORDINADOR");
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

export type CredencialesDemo = AccesoDemo & { password: string };

/** Demo accounts by role, with their password (DEMO_PASSWORD or "Plan2020!"). */
export const cuentasDemo: Record<DemoRole, CredencialesDemo> = Object.fromEntries(
  CUENTAS_DEMO.map((role) => [role, { ...ACCESOS_DEMO[role], password: claveDemo() }]),
) as Record<DemoRole, CredencialesDemo>;

/**
 * Signs in on `page` through the /login form and waits until it lands on /obligaciones; `origen`
 * (e.g. `http://localhost:3110`) for an instance other than the tests' one.
 */
export async function ingresarConFormulario(page: Page, role: DemoRole, origen = ""): Promise<Page> {
  const { email, password } = cuentasDemo[role];
  await page.goto(`${origen}/login`);
  await page.getByLabel("Correo electrónico", { exact: true }).fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Ingresar", exact: true }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/obligaciones"));
  return page;
}

export interface E2EFixtures {
  /** Signs in with the test's page as the demo user of the role. */
  ingresarComo: (role: DemoRole) => Promise<Page>;
}

export const test = base.extend<E2EFixtures>({
  ingresarComo: async ({ page }, provide) => {
    await provide((role) => ingresarConFormulario(page, role));
  },
});
