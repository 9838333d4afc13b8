import type { Page } from "@playwright/test";
import { expect, ingresarConFormulario, test } from "./fixtures";

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
  ingresarComo,
}) => {
  const page = await ingresarComo("COORDINADOR");
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
  await expect(cifras).toContainText("Meta del semestre");
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

const fixture = (nombre: string) => new URL(`../fixtures/${nombre}`, import.meta.url).pathname;

test.describe.serial("subdirector: acta del comité de precios y trazabilidad trimestral", () => {
  test("guarda un borrador con solo el número del acta, sale, vuelve y lo encuentra; salir sin guardar pregunta", async ({
    ingresarComo,
  }) => {
    const page = await ingresarComo("SUBDIRECTOR2");
    await fila(page, "Acta del comité de precios", "Año 2026")
      .getByRole("button", { name: /Diligenciar/ })
      .click();
    await expect(page.getByRole("heading", { name: "Acta del comité de precios · Año 2026" })).toBeVisible();
    const urlDelReporte = page.url();
    await page.getByLabel("Número del acta").fill("007-2026");

    // Unsaved: following a link of the application asks first; declining keeps what was typed.
    const preguntas: string[] = [];
    page.once("dialog", (dialogo) => {
      preguntas.push(dialogo.message());
      void dialogo.dismiss();
    });
    const principal = page.getByRole("navigation", { name: "Principal" });
    await principal.getByRole("link", { name: "Mis obligaciones" }).click();
    await expect.poll(() => preguntas).toEqual([expect.stringMatching(/cambios sin guardar/)]);
    expect(page.url()).toBe(urlDelReporte);
    await expect(page.getByLabel("Número del acta")).toHaveValue("007-2026");

    // The browser's back button asks too; declining stays on the report with what was typed.
    page.once("dialog", (dialogo) => {
      preguntas.push(dialogo.message());
      void dialogo.dismiss();
    });
    // What the back button does (a headless browser has no toolbar to click).
    await page.evaluate(() => history.back());
    await expect.poll(() => preguntas).toHaveLength(2);
    expect(preguntas[1]).toMatch(/cambios sin guardar/);
    expect(page.url()).toBe(urlDelReporte);
    await expect(page.getByLabel("Número del acta")).toHaveValue("007-2026");

    await page.getByRole("button", { name: "Guardar borrador" }).click();
    await expect(page.getByRole("status")).toHaveText("Borrador guardado.");
    await expect(page.getByText("Escriba «Fecha del acta».")).toHaveCount(0);

    // Saved: leaving asks nothing.
    page.on("dialog", (dialogo) => {
      preguntas.push(dialogo.message());
      void dialogo.dismiss();
    });
    await principal.getByRole("link", { name: "Mis obligaciones" }).click();
    await page.waitForURL((url) => url.pathname === "/obligaciones");
    expect(preguntas).toHaveLength(2);
    const acta = fila(page, "Acta del comité de precios", "Año 2026");
    await expect(acta).toContainText("Borrador");
    await acta.getByRole("link", { name: /Continuar/ }).click();
    await expect(page.getByLabel("Número del acta")).toHaveValue("007-2026");
    await expect(page.getByLabel("Fecha del acta")).toHaveValue("");
    await expect(page.getByLabel("Productos y servicios con precio fijado")).toHaveValue("");

    // Submitting the half-filled draft is refused next to each missing field.
    await page.getByRole("button", { name: "Enviar reporte" }).click();
    await expect(page.getByText("Escriba «Fecha del acta».")).toBeVisible();
    await expect(page.getByText("Escriba «Productos y servicios con precio fijado».")).toBeVisible();
    await expect(page.getByLabel("Fecha del acta")).toHaveAttribute("aria-invalid", "true");
    page.removeAllListeners("dialog");
  });

  test("adjunta el acta (un ejecutable disfrazado se rechaza) sin perder lo escrito y envía el reporte", async ({
    ingresarComo,
  }) => {
    const page = await ingresarComo("SUBDIRECTOR2");
    // The draft saved by the previous journey.
    await fila(page, "Acta del comité de precios", "Año 2026")
      .getByRole("link", { name: /Continuar/ })
      .click();
    await expect(page.getByRole("heading", { name: "Acta del comité de precios · Año 2026" })).toBeVisible();
    await expect(page.getByLabel("Número del acta")).toHaveValue("007-2026");
    await page.getByLabel("Fecha del acta").fill("2026-03-10");
    await page.getByLabel("Número del acta").fill("003-2026");
    await page.getByLabel("Productos y servicios con precio fijado").fill("42");

    await page.getByRole("button", { name: "Enviar reporte" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText(
      "Adjunte «Acta del comité de precios» en PDF antes de enviar el reporte.",
    );

    const archivo = page.getByLabel("Acta del comité de precios en PDF");
    await archivo.setInputFiles(fixture("ejecutable.pdf"));
    await page.getByRole("button", { name: "Adjuntar archivo" }).click();
    await expect(page.getByText("El archivo debe ser un PDF")).toBeVisible();
    await expect(archivo).toHaveAttribute("aria-invalid", "true");

    await archivo.setInputFiles(fixture("acta.pdf"));
    await page.getByRole("button", { name: "Adjuntar archivo" }).click();
    await expect(page.getByRole("list", { name: "Archivos adjuntos" })).toContainText("acta.pdf");
    await expect(page.getByLabel("Número del acta")).toHaveValue("003-2026");

    await page.getByRole("button", { name: "Enviar reporte" }).click();
    await expect(page.getByRole("heading", { name: "Datos reportados" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Datos reportados" })).toContainText("003-2026");
    await expect(page.getByRole("button", { name: "Adjuntar archivo" })).toHaveCount(0);
  });

  test("diligencia la trazabilidad trimestral con cifras calculadas y la envía", async ({ ingresarComo }) => {
    const page = await ingresarComo("SUBDIRECTOR2");
    await fila(page, "Trazabilidad de ventas (DEF)", "Trimestre 3 de 2026")
      .getByRole("button", { name: /Diligenciar/ })
      .click();
    await page.getByLabel("Total aprovechamientos (ventas) (COP)").fill("8.000.000");
    const def = page.getByLabel("Total facturado con documento equivalente a factura (COP)");
    await def.fill("9.000.000");
    await expect(
      page.getByText(
        /^El total facturado con DEF supera el total de aprovechamientos en \$\s1\.000\.000: .*Así no se podrá enviar el reporte\.$/,
      ),
    ).toBeVisible();
    await page.getByLabel("Documentos equivalentes a factura emitidos").fill("31");
    await page.getByLabel("Pagos recibidos (COP)").fill("5.500.000");
    await page.getByRole("button", { name: "Enviar reporte" }).click();
    await expect(def).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("heading", { name: "Datos reportados" })).toHaveCount(0);

    await def.fill("6.000.000");
    await expect(page.getByRole("region", { name: "Cifras calculadas" })).toContainText(/75\s?%/);
    // Payments above what was invoiced with DEF go only with a justification, which the reviewer reads.
    await page.getByLabel("Pagos recibidos (COP)").fill("6.500.000");
    await page.getByRole("button", { name: "Enviar reporte" }).click();
    const justificacion = page.getByLabel("Justificación de las cifras (si aplica)");
    await expect(justificacion).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(/^Escriba la justificación de las cifras/)).toBeVisible();
    await justificacion.fill("Se cobraron documentos equivalentes emitidos en el trimestre 2.");
    await page.getByRole("button", { name: "Enviar reporte" }).click();
    await expect(page.getByRole("heading", { name: "Datos reportados" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Datos reportados" })).toContainText(
      "Se cobraron documentos equivalentes emitidos en el trimestre 2.",
    );
    await page.goto("/obligaciones");
    await expect(fila(page, "Trazabilidad de ventas (DEF)", "Trimestre 3 de 2026")).toContainText("Enviado");
  });

  test("el coordinador lo devuelve con un comentario, el subdirector corrige y reenvía, y el coordinador lo aprueba", async ({
    ingresarComo,
    browser,
  }) => {
    const coordinador = await ingresarComo("COORDINADOR");
    await coordinador.goto("/revision?vigencia=2026&tipo=TRAZABILIDAD_VENTAS&periodo=2026-T3");
    const filtros = coordinador.getByRole("search", { name: "Filtros de la cola de revisión" });
    await filtros.getByLabel("Regional").selectOption({ label: "Valle" });
    await filtros.getByRole("button", { name: "Filtrar" }).click();
    const enCola = coordinador
      .getByTestId("fila-revision")
      .filter({ hasText: "Valle 1" })
      .filter({ hasText: "Trimestre 3 de 2026" });
    await expect(enCola).toContainText("Cifras con justificación");
    await enCola.getByRole("link").click();
    await expect(coordinador.getByRole("region", { name: "Justificación de las cifras" })).toContainText(
      /Los pagos recibidos superan lo facturado con DEF en \$\s500\.000[\s\S]*Se cobraron documentos equivalentes emitidos en el trimestre 2\./,
    );
    const panel = coordinador.getByRole("region", { name: "Revisión" });
    await panel.getByRole("button", { name: "Devolver reporte" }).click();
    await expect(panel.getByLabel("Comentario para el responsable")).toHaveAttribute("aria-invalid", "true");
    await panel
      .getByLabel("Comentario para el responsable")
      .fill("Los pagos recibidos no cuadran con el extracto bancario.");
    await panel.getByRole("button", { name: "Devolver reporte" }).click();
    await expect(panel.getByRole("status")).toHaveText(/Reporte devuelto/);
    const urlDelReporte = coordinador.url();

    const subdirector = await browser.newPage();
    await ingresarConFormulario(subdirector, "SUBDIRECTOR2");
    const filaT3 = fila(subdirector, "Trazabilidad de ventas (DEF)", "Trimestre 3 de 2026");
    await expect(filaT3).toContainText("Devuelto");
    await filaT3.getByRole("link", { name: /Corregir/ }).click();
    await expect(
      subdirector.getByText("Los pagos recibidos no cuadran con el extracto bancario.").first(),
    ).toBeVisible();
    await subdirector.getByLabel("Pagos recibidos (COP)").fill("5.800.000");
    await subdirector.getByRole("button", { name: "Enviar reporte" }).click();
    await expect(subdirector.getByRole("heading", { name: "Datos reportados" })).toBeVisible();
    await subdirector.close();

    await coordinador.goto(urlDelReporte);
    await expect(coordinador.getByRole("region", { name: "Datos reportados" })).toContainText("5.800.000");
    await coordinador.getByRole("button", { name: "Aprobar reporte" }).click();
    await coordinador.getByRole("button", { name: "Sí, aprobar" }).click();
    const estado = coordinador.getByRole("region", { name: "Estado del reporte" });
    await expect(estado.getByText("Aprobado", { exact: true })).toBeVisible();
    await expect(coordinador.getByRole("button", { name: "Aprobar reporte" })).toHaveCount(0);
  });
});

test("la página de un reporte dice lo que pide el plan y se imprime sin navegación ni botones", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("COORDINADOR");
  const obligacion = fila(page, "Informe de recaudo", "Semestre 1 de 2026");
  await obligacion
    .getByRole("link")
    .or(obligacion.getByRole("button", { name: /Diligenciar/ }))
    .first()
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: /Informe de recaudo · Semestre 1 de 2026/ }),
  ).toBeVisible();
  const plan = page.getByRole("region", { name: "Lo que pide el plan" });
  await expect(plan).toContainText("Ampliar la base de datos a fiscalizar a nivel nacional.");
  await expect(plan).toContainText(
    "Informe de cumplimiento de metas de recaudo elaborado por el Grupo de Recaudo y Cartera.",
  );
  await expect(plan).toContainText("2.1.4.1");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Principal" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Imprimir" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeHidden();
  await expect(plan).toBeVisible();
  await expect(page.getByText("Seguimiento al Plan de Acción").first()).toBeVisible();
});

test("un subdirector escribe un monto absurdo: el mensaje aparece junto al campo, nada se guarda y cada vista del tablero sigue respondiendo", async ({
  ingresarComo,
  browser,
}) => {
  // Six dashboard views render one after the other, on top of the form.
  test.slow();
  const page = await ingresarComo("SUBDIRECTOR");
  await fila(page, "Trazabilidad de ventas (DEF)", "Trimestre 3 de 2026")
    .getByRole("link", { name: /Continuar/ })
    .click();
  await expect(
    page.getByRole("heading", { name: "Trazabilidad de ventas (DEF) · Trimestre 3 de 2026" }),
  ).toBeVisible();
  const urlDelReporte = page.url();
  const ventas = page.getByLabel("Total aprovechamientos (ventas) (COP)");
  const guardado = await ventas.inputValue();

  await ventas.fill("9.223.372.036.854.775.807");
  await page.getByLabel("Total facturado con documento equivalente a factura (COP)").fill("1.000.000");
  await page.getByLabel("Documentos equivalentes a factura emitidos").fill("4");
  await page.getByLabel("Pagos recibidos (COP)").fill("1.000.000");
  for (const boton of ["Guardar borrador", "Enviar reporte"]) {
    await page.getByRole("button", { name: boton }).click();
    await expect(ventas).toHaveAttribute("aria-invalid", "true");
    await expect(ventas).toHaveAccessibleDescription("El monto no puede superar $\u00a0999.999.999.999.999.");
    await expect(page.getByRole("heading", { name: "Datos reportados" })).toHaveCount(0);
  }

  // What is stored did not change: the report opened anew shows what it had.
  const otra = await page.context().newPage();
  await otra.goto(urlDelReporte);
  await expect(otra.getByLabel("Total aprovechamientos (ventas) (COP)")).toHaveValue(guardado);
  await otra.close();

  const coordinador = await browser.newPage();
  await ingresarConFormulario(coordinador, "COORDINADOR");
  // A regional and a centro as the coordinator reaches them: the filter, then a centro's link.
  await coordinador.goto("/tableros?datos=enviados");
  const filtros = coordinador.getByRole("search", { name: "Filtros del tablero" });
  await filtros.getByLabel("Regional").selectOption({ label: "Antioquia" });
  await filtros.getByRole("button", { name: "Aplicar" }).click();
  await expect(coordinador).toHaveURL(/regional=\d+/);
  const regional = new URL(coordinador.url()).searchParams.get("regional");
  await coordinador.locator('[data-tabla="cumplimiento-por-centro"]').getByRole("link").first().click();
  await expect(coordinador).toHaveURL(/centro=\d+/);
  const centro = new URL(coordinador.url()).searchParams.get("centro");
  for (const filtro of ["", `&regional=${regional}`, `&centro=${centro}`]) {
    for (const datos of ["enviados", "aprobados"]) {
      const url = `/tableros?datos=${datos}${filtro}`;
      const r = await coordinador.request.get(url);
      expect(r.status(), url).toBe(200);
      expect(await r.text(), url).not.toContain("Ocurrió un error inesperado");
    }
  }
  await coordinador.goto("/tableros?datos=enviados");
  await expect(coordinador.getByRole("heading", { level: 1, name: "Tablero nacional" })).toBeVisible();
  await coordinador.close();
});
