// Measurement of the built application's pages, for `npm run bench`: throughput under load
// (requests per second, p50 and p99, errors) with autocannon, and what each page weighs when it
// reaches the browser (uncompressed HTML, first-load JavaScript compressed as the server sends
// it). Everything is also reported as a proportion of /login measured in the same run.
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import type pg from "pg";
import { Navegador, type Cuenta } from "./navegador";

export const CONEXIONES = 16;
export const SEGUNDOS = 10;

export interface Rendimiento {
  porSegundo: number;
  p50: number;
  p99: number;
  errores: number;
  peticiones: number;
}

/**
 * `CONEXIONES` clients asking for `ruta` without pause for `segundos`. Anything but a 200 counts
 * as an error (a redirect to /login means the session was lost; it must not pass as a fast page).
 */
export async function rendimiento(
  base: string,
  ruta: string,
  cookie: string | undefined,
  segundos = SEGUNDOS,
): Promise<Rendimiento> {
  const resultado = await autocannon({
    url: new URL(ruta, base).toString(),
    connections: CONEXIONES,
    duration: segundos,
    timeout: 10,
    headers: { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) },
  });
  const no200 = Object.entries(resultado.statusCodeStats ?? {})
    .filter(([codigo]) => codigo !== "200")
    .reduce((suma, [, estadistica]) => suma + (estadistica?.count ?? 0), 0);
  return {
    porSegundo: resultado.requests.total / segundos,
    p50: resultado.latency.p50,
    p99: resultado.latency.p99,
    errores: resultado.errors + resultado.timeouts + no200,
    peticiones: resultado.requests.total,
  };
}

export interface Peso {
  /** The HTML as the server produces it, uncompressed. */
  html: number;
  /** Every script the page loads on its first visit, compressed as the browser receives it. */
  js: number;
  scripts: number;
}

/** What the page weighs at its first visit (no browser cache). */
export async function pesoDePagina(navegador: Navegador, ruta: string): Promise<Peso> {
  const respuesta = await navegador.pedir(ruta);
  if (respuesta.status !== 200) throw new Error(`${ruta} respondió ${respuesta.status}`);
  const html = await respuesta.text();
  const fuentes = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(m[0]);
    // Polyfills marked noModule: no browser that runs the application downloads them.
    if (src && !/\snomodule\b/i.test(m[0])) fuentes.add(src[1]!.replaceAll("&amp;", "&"));
  }
  // Scripts the page loads right away by `<link rel="preload" as="script">`.
  for (const m of html.matchAll(/<link\b[^>]*rel="preload"[^>]*as="script"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0]);
    if (href) fuentes.add(href[1]!.replaceAll("&amp;", "&"));
  }
  let js = 0;
  for (const fuente of fuentes) {
    const archivo = await navegador.pedir(fuente, { encabezados: { "accept-encoding": "gzip" } });
    const bytes = Buffer.from(await archivo.arrayBuffer());
    // fetch decompresses: what travelled is its gzip, at the level the server uses.
    js +=
      archivo.headers.get("content-encoding") === "gzip"
        ? gzipSync(bytes, { level: 6 }).length
        : bytes.length;
  }
  return { html: Buffer.byteLength(html), js, scripts: fuentes.size };
}

export function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

// ---------------------------------------------------------------------------------------------
// The built application's pages, on the bench's database

export interface RutaMedida {
  nombre: string;
  ruta: string;
  /** Who asks for it: `null` is nobody signed in. */
  cuenta: Cuenta | null;
}

export interface MedidaDePagina extends Peso, Rendimiento {
  nombre: string;
  /** Median time of one request right after the data changed (nothing kept). */
  primera: number;
}

/** A write somewhere in the data: every kept dashboard figure is stale after it. */
async function invalidar(sql: pg.Client): Promise<void> {
  await sql.query(`UPDATE "GeneracionTableros" SET valor = valor + 1 WHERE id = 1`);
}

async function tiempoDeUna(base: string, ruta: string, cookie: string | undefined): Promise<number> {
  const inicio = performance.now();
  const respuesta = await fetch(new URL(ruta, base), {
    headers: cookie ? { cookie } : {},
    redirect: "manual",
  });
  await respuesta.arrayBuffer();
  if (respuesta.status !== 200) throw new Error(`${ruta} respondió ${respuesta.status}`);
  return performance.now() - inicio;
}

function cookieDe(navegador: Navegador): string {
  return [...navegador.copiarCookies()].map(([k, v]) => `${k}=${v}`).join("; ");
}

export async function medirRutas(
  base: string,
  sql: pg.Client,
  rutas: RutaMedida[],
  segundos = SEGUNDOS,
): Promise<MedidaDePagina[]> {
  const medidas: MedidaDePagina[] = [];
  for (const { nombre, ruta, cuenta } of rutas) {
    const navegador = new Navegador(base);
    if (cuenta) {
      const error = await navegador.ingresar(cuenta);
      if (error) throw new Error(`${cuenta.correo} no pudo ingresar: ${error}`);
    }
    const cookie = cuenta ? cookieDe(navegador) : undefined;
    const primeras: number[] = [];
    for (let i = 0; i < 5; i++) {
      await invalidar(sql);
      primeras.push(await tiempoDeUna(base, ruta, cookie));
    }
    const peso = await pesoDePagina(navegador, ruta);
    await rendimiento(base, ruta, cookie, 2); // warm-up
    medidas.push({
      nombre,
      ...peso,
      ...(await rendimiento(base, ruta, cookie, segundos)),
      primera: mediana(primeras),
    });
  }
  return medidas;
}

export function imprimirMedidas(medidas: MedidaDePagina[], referencia: MedidaDePagina): void {
  const col = (t: string | number, n: number, derecha = true) =>
    derecha ? String(t).padStart(n) : String(t).padEnd(n);
  console.log(
    `${col("Página", 38, false)}${col("pet/s", 8)}${col("÷ /login", 10)}${col("p50 ms", 8)}${col("p99 ms", 8)}` +
      `${col("errores", 9)}${col("1.ª ms", 8)}${col("HTML", 10)}${col("JS (gzip)", 11)}`,
  );
  for (const m of medidas) {
    console.log(
      `${col(m.nombre, 38, false)}${col(m.porSegundo.toFixed(1), 8)}` +
        `${col(`${((100 * m.porSegundo) / referencia.porSegundo).toFixed(0)} %`, 10)}${col(m.p50, 8)}${col(m.p99, 8)}` +
        `${col(m.errores, 9)}${col(m.primera.toFixed(0), 8)}${col(kB(m.html), 10)}${col(kB(m.js), 11)}`,
    );
  }
}

export function mediana(valores: number[]): number {
  const orden = [...valores].sort((a, b) => a - b);
  const medio = Math.floor(orden.length / 2);
  return orden.length % 2 ? orden[medio]! : (orden[medio - 1]! + orden[medio]!) / 2;
}
