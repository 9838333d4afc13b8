import { comprobarTodo } from "../../scripts/seguridad/sondas";
import { cuentasDemo, expect, ingresarConFormulario, test } from "./fixtures";

const cuenta = (rol: "COORDINADOR" | "SUBDIRECTOR") => ({
  correo: cuentasDemo[rol].email,
  clave: cuentasDemo[rol].password,
});

test("las sondas de seguridad desde afuera (las de `npm run seguridad`) pasan todas", async ({ baseURL }) => {
  const resultados = await comprobarTodo(baseURL!, cuenta("COORDINADOR"), cuenta("SUBDIRECTOR"));
  expect(resultados.length).toBeGreaterThanOrEqual(11);
  for (const r of resultados) expect.soft(r.ok, `${r.nombre}: ${r.detalle}`).toBe(true);
});

test("«cerrar sesión en todos los dispositivos» saca también a los demás navegadores", async ({
  browser,
}) => {
  const otro = await browser.newContext();
  const otraPagina = await otro.newPage();
  await ingresarConFormulario(otraPagina, "SUBDIRECTOR2");
  const este = await browser.newContext();
  const pagina = await este.newPage();
  await ingresarConFormulario(pagina, "SUBDIRECTOR2");
  await pagina.goto("/cuenta");
  await pagina.getByRole("button", { name: "Cerrar sesión en todos los dispositivos" }).click();
  await pagina.getByRole("button", { name: "Sí, cerrar todas" }).click();
  await expect(pagina).toHaveURL(/\/login/);
  await otraPagina.goto("/obligaciones");
  await expect(otraPagina).toHaveURL(/\/login/);
  await otro.close();
  await este.close();
});

// Last: SUBDIRECTOR2 keeps the new password, and no later spec logs in with it.
test("cambiar la contraseña deja esta sesión abierta y cierra la del otro navegador", async ({ browser }) => {
  const otro = await browser.newContext();
  const otraPagina = await otro.newPage();
  await ingresarConFormulario(otraPagina, "SUBDIRECTOR2");
  const este = await browser.newContext();
  const pagina = await este.newPage();
  await ingresarConFormulario(pagina, "SUBDIRECTOR2");

  const nueva = "Una frase nueva para el subdirector 2026";
  await pagina.goto("/cuenta");
  const formulario = pagina.getByRole("form", { name: "Cambiar la contraseña" });
  await formulario.getByLabel("Contraseña actual").fill(cuentasDemo.SUBDIRECTOR2.password);
  await formulario.getByLabel("Contraseña nueva", { exact: true }).fill(nueva);
  await formulario.getByLabel("Confirme la contraseña nueva").fill(nueva);
  await formulario.getByRole("button", { name: "Cambiar contraseña" }).click();
  await expect(pagina.getByRole("status")).toHaveText(/Su contraseña se cambió/);

  await pagina.goto("/obligaciones");
  await expect(pagina.getByRole("heading", { name: "Mis obligaciones" })).toBeVisible();
  await otraPagina.goto("/obligaciones");
  await expect(otraPagina).toHaveURL(/\/login/);

  await otro.close();
  await este.close();
});

test("con datos de demostración la aplicación solo atiende en este equipo", async ({ baseURL }) => {
  const puerto = new URL(baseURL!).port;
  const propia = await fetch(`http://127.0.0.1:${puerto}/login`);
  expect(propia.status).toBe(200);
  // 127.0.0.2 is this machine too, but not an address the server listens on: as if from the network.
  await expect(fetch(`http://127.0.0.2:${puerto}/login`)).rejects.toThrow(/fetch failed/);
});
