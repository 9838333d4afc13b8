import { readFile } from "node:fs/promises";
import type { Download, Locator } from "@playwright/test";
import { readSheet } from "read-excel-file/node";
import { fallasGraves } from "./accesibilidad";
import { expect, test } from "./fixtures";

/** Screen and CSV agree once thousands points, currency, spaces and "%" are set aside. */
const normalizar = (texto: string) => texto.replace(/[$.\s\u00a0%]/g, "");

async function celdasEnPantalla(tabla: Locator): Promise<string[][]> {
  return tabla
    .locator("tbody tr")
    .evaluateAll((filas) =>
      filas.map((fila) =>
        [...fila.querySelectorAll("th, td")].map((celda) => celda.textContent?.trim() ?? ""),
      ),
    );
}

async function contenido(descarga: Download): Promise<Buffer> {
  return readFile((await descarga.path())!);
}

test("consulta recorre el tablero nacional, una regional y un centro, y descarga lo que ve en CSV y Excel", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("CONSULTA");
  await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Tableros" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tablero nacional" })).toBeVisible();

  const filtros = page.getByRole("search", { name: "Filtros del tablero" });
  await filtros.getByLabel("Vigencia").selectOption("2020");
  await filtros.getByLabel("Regional").selectOption({ label: "Antioquia" });
  await filtros.getByRole("button", { name: "Aplicar" }).click();
  await expect(page).toHaveURL(/vigencia=2020/);
  await expect(page).toHaveURL(/regional=\d+/);
  await expect(page.getByRole("heading", { level: 1, name: "Regional Antioquia" })).toBeVisible();

  const porCentro = page.locator('[data-tabla="cumplimiento-por-centro"]');
  const enlaceCentro = porCentro.getByRole("link").first();
  const nombreCentro = (await enlaceCentro.innerText()).trim();
  await enlaceCentro.click();
  await expect(page).toHaveURL(/centro=\d+/);
  await expect(page.getByRole("heading", { level: 1, name: nombreCentro })).toBeVisible();

  const tabla = page.locator('[data-tabla="cumplimiento-por-periodo"]');
  const enPantalla = await celdasEnPantalla(tabla);
  expect(enPantalla.length).toBeGreaterThan(0);
  const bloque = page
    .locator("div")
    .filter({ has: tabla })
    .filter({ has: page.getByRole("link", { name: /Descargar CSV/ }) })
    .last();

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    bloque.getByRole("link", { name: /Descargar CSV/ }).click(),
  ]);
  const texto = (await contenido(csv)).toString("utf8");
  expect(texto.startsWith("\uFEFF")).toBe(true);
  const filasCsv = texto
    .slice(1)
    .trim()
    .split("\r\n")
    .slice(1)
    .map((linea) => linea.split(";"));
  expect(filasCsv.map((fila) => fila.map(normalizar))).toEqual(
    enPantalla.map((fila) => fila.map(normalizar)),
  );

  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    bloque.getByRole("link", { name: /Descargar Excel/ }).click(),
  ]);
  const filasXlsx = (await readSheet(await contenido(xlsx))).slice(1);
  expect(filasXlsx).toHaveLength(enPantalla.length);
  filasXlsx.forEach((fila, i) =>
    fila.forEach((valor, j) => {
      const visto = enPantalla[i]![j]!;
      if (typeof valor !== "number") expect(String(valor)).toBe(visto);
      else if (visto.includes("%"))
        expect(Math.round(valor * 1000) / 10).toBe(Number(normalizar(visto).replace(",", ".")));
      else expect(valor).toBe(Number(normalizar(visto)));
    }),
  );
});

test("un subdirector ve el tablero de su centro y no el de otro", async ({ ingresarComo }) => {
  const page = await ingresarComo("SUBDIRECTOR");
  await page.goto("/tableros");
  await expect(page.getByRole("heading", { level: 1, name: /Antioquia 1/ })).toBeVisible();
  await expect(page.getByRole("search", { name: "Filtros del tablero" }).getByLabel("Regional")).toHaveCount(
    0,
  );
  const respuesta = await page.goto("/tableros?regional=1");
  expect(respuesta?.status()).toBe(404);
});

