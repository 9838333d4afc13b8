import type { Page } from "@playwright/test";
import { fallasGraves } from "./accesibilidad";
import { expect, test } from "./fixtures";

// Only centros this spec creates (in Guainía and Vaupés, which no other spec looks at) change; the
// suffix keeps their codes apart if the spec runs twice against the same server.
const SUFIJO = Date.now().toString(36).toUpperCase();
const codigo = (n: number) => `E2E-${SUFIJO}-${n}`;
const importado = (n: number) => `IMP-${SUFIJO}-${n}`;

async function filtrar(page: Page, opciones: { regional?: string; busqueda?: string }) {
  const filtros = page.getByRole("search", { name: "Filtros de centros" });
  if (opciones.regional) await filtros.getByLabel("Regional").selectOption({ label: opciones.regional });
  if (opciones.busqueda !== undefined)
    await filtros.getByLabel("Buscar por código o nombre").fill(opciones.busqueda);
  await filtros.getByRole("button", { name: "Filtrar" }).click();
}

async function importar(page: Page, contenido: ReturnType<typeof archivo>) {
  await page.getByLabel("Archivo de centros", { exact: true }).setInputFiles(contenido);
  await page.getByRole("button", { name: "Revisar el archivo" }).click();
}

async function confirmar(page: Page, boton: string, resumen: string) {
  await page.getByRole("button", { name: boton }).click();
  await expect(page.getByRole("status").filter({ hasText: "Importación terminada" })).toContainText(resumen);
}

