// Performance bench of the dashboards and of the reminders pass (`npm run bench`).
//
// Creates its own database on the TEST_DATABASE_URL server (or on an embedded one, without it),
// seeds the base plan, ten vigencias (2017–2026) and the 117 demo centros with all their reports
// for every period, and measures each panel registered in PANELES for a national, a regional and a
// centro scope. Each time is reported as a multiple of a baseline measured in the same run (a count
// of "Reporte"), so that the figure can be compared across machines; the milliseconds are for
// information only. It then measures the built application's pages on that database
// (scripts/bench-paginas.ts). The seeding is in scripts/bench-siembra.ts. It asserts nothing about
// the times: it reports and exits with 0; it drops its database at the end.
//
// Runs with `tsx --conditions=react-server` so that modules marked "server-only" can be imported
// outside Next.js, as the server-components renderer does.

import path from "node:path";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import type { AmbitoTablero } from "@/features/tableros/tipos";
import { crearBaseDePrueba } from "../tests/helpers/database";
import { asegurarCompilacion, iniciarInstancia } from "../tests/helpers/instancia";
import { asegurarServidorDePruebas, puertoLibre } from "../tests/helpers/servidor-pruebas";
import { CONEXIONES, imprimirMedidas, mediana, medirRutas, SEGUNDOS, type RutaMedida } from "./bench-paginas";
import { ANIOS, multiplicarCentros, resumenDeVolumen, sembrarBase } from "./bench-siembra";
import { RAIZ_DEL_PROYECTO } from "./estado-de-compilacion";
import type { Cuenta } from "./navegador";

const ANIO_MEDIDO = 2025;
const CALENTAMIENTO = 2;
const REPETICIONES = 9;
/** A panel is worth a look above either of these. */
const MULTIPLO_ALERTA = 10;
const MS_ALERTA = 300;

type Ejecutor = pg.Client;

// ---------------------------------------------------------------------------------------------
// Measurement

interface Consulta {
  sql: string;
  params: string;
  ms: number;
}

/** The app's client, with its statements recorded so a slow panel can show what it ran. */
function clienteInstrumentado(url: string, registro: Consulta[]) {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  prisma.$on("query", (e) => registro.push({ sql: e.query, params: e.params, ms: e.duration }));
  return prisma;
}

async function medir(trabajo: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < CALENTAMIENTO; i++) await trabajo();
  const tiempos: number[] = [];
  for (let i = 0; i < REPETICIONES; i++) {
    const inicio = performance.now();
    await trabajo();
    tiempos.push(performance.now() - inicio);
  }
  return mediana(tiempos);
}

async function ambitosDePrueba(prisma: PrismaClient): Promise<[string, AmbitoTablero][]> {
  const vigencia = await prisma.vigencia.findUniqueOrThrow({
    where: { anio: ANIO_MEDIDO },
    select: { id: true, anio: true, nombre: true },
  });
  // The regional with most centros is the heaviest regional view.
  const [mayor] = await prisma.centro.groupBy({
    by: ["regionalId"],
    _count: { _all: true },
    orderBy: { _count: { regionalId: "desc" } },
    take: 1,
  });
  const regional = await prisma.regional.findUniqueOrThrow({ where: { id: mayor!.regionalId } });
  const centro = await prisma.centro.findFirstOrThrow({
    where: { regionalId: regional.id, generaAprovechamiento: true },
    orderBy: { codigo: "asc" },
  });
  const estados: AmbitoTablero["estados"] = ["APROBADO"];
  return [
    ["nacional", { vigencia, estados }],
    [`regional ${regional.nombre}`, { vigencia, estados, regionalId: regional.id }],
    [`centro ${centro.codigo}`, { vigencia, estados, regionalId: regional.id, centroId: centro.id }],
  ];
}

