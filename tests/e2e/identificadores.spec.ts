import { expect, test } from "./fixtures";

// Beyond PostgreSQL's integer, not a number, or not a whole positive one: none names a row.
const IDS = ["2147483648", "3000000000", "99999999999", "0", "-1", "1e3", "12abc"];

const RUTAS = [
  "/reportes/:id",
  "/reportes/:id/pdf",
  "/api/evidencias/:id",
  "/admin/usuarios/:id",
  "/admin/centros/:id",
  "/admin/centros/regionales/:id",
];

test("un id fuera de rango, o que no es un id, responde 404 en cada ruta y nunca 500", async ({
  ingresarComo,
}) => {
  const page = await ingresarComo("ADMIN");
  const respuestas: string[] = [];
  for (const ruta of RUTAS) {
    for (const id of IDS) {
      const url = ruta.replace(":id", id);
      const r = await page.request.get(url, { maxRedirects: 0 });
      respuestas.push(`${url} ${r.status()}`);
    }
  }
  expect(respuestas).toEqual(RUTAS.flatMap((ruta) => IDS.map((id) => `${ruta.replace(":id", id)} 404`)));
});

test("un filtro con un id fuera de rango no se aplica y la página responde", async ({ ingresarComo }) => {
  const page = await ingresarComo("COORDINADOR");
  for (const url of [
    "/tableros?regional=3000000000",
    "/tableros?centro=99999999999&datos=enviados",
    "/api/tableros/tabla?panel=def&tabla=def-por-centro&centro=3000000000",
    "/revision?regional=3000000000",
  ]) {
    const r = await page.request.get(url, { maxRedirects: 0 });
    expect(r.status(), url).toBe(200);
  }
  await page.goto("/tableros?regional=3000000000&datos=enviados");
  await expect(page.getByRole("heading", { name: "Tablero nacional" })).toBeVisible();
});