function archivo(...filas: string[]) {
  const texto = ["codigo;nombre;regional;genera_aprovechamiento;activo", ...filas].join("\r\n");
  return { name: "centros.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${texto}`, "utf8") };
}

test("el administrador crea un centro, lo encuentra con los filtros y lo edita corrigiendo un dato no válido", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("ADMIN");
  await page
    .getByRole("navigation", { name: "Principal" })
    .getByRole("link", { name: "Administración" })
    .click();
  await page.getByRole("link", { name: "Regionales y centros" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Centros de formación" })).toBeVisible();

  await page.getByRole("link", { name: "Nuevo centro" }).click();
  await page.getByLabel("Código", { exact: true }).fill(codigo(1).toLowerCase());
  await page.getByLabel("Nombre del centro").fill("Centro E2E de Producción Amazónica");
  await page.getByLabel("Regional", { exact: true }).selectOption({ label: "Guainía (94)" });
  await page.getByLabel("Genera aprovechamiento (producción de centros)").check();
  await page.getByRole("button", { name: "Crear centro" }).click();
  await expect(page.getByText("Centro creado.")).toBeVisible();
  await expect(page.getByLabel("Código", { exact: true })).toHaveValue(codigo(1));

  await page
    .getByRole("navigation", { name: "Regionales y centros" })
    .getByRole("link", { name: "Centros" })
    .click();
  await filtrar(page, { regional: "Guainía", busqueda: "produccion amazonica" });
  await expect(page).toHaveURL(/regional=\d+/);
  await expect(page).toHaveURL(/q=produccion\+amazonica/);
  await expect(page.getByText(/^1 centro de \d+ coincide con los filtros:/)).toBeVisible();
  const fila = page.getByTestId("fila-centro").filter({ hasText: codigo(1) });
  await expect(fila).toContainText("Sin subdirector");
  await expect(fila).toContainText("Genera");
  await fila.getByRole("link", { name: /Editar/ }).click();

  const codigoCampo = page.getByLabel("Código", { exact: true });
  const nombreCampo = page.getByLabel("Nombre del centro");
  await codigoCampo.fill("E2E 01");
  await nombreCampo.fill("Centro E2E de Producción Amazónica y Fluvial");
  await page.getByLabel("Genera aprovechamiento (producción de centros)").uncheck();
  await expect(page.getByText(/deja de estar obligado al acta del comité de precios/)).toBeVisible();
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(codigoCampo).toHaveAttribute("aria-invalid", "true");
  await expect(codigoCampo).toHaveAccessibleDescription(
    /Use solo letras sin tilde, números, puntos o guiones, sin espacios/,
  );
  await expect(nombreCampo).toHaveValue("Centro E2E de Producción Amazónica y Fluvial");

  await codigoCampo.fill("DEMO-05-01");
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(codigoCampo).toHaveAccessibleDescription(/El código DEMO-05-01 ya es del centro/);
  await expect(
    page.getByRole("alert").filter({ hasText: "Ya existe un centro con ese código." }),
  ).toBeVisible();

  await codigoCampo.fill(codigo(1));
  await page.getByRole("button", { name: "Guardar cambios" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cambios guardados." })).toBeVisible();
  await expect(codigoCampo).not.toHaveAttribute("aria-invalid");
  await expect(page.getByRole("complementary")).toContainText("Genera aprovechamiento: Sí → No");

  await page.goto(`/admin/centros?q=${codigo(1)}&aprovechamiento=no`);
  await expect(page.getByTestId("fila-centro").filter({ hasText: "y Fluvial" })).toContainText("No genera");
});

test("con el teclado, el administrador agrega un centro nuevo a la vigencia 2020 sin tocar las demás", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("ADMIN");
  await page.goto("/admin/centros/nuevo");
  await page.getByLabel("Código", { exact: true }).fill(codigo(9));
  await page.getByLabel("Nombre del centro").fill("Centro E2E por vigencia");
  await page.getByLabel("Regional", { exact: true }).selectOption({ label: "Vaupés (97)" });
  await page.getByRole("button", { name: "Crear centro" }).click();
  await expect(page.getByText("Centro creado. Puede seguir editándolo aquí.")).toBeVisible();

  const en2020 = page.getByRole("form", { name: "Vigencia 2020" });
  await expect(en2020).toContainText("el centro no existía en esta vigencia");
  await expect(page.getByRole("form", { name: "Vigencia 2026" })).not.toContainText("no existía");
  expect(await fallasGraves(page)).toEqual([]);

  // Only the keyboard: focus the first mark of 2020, tick it, and reach its button.
  await en2020.getByLabel("Activo", { exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(en2020.getByLabel("Activo", { exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(en2020.getByRole("button", { name: "Guardar 2020" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(en2020.getByRole("status")).toHaveText("Vigencia 2020 guardada.");
  await expect(page.getByRole("complementary")).toContainText("cambió el centro en la vigencia 2020");

  await page.reload();
  await expect(page.getByRole("form", { name: "Vigencia 2020" })).not.toContainText("no existía");
  await expect(
    page.getByRole("form", { name: "Vigencia 2020" }).getByLabel("Activo", { exact: true }),
  ).toBeChecked();
});

test("el administrador importa centros: un archivo con un error no escribe nada; el corregido se aplica", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("ADMIN");
  await page.goto("/admin/centros/importar");
  await expect(page.getByRole("link", { name: "Descargar plantilla" })).toHaveAttribute(
    "href",
    "/admin/centros/importar/plantilla",
  );
  await importar(
    page,
    archivo(
      `${importado(1)};Centro E2E Importado Uno;94;sí;`,
      `${importado(2)};Centro E2E Importado Dos;Vaupez;no;sí`,
    ),
  );
  const errores = page.getByTestId("errores-importacion");
  await expect(errores).toContainText(
    "Línea 3: Regional: «Vaupez» no es el código ni el nombre de ninguna regional registrada.",
  );
  await expect(page.getByRole("button", { name: /^Confirmar/ })).toHaveCount(0);
  await page.goto(`/admin/centros?q=${importado(1)}`);
  await expect(page.getByText("Ningún centro coincide con los filtros.")).toBeVisible();

  await page.goto("/admin/centros/importar");
  await importar(
    page,
    archivo(
      `${importado(1)};Centro E2E Importado Uno;94;sí;`,
      `${importado(2)};Centro E2E Importado Dos;Vaupés;no;sí`,
    ),
  );
  await expect(page.getByTestId("vista-previa")).toContainText("2 se crearán");
  await confirmar(
    page,
    "Confirmar: crear 2 y actualizar 0",
    "2 centros creados, 0 actualizados y 0 sin cambios",
  );

  await importar(
    page,
    archivo(
      `${importado(1)};Centro E2E Importado Uno;guainia;no;`,
      `${importado(2)};Centro E2E Importado Dos;97;no;sí`,
    ),
  );
  const vista = page.getByTestId("vista-previa");
  await expect(vista).toContainText("1 se actualizará");
  await expect(vista).toContainText("1 sin cambios");
  await expect(vista).toContainText("Genera aprovechamiento: Sí → No");
  await confirmar(
    page,
    "Confirmar: crear 0 y actualizar 1",
    "0 centros creados, 1 actualizados y 1 sin cambios",
  );

  await page.goto(`/admin/centros?q=IMP-${SUFIJO}`);
  await expect(page.getByTestId("fila-centro")).toHaveCount(2);
  const guainia = page.getByRole("region", { name: /^Guainía/ });
  await expect(guainia.getByTestId("fila-centro").filter({ hasText: importado(1) })).toContainText(
    "No genera",
  );
  const vaupes = page.getByRole("region", { name: /^Vaupés/ });
  await expect(vaupes.getByTestId("fila-centro").filter({ hasText: importado(2) })).toContainText("Activo");
});
