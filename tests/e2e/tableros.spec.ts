import { readFile } from "node:fs/promises";
import type { Download, Locator } from "@playwright/test";
import { readSheet } from "read-excel-file/node";
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
  loginAs,
}) => {
  const page = await loginAs("CONSULTA");
  await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Tableros" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tablero nacional" })).toBeVisible();

  const filtros = page.getByRole("form", { name: "Filtros del tablero" });
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

test("un subdirector ve el tablero de su centro y no el de otro", async ({ loginAs }) => {
  const page = await loginAs("SUBDIRECTOR");
  await page.goto("/tableros");
  await expect(page.getByRole("heading", { level: 1, name: /Antioquia 1/ })).toBeVisible();
  await expect(page.getByRole("form", { name: "Filtros del tablero" }).getByLabel("Regional")).toHaveCount(0);
  const respuesta = await page.goto("/tableros?regional=1");
  expect(respuesta?.status()).toBe(404);
});