async function explicar(sql: Ejecutor, consulta: Consulta): Promise<string> {
  if (!/^\s*(SELECT|WITH)\b/i.test(consulta.sql)) return "(no es una consulta de lectura)";
  try {
    const params = JSON.parse(consulta.params) as unknown[];
    const { rows } = await sql.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${consulta.sql}`,
      params,
    );
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  } catch (error) {
    return `(no se pudo obtener el plan: ${(error as Error).message})`;
  }
}

function columna(texto: string | number, ancho: number, derecha = false): string {
  const t = String(texto);
  return derecha ? t.padStart(ancho) : t.padEnd(ancho);
}

async function lineaBase(prisma: PrismaClient): Promise<number> {
  const base = await medir(() => prisma.$queryRaw`SELECT count(*) FROM "Reporte"`);
  console.log(`\nLínea base: SELECT count(*) FROM "Reporte" → ${base.toFixed(2)} ms (mediana)`);
  return base;
}

async function medirPaneles(url: string, sql: Ejecutor): Promise<boolean> {
  const registro: Consulta[] = [];
  const prisma = clienteInstrumentado(url, registro);
  // db() keeps the client in globalThis.prisma: the panels use this instrumented one.
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = prisma;
  let sinErrores = true;
  try {
    const { PANELES } = await import("@/features/tableros/registro");
    const { vaciarCacheDeTableros } = await import("@/features/tableros/cache");
    const ambitos = await ambitosDePrueba(prisma);
    const base = await lineaBase(prisma);
    console.log(
      `Vigencia medida: ${ANIO_MEDIDO}; ${REPETICIONES} repeticiones tras ${CALENTAMIENTO} de calentamiento.\n`,
    );
    console.log(
      `${columna("Panel", 16)}${columna("Ámbito", 34)}${columna("× base", 9, true)}${columna("ms", 10, true)}` +
        `${columna("consultas", 11, true)}${columna("más lenta ms", 14, true)}${columna("en caché ×", 12, true)}`,
    );
    const lentos: { nombre: string; consulta: Consulta }[] = [];
    for (const [panel, tablas] of Object.entries(PANELES)) {
      for (const [nombre, ambito] of ambitos) {
        let ms: number;
        let msEnCache: number;
        try {
          // Computed (nothing kept), then as the next requests of the same generation get it.
          ms = await medir(() => {
            vaciarCacheDeTableros();
            return tablas(ambito);
          });
          msEnCache = await medir(() => tablas(ambito));
        } catch (error) {
          sinErrores = false;
          console.log(`${columna(panel, 16)}${columna(nombre, 34)}  ERROR: ${(error as Error).message}`);
          continue;
        }
        registro.length = 0;
        vaciarCacheDeTableros();
        await tablas(ambito);
        const masLenta = registro.reduce<Consulta | undefined>(
          (a, c) => (!a || c.ms > a.ms ? c : a),
          undefined,
        );
        const multiplo = ms / base;
        const alerta = multiplo > MULTIPLO_ALERTA || ms > MS_ALERTA;
        console.log(
          `${columna(panel, 16)}${columna(nombre, 34)}${columna(multiplo.toFixed(1), 9, true)}` +
            `${columna(ms.toFixed(2), 10, true)}${columna(registro.length, 11, true)}` +
            `${columna(masLenta ? masLenta.ms.toFixed(2) : "-", 14, true)}` +
            `${columna((msEnCache / base).toFixed(2), 12, true)}${alerta ? "  ← revisar" : ""}`,
        );
        if (alerta && masLenta) lentos.push({ nombre: `${panel} · ${nombre}`, consulta: masLenta });
      }
    }
    for (const { nombre, consulta } of lentos) {
      console.log(
        `\n── ${nombre}: consulta más lenta (${consulta.ms.toFixed(2)} ms)\n${consulta.sql.trim()}`,
      );
      console.log(await explicar(sql, consulta));
    }
    if (lentos.length === 0) {
      console.log(`\nNingún panel supera ${MULTIPLO_ALERTA}× la línea base ni ${MS_ALERTA} ms.`);
    }
  } finally {
    await prisma.$disconnect();
  }
  return sinErrores;
}

/** A day on which every kind of reminder is due somewhere in the bench data (T3 escalates). */
const HOY_RECORDATORIOS = "2026-10-22";

/**
 * One pass of the reminders over the whole bench data: the first one of the day (it delivers,
 * writing notifications and e-mails) and the following ones (nothing new: only the work of
 * finding out), both against the same baseline as the panels.
 */
async function medirRecordatorios(url: string): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const { ejecutarPasada, ejecutarPasadaEn } = await import("@/features/recordatorios/pasada");
    const base = await lineaBase(prisma);
    const opciones = { hoy: HOY_RECORDATORIOS, origen: "CONSOLA" } as const;
    // The day's first pass, undone each time so that every repetition delivers the same reminders.
    let primera: Awaited<ReturnType<typeof ejecutarPasadaEn>> | undefined;
    const deshacer = new Error("deshacer");
    const msPrimera = await medir(() =>
      prisma
        .$transaction(async (tx) => {
          primera = await ejecutarPasadaEn(tx, opciones);
          throw deshacer;
        })
        .catch((error: unknown) => {
          if (error !== deshacer) throw error;
        }),
    );
    await ejecutarPasada(prisma, opciones);
    const msRepetida = await medir(() => ejecutarPasada(prisma, opciones));
    if (!primera) throw new Error("La pasada no devolvió resultado");
    const entregados = Object.values(primera.porEtapa).reduce((a, b) => a + b, 0);
    console.log(
      `Recordatorios del ${HOY_RECORDATORIOS} sobre todos los centros y las vigencias 2025–2026:\n`,
    );
    console.log(`${columna("Pasada", 50)}${columna("× base", 9, true)}${columna("ms", 10, true)}`);
    console.log(
      `${columna(`primera del día (${entregados} avisos, ${primera.correos} correos)`, 50)}` +
        `${columna((msPrimera / base).toFixed(1), 9, true)}${columna(msPrimera.toFixed(1), 10, true)}`,
    );
    console.log(
      `${columna("repetida (nada nuevo que entregar)", 50)}` +
        `${columna((msRepetida / base).toFixed(1), 9, true)}${columna(msRepetida.toFixed(1), 10, true)}`,
    );
    console.log(`Por etapa: ${JSON.stringify(primera.porEtapa)}`);
    if (msPrimera > 1_000) console.log("← la primera pasada del día supera un segundo: revisar");
  } finally {
    await prisma.$disconnect();
  }
}

// ---------------------------------------------------------------------------------------------
// Pages: the built application on the bench's database

const CLAVE_DEL_BANCO = "Banco-de-rendimiento-2026";
/** The dashboard's default vigencia (the current one) is the one measured as a page. */
const ANIO_DE_PAGINA = ANIOS.at(-1)!;

async function prepararCuentas(sql: Ejecutor): Promise<{ consulta: Cuenta; subdirector: Cuenta }> {
  const { cifrarClave } = await import("@/server/claves");
  const hash = await cifrarClave(CLAVE_DEL_BANCO);
  await sql.query(
    `INSERT INTO "User" (email, nombre, "passwordHash", rol, "updatedAt")
     VALUES ('consulta@banco.test', 'Consulta de pruebas', $1, 'CONSULTA', now())`,
    [hash],
  );
  const { rows } = await sql.query<{ email: string }>(
    `UPDATE "User" SET "passwordHash" = $1
      WHERE email = (SELECT u.email FROM "User" u JOIN "Centro" c ON c.id = u."centroId"
                      WHERE c."generaAprovechamiento" ORDER BY c.codigo LIMIT 1)
      RETURNING email`,
    [hash],
  );
  return {
    consulta: { correo: "consulta@banco.test", clave: CLAVE_DEL_BANCO },
    subdirector: { correo: rows[0]!.email, clave: CLAVE_DEL_BANCO },
  };
}

/**
 * The built application on the bench's database: throughput, p50 and p99 under load of the
 * dashboard (national, regional, centro) and Mis obligaciones against /login in the same run, the
 * time of a request right after a write, and what each page weighs; then the same national page
 * with ten times the centros.
 */
async function medirPaginas(url: string, sql: Ejecutor): Promise<void> {
  const cuentas = await prepararCuentas(sql);
  const { rows } = await sql.query<{ regional: number; centro: number }>(`
    SELECT c."regionalId" AS regional, min(c.id) AS centro FROM "Centro" c
     GROUP BY c."regionalId" ORDER BY count(*) DESC, c."regionalId" LIMIT 1`);
  const { regional, centro } = rows[0]!;
  const secreto = process.env.NEXTAUTH_SECRET!;
  await asegurarCompilacion({ ...process.env, NODE_ENV: "production" }, (m) => console.log(m));
  const puerto = await puertoLibre();
  const instancia = await iniciarInstancia({
    databaseUrl: url,
    puerto,
    registro: path.join(RAIZ_DEL_PROYECTO, ".data", "bench", "servidor.log"),
    secreto,
  });
  try {
    const login: RutaMedida = { nombre: "/login (referencia)", ruta: "/login", cuenta: null };
    const nacional: RutaMedida = {
      nombre: "/tableros nacional",
      ruta: "/tableros",
      cuenta: cuentas.consulta,
    };
    const rutas: RutaMedida[] = [
      login,
      nacional,
      { nombre: "/tableros regional", ruta: `/tableros?regional=${regional}`, cuenta: cuentas.consulta },
      { nombre: "/tableros centro", ruta: `/tableros?centro=${centro}`, cuenta: cuentas.consulta },
      { nombre: "/obligaciones (subdirector)", ruta: "/obligaciones", cuenta: cuentas.subdirector },
    ];
    console.log(
      `\nPáginas de la aplicación compilada (vigencia ${ANIO_DE_PAGINA}; ${CONEXIONES} conexiones, ` +
        `${SEGUNDOS} s cada una; «1.ª» es una petición justo después de una escritura, sin nada guardado):\n`,
    );
    const medidas = await medirRutas(instancia.url, sql, rutas);
    imprimirMedidas(medidas, medidas[0]!);

    await multiplicarCentros(sql, ANIO_DE_PAGINA);
    const { rows: conteo } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Centro"`);
    console.log(`\nCon ×10 centros (${conteo[0]!.n}):\n`);
    const x10 = await medirRutas(instancia.url, sql, [login, nacional]);
    imprimirMedidas(x10, x10[0]!);
    const [, a] = medidas;
    const [, b] = x10;
    console.log(
      `\n/tableros nacional ×10 ÷ ×1: 1.ª petición ${(b!.primera / a!.primera).toFixed(2)}; ` +
        `pet/s (cada una frente a su /login) ${(b!.porSegundo / x10[0]!.porSegundo / (a!.porSegundo / medidas[0]!.porSegundo)).toFixed(2)}.`,
    );
    console.log(
      "Metas: /tableros ≥ 50 % de /login con 0 errores y p99 ≤ 300 ms; HTML ≤ 150 kB; JS /login ≤ 120 kB, " +
        "/tableros ≤ 200 kB; ×10 centros ≤ 2× el tiempo de ×1.",
    );
  } finally {
    await instancia.detener();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const inicio = performance.now();
  const servidor = await asegurarServidorDePruebas((m) => console.log(m));
  const baseDeDatos = await crearBaseDePrueba("plan_bench");
  process.env.DATABASE_URL = baseDeDatos.url;
  process.env.NEXTAUTH_SECRET ??= "banco-de-rendimiento-sin-sesiones";
  // The bench's own SQL (bulk seeding, ANALYZE, EXPLAIN) as the owner; what it measures, as the application.
  const sql = new pg.Client({ connectionString: baseDeDatos.urlPropietario });
  let sinErrores = false;
  try {
    await sql.connect();
    await sembrarBase(baseDeDatos.url, sql);
    const segundos = ((performance.now() - inicio) / 1000).toFixed(1);
    console.log(
      `Base sembrada en ${segundos} s: vigencias ${ANIOS[0]}–${ANIOS.at(-1)}, ${await resumenDeVolumen(sql)}.`,
    );
    sinErrores = await medirPaneles(baseDeDatos.url, sql);
    await medirRecordatorios(baseDeDatos.url);
    await medirPaginas(baseDeDatos.url, sql);
  } finally {
    await sql.end();
    await baseDeDatos.drop();
    await servidor.detener();
  }
  if (!sinErrores) {
    console.error("\nAlgún panel falló: ver los errores arriba.");
    process.exitCode = 1;
  }
}

await main();