test("una tabla larga no viene en la página: llega al abrirla, con sus enlaces, y su descarga trae todas las filas", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("CONSULTA");
  const respuesta = await page.goto("/tableros");
  const html = (await respuesta!.text()) ?? "";
  await expect(page.getByRole("heading", { level: 1, name: "Tablero nacional" })).toBeVisible();
  // Every centro of the country: the page carries none of its rows.
  expect(html).not.toContain('data-tabla="cumplimiento-por-centro"');
  expect(Buffer.byteLength(html)).toBeLessThan(150 * 1024);

  const bloque = page
    .locator("div.mt-4")
    .filter({ has: page.getByRole("heading", { level: 3, name: "Cumplimiento por centro de formación" }) })
    .last();
  const abrir = bloque.getByText(/^Mostrar la tabla \((\d+) filas\)$/);
  const filas = Number(/\((\d+) filas\)/.exec(await abrir.innerText())![1]);
  expect(filas).toBeGreaterThan(20);

  // With the keyboard, as anyone can.
  await bloque.locator("summary").focus();
  await page.keyboard.press("Enter");
  const tabla = bloque.locator('[data-tabla="cumplimiento-por-centro"]');
  await expect(tabla.locator("tbody tr")).toHaveCount(Math.min(filas, 500));
  await expect(tabla.locator("tbody tr").first().getByRole("link")).toHaveAttribute("href", /centro=\d+/);
  await expect(bloque.getByText(/^Ocultar la tabla/)).toBeVisible();

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    bloque.getByRole("link", { name: /Descargar CSV/ }).click(),
  ]);
  const lineas = (await contenido(csv)).toString("utf8").slice(1).trim().split("\r\n");
  expect(lineas.length - 1).toBe(filas);
  const enPantalla = await celdasEnPantalla(tabla);
  // The same centros in the same order (the CSV carries exact ratios; the screen, rounded ones).
  expect(lineas.slice(1, enPantalla.length + 1).map((linea) => linea.split(";")[0])).toEqual(
    enPantalla.map((fila) => fila[0]),
  );
});

for (const rol of ["COORDINADOR", "SUBDIRECTOR", "CONSULTA"] as const) {
  test(`axe no encuentra fallas graves en /tableros para ${rol}, tampoco con una tabla abierta`, async ({
    ingresarComo,
  }) => {
    const page = await ingresarComo(rol);
    await page.goto("/tableros");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const abrir = page.locator("details > summary").first();
    if ((await abrir.count()) > 0) {
      await abrir.click();
      await expect(page.locator("details[open] table").first()).toBeVisible();
    }
    expect(await fallasGraves(page)).toEqual([]);
  });
}

test("el coordinador descarga el informe semestral de recaudo de 2026-S1 en PDF y en Excel desde Informes", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("COORDINADOR");
  await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Informes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Informes" })).toBeVisible();
  await page.getByRole("form", { name: "Elegir los informes" }).getByLabel("Vigencia").selectOption("2026");
  await page.getByRole("button", { name: "Ver informes" }).click();
  const recaudo = page.getByRole("region", { name: "Informe semestral de cumplimiento de metas de recaudo" });
  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    recaudo.getByRole("link", { name: /Descargar PDF ?: .*Semestre 1 de 2026/ }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe("recaudo-semestral-2026-S1-nacional.pdf");
  expect((await contenido(pdf)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    recaudo.getByRole("link", { name: /Descargar Excel ?: .*Semestre 1 de 2026/ }).click(),
  ]);
  const resumen = await readSheet(await contenido(xlsx));
  expect(resumen[1]![0]).toBe("Informe semestral de cumplimiento de metas de recaudo");
  expect(resumen.map((fila) => fila[0])).toContain("Total recaudado");
});
