import { existsSync } from "node:fs";
import { chromium, defineConfig } from "@playwright/test";

/**
 * Puerto de la aplicación bajo prueba (scripts/servidor.ts), iniciada por tests/e2e/global-setup.ts;
 * `E2E_PORT` permite correr dos copias del proyecto a la vez en la misma máquina.
 */
export const E2E_PORT = Number(process.env.E2E_PORT) || 3100;
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;

const isCI = Boolean(process.env.CI);

/**
 * Chromium: CHROMIUM_PATH, si no /usr/bin/chromium (paquete de Debian), si no el navegador propio
 * de Playwright si está instalado. Sin ninguno se falla con un mensaje: nunca se omiten las pruebas.
 * (`npx playwright install` necesita descargar de internet, que estas máquinas no tienen.)
 */
function chromiumExecutable(): string {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH=${fromEnv} no existe. Corrija la ruta o no defina la variable.`);
    }
    return fromEnv;
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    "No se encontró Chromium para las pruebas de extremo a extremo. Con internet: " +
      "`npx playwright install chromium`. Sin internet, el paquete de la distribución (Debian: " +
      "`apt-get update && apt-get install -y chromium`, que queda en /usr/bin/chromium), u otro " +
      "ejecutable indicado con CHROMIUM_PATH.",
  );
}

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  // Crea una base de datos nueva, compila si hace falta y arranca scripts/servidor.ts en E2E_PORT con
  // esa DATABASE_URL; su función de retorno detiene el servidor y borra la base. No se usa
  // `webServer` porque Playwright lo arranca antes de globalSetup, sin la base lista.
  // Fuera de CI, si ya hay un servidor en E2E_PORT se reutiliza (como reuseExistingServer).
  globalSetup: "./tests/e2e/global-setup.ts",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  workers: isCI ? 1 : undefined,
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: E2E_BASE_URL,
    locale: "es-CO",
    timezoneId: "America/Bogota",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        headless: true,
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
});
