// Probes of what the application accepts as data, from the outside like the others in ./sondas.ts:
// an absurd amount sent the way the report form sends it, and ids beyond the database's integer.

import { Navegador, type Cuenta } from "../navegador";
import type { Resultado } from "./sondas";

/** The largest bigint PostgreSQL stores: summed with anything, it overflowed the dashboards. */
const MONTO_ABSURDO = "9.223.372.036.854.775.807";

/** The amount fields of the report kinds a subdirector files, one per kind. */
const CAMPOS_DE_MONTO = {
  totalAprovechamientos: "TRAZABILIDAD_VENTAS",
  recursosSolicitados: "EJECUCION_RECURSOS",
} as const;

interface ReporteEditable {
  ruta: string;
  html: string;
  campo: keyof typeof CAMPOS_DE_MONTO;
}

/** A report of the subdirector's own list whose page shows the form with an amount field. */
async function reporteConMontos(n: Navegador): Promise<ReporteEditable | null> {
  const lista = await (await n.pedir("/obligaciones")).text();
  const rutas = [...new Set([...lista.matchAll(/href="(\/reportes\/\d+)"/g)].map((m) => m[1]!))];
  for (const ruta of rutas) {
    const html = await (await n.pedir(ruta)).text();
    const campo = (Object.keys(CAMPOS_DE_MONTO) as (keyof typeof CAMPOS_DE_MONTO)[]).find((c) =>
      html.includes(`name="${c}"`),
    );
    if (campo) return { ruta, html, campo };
  }
  return null;
}

/**
 * The id under which the page's JavaScript calls the server action `nombre`: what any browser
 * downloads, and what an attacker would read to call it with data the form would not send.
 */
async function idDeAccion(n: Navegador, html: string, nombre: string): Promise<string | null> {
  const scripts = new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!));
  const referencia = new RegExp(`createServerReference\\)\\("([0-9a-f]+)",[^"]*"${nombre}"\\)`);
  for (const src of scripts) {
    const id = referencia.exec(await (await n.pedir(src)).text())?.[1];
    if (id) return id;
  }
  return null;
}

/** Calls a server action as React does: the arguments as JSON, the answer in the RSC format. */
async function llamarAccion(n: Navegador, base: string, ruta: string, id: string, argumento: unknown) {
  const r = await n.pedir(ruta, {
    method: "POST",
    encabezados: {
      "next-action": id,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin: new URL(base).origin,
    },
    body: JSON.stringify([argumento]),
  });
  return { status: r.status, texto: await r.text() };
}

async function tableroResponde(base: string, coordinador: Cuenta): Promise<string> {
  const c = new Navegador(base);
  await c.ingresar(coordinador);
  const r = await c.pedir("/tableros?datos=enviados");
  const texto = await r.text();
  return r.status === 200 && !texto.includes("Ocurrió un error inesperado") ? "200" : `HTTP ${r.status}`;
}

/**
 * A subdirector saves a draft with an absurd amount through the form's own server action, without
 * the form's checks in between: the server refuses it with the ceiling's message, the report keeps
 * what it had, and the coordinator's dashboard with submitted data still answers.
 */
export async function montoAbsurdo(
  base: string,
  coordinador: Cuenta,
  subdirector: Cuenta,
): Promise<Resultado> {
  const nombre = "Un monto absurdo se rechaza y los tableros siguen respondiendo";
  const n = new Navegador(base);
  await n.ingresar(subdirector);
  const reporte = await reporteConMontos(n);
  if (!reporte)
    return { nombre, ok: false, detalle: "el subdirector no tiene un reporte editable con montos" };
  const accion = await idDeAccion(n, reporte.html, "guardarReporte");
  const ids = /\\?"reporteId\\?":(\d+),\\?"version\\?":(\d+)/.exec(reporte.html);
  if (!accion || !ids)
    return { nombre, ok: false, detalle: `no se encontró la acción del formulario en ${reporte.ruta}` };
  const respuesta = await llamarAccion(n, base, reporte.ruta, accion, {
    reporteId: Number(ids[1]),
    version: Number(ids[2]),
    enviar: false,
    datos: { tipo: CAMPOS_DE_MONTO[reporte.campo], [reporte.campo]: MONTO_ABSURDO },
  });
  const rechazado = respuesta.status === 200 && /El monto no puede superar/.test(respuesta.texto);
  const despues = await (await n.pedir(reporte.ruta)).text();
  const intacto = !despues.includes(MONTO_ABSURDO) && !despues.includes(MONTO_ABSURDO.replace(/\./g, ""));
  const tablero = await tableroResponde(base, coordinador);
  return {
    nombre,
    ok: rechazado && intacto && tablero === "200",
    detalle:
      `${reporte.ruta}: borrador ${rechazado ? "rechazado" : `aceptado (HTTP ${respuesta.status})`}, ` +
      `${intacto ? "sin cambios" : "con el monto guardado"}; /tableros?datos=enviados del coordinador: ${tablero}`,
  };
}

/** Ids past PostgreSQL's integer (or no ids at all) on every route that takes one answer 404. */
export async function idsFueraDeRango(base: string, cuenta: Cuenta): Promise<Resultado> {
  const n = new Navegador(base);
  await n.ingresar(cuenta);
  const rutas = [
    "/reportes/99999999999",
    "/reportes/2147483648",
    "/reportes/3000000000/pdf",
    "/reportes/1e3",
    "/api/evidencias/3000000000",
    "/api/evidencias/-1",
  ];
  const respuestas = await Promise.all(
    rutas.map(async (ruta) => [ruta, (await n.pedir(ruta)).status] as const),
  );
  const tablero = (await n.pedir("/tableros?regional=3000000000&centro=99999999999")).status;
  return {
    nombre: "Ids fuera del rango de la base responden 404",
    ok: respuestas.every(([, status]) => status === 404) && tablero === 200,
    detalle: `${respuestas.map(([ruta, status]) => `${ruta} ${status}`).join(", ")}; filtro fuera de rango en /tableros: ${tablero}`,
  };
}
