import type { Page } from "@playwright/test";
import { expect, ingresarConFormulario, test } from "./fixtures";

// The demo has Trimestre 2 de 2026 of subdirector@sena.demo's centro returned; runs after the
// specs that read it (obligaciones.spec.ts) and no later spec depends on it.
const REPORTE = "Trazabilidad de ventas (DEF) · Trimestre 2 de 2026";
const COMENTARIO = "El número de DEF emitidos no coincide con el reporte del sistema de facturación.";

function fila(page: Page, reporte: string, periodo: string) {
  return page.getByTestId("obligacion").filter({ hasText: reporte }).filter({ hasText: periodo });
}

function campana(page: Page) {
  return page.getByRole("banner").getByRole("link", { name: /^Notificaciones/ });
}

function notificacion(page: Page, titulo: string) {
  return page.getByTestId("notificacion").filter({ has: page.getByRole("heading", { name: titulo }) });
}

test("un reporte devuelto llega al subdirector por la campana con el comentario y el plazo; su reenvío llega al coordinador", async ({
  browser,
}) => {
  // The subdirector resubmits the returned report, so that it waits for the coordinator's review.
  const subdirector = await browser.newPage();
  await ingresarConFormulario(subdirector, "SUBDIRECTOR");
  await expect(campana(subdirector)).toHaveAccessibleName("Notificaciones: ninguna sin leer");
  await fila(subdirector, "Trazabilidad de ventas (DEF)", "Trimestre 2 de 2026")
    .getByRole("link", { name: /Corregir/ })
    .click();
  await subdirector.getByRole("button", { name: "Enviar reporte" }).click();
  await expect(subdirector.getByRole("heading", { name: "Datos reportados" })).toBeVisible();
  const urlDelReporte = new URL(subdirector.url()).pathname;

  // The coordinator hears of it, opens it from the notification and returns it.
  const coordinador = await browser.newPage();
  await ingresarConFormulario(coordinador, "COORDINADOR");
  await expect(campana(coordinador)).toHaveAccessibleName(/Notificaciones: \d+ sin leer/);
  await campana(coordinador).click();
  await expect(coordinador.getByRole("heading", { level: 1, name: "Notificaciones" })).toBeVisible();
  const reenvio = notificacion(coordinador, `Sin leer: Reporte reenviado para revisión: ${REPORTE}`);
  await expect(reenvio).toContainText("corrigió y reenvió");
  await reenvio.getByRole("button", { name: "Abrir el reporte" }).click();
  await expect(coordinador).toHaveURL(urlDelReporte);
  const estadoCoordinador = coordinador.getByRole("region", { name: "Estado del reporte" });
  await expect(estadoCoordinador.getByTestId("plazo-abierto")).toContainText(
    "Debe aprobarse o devolverse a más tardar el",
  );
  await expect(estadoCoordinador.getByTestId("plazo-abierto")).toContainText("Quedan 10 días");
  const panel = coordinador.getByRole("region", { name: "Revisión" });
  await panel.getByLabel("Comentario para el responsable").fill(COMENTARIO);
  await panel.getByRole("button", { name: "Devolver reporte" }).click();
  await expect(panel.getByRole("status")).toHaveText(/Reporte devuelto/);

  // The subdirector sees the bell, opens the notification and lands on the report.
  await subdirector.goto("/obligaciones");
  await expect(campana(subdirector)).toHaveAccessibleName("Notificaciones: 1 sin leer");
  await expect(subdirector.getByTestId("campana-conteo")).toHaveText("1");
  await campana(subdirector).click();
  const devuelto = notificacion(subdirector, `Sin leer: Reporte devuelto para corrección: ${REPORTE}`);
  await expect(devuelto).toContainText(COMENTARIO);
  await expect(devuelto).toContainText(
    /Corríjalo y vuelva a enviarlo a más tardar el \d+ de \w+\.? de \d{4}/,
  );
  await devuelto.getByRole("button", { name: "Abrir el reporte" }).click();
  await expect(subdirector).toHaveURL(urlDelReporte);
  const estado = subdirector.getByRole("region", { name: "Estado del reporte" });
  await expect(estado).toContainText(COMENTARIO);
  await expect(estado.getByTestId("plazo-abierto")).toContainText(
    "Corrija y vuelva a enviar el reporte a más tardar el",
  );
  await expect(estado.getByTestId("plazo-abierto")).toContainText("Quedan 10 días");
  await expect(campana(subdirector)).toHaveAccessibleName("Notificaciones: ninguna sin leer");

  // Mis obligaciones shows the correction deadline too; the subdirector resubmits.
  await subdirector.goto("/obligaciones");
  await expect(fila(subdirector, "Trazabilidad de ventas (DEF)", "Trimestre 2 de 2026")).toContainText(
    /Corregir a más tardar el .*Quedan 10 días/,
  );
  await fila(subdirector, "Trazabilidad de ventas (DEF)", "Trimestre 2 de 2026")
    .getByRole("link", { name: /Corregir/ })
    .click();
  await subdirector.getByRole("button", { name: "Enviar reporte" }).click();
  await expect(subdirector.getByRole("heading", { name: "Datos reportados" })).toBeVisible();
  await expect(subdirector.getByText("Plazos anteriores de corrección y revisión")).toBeVisible();
  await subdirector.close();

  // The coordinator is told of the second resubmission, and sees how long it has been waiting.
  await coordinador.goto("/notificaciones?estado=no-leidas");
  await expect(
    notificacion(coordinador, `Sin leer: Reporte reenviado para revisión: ${REPORTE}`),
  ).toHaveCount(1);
  await coordinador.goto("/revision?vigencia=2026&tipo=TRAZABILIDAD_VENTAS&periodo=2026-T2");
  const enCola = coordinador.getByTestId("fila-revision").filter({ hasText: "Antioquia 1" });
  await expect(enCola).toContainText("Espera desde hoy");
  await expect(enCola).toContainText("Quedan 10 días");
  await coordinador.close();

  // The administrator reads, in the outbox, the e-mail the subdirector was sent.
  const admin = await browser.newPage();
  await ingresarConFormulario(admin, "ADMIN");
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "Correos enviados" }).click();
  await expect(admin.getByText(/SMTP_URL no está definida/)).toBeVisible();
  await admin.getByLabel("Buscar por destinatario o asunto").fill("subdirector@sena.demo");
  await admin.getByRole("button", { name: "Buscar" }).click();
  const correo = admin
    .getByTestId("correo")
    .filter({ hasText: `[Plan de Acción] Reporte devuelto para corrección: ${REPORTE}` });
  await expect(correo).toHaveCount(1);
  await expect(correo).toContainText("subdirector@sena.demo");
  await correo.getByText("Ver el mensaje").click();
  await expect(correo.locator("pre")).toContainText(COMENTARIO);
  await expect(correo.locator("pre")).toContainText(
    new RegExp(`Abrir el reporte: http://localhost:\\d+${urlDelReporte}`),
  );
  await admin.close();
});

test("el administrador cambia los días de los recordatorios: lo inválido se marca junto al campo y no se guarda", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("ADMIN");
  await page.goto("/admin/recordatorios");
  const antes = page.getByLabel("Recordar antes de la fecha límite (días)");
  await expect(antes).toHaveValue("7, 1");
  await antes.fill("-3");
  await page.getByLabel("Informar a la coordinación con este atraso (días)").fill("1");
  await page.getByRole("button", { name: "Guardar configuración" }).click();
  await expect(antes).toHaveAttribute("aria-invalid", "true");
  await expect(antes).toHaveAccessibleDescription(/números enteros de días entre 0 y 90/);
  await expect(
    page.getByLabel("Informar a la coordinación con este atraso (días)"),
  ).toHaveAccessibleDescription(/entre 2 y 90/);
  await page.reload();
  await expect(page.getByLabel("Recordar antes de la fecha límite (días)")).toHaveValue("7, 1");

  await page.getByLabel("Recordar antes de la fecha límite (días)").fill("10, 3, 1");
  await page.getByRole("button", { name: "Guardar configuración" }).click();
  await expect(page.getByRole("status")).toHaveText(/Se guardó la configuración/);
  await page.reload();
  await expect(page.getByLabel("Recordar antes de la fecha límite (días)")).toHaveValue("10, 3, 1");
  // Back to the default, so that nothing else depends on the order the specs run in.
  await page.getByLabel("Recordar antes de la fecha límite (días)").fill("7, 1");
  await page.getByRole("button", { name: "Guardar configuración" }).click();
  await expect(page.getByRole("status")).toHaveText(/Se guardó la configuración/);
});

test("en un teléfono y con el teclado: la campana se alcanza con Tab y las notificaciones caben en la pantalla", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("COORDINADOR");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/obligaciones");
  await page.keyboard.press("Tab"); // skip link ("Saltar al contenido")
  await page.keyboard.press("Tab");
  await expect(campana(page)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/notificaciones$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notificaciones" })).toBeVisible();
  const ancho = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(ancho).toBeLessThanOrEqual(390);
});
