// `npm run carga -- [--url http://localhost:3000] [--usuarios 200] [--segundos 60]`: load test
// against an application running on this machine. Creates (or reactivates) the run's accounts
// (`carga.NNN@carga.invalid`: subdirectores spread over the centros, coordinadores and consulta
// accounts), signs them in through the real form, and each one browses without pause Mis
// obligaciones, a report it can see and the dashboard for the given time. Reports requests, errors
// and latency percentiles per page; exits with 1 if there was any error. When done it deactivates
// the accounts (they are not deleted: their sign-ins remain in the audit log).
//
// Only against localhost: it is a tool to measure this machine before opening the service, not to
// load someone else's server. Uses DATABASE_URL or the embedded database of a running `npm start`.
import { performance } from "node:perf_hooks";
import { Rol } from "@/generated/prisma/enums";
import { cifrarClave } from "@/server/claves";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { usarOIniciarPostgresEmbebido } from "./embedded-postgres";
import { Navegador } from "./navegador";

const USO = "Uso: npm run carga -- [--url http://localhost:3000] [--usuarios 200] [--segundos 60]";
const DOMINIO = "carga.invalid";
const LIMITES = { usuarios: 1_000, segundos: 600 } as const;
const ESPERA_MAXIMA_MS = 30_000;
const LOCALES = new Set(["localhost", "127.0.0.1", "[::1]"]);

interface Opciones {
  url: URL;
  usuarios: number;
  segundos: number;
}

function leerOpciones(args: string[]): Opciones {
  const valores = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const [clave, valor] = [args[i]!, args[i + 1]];
    if (!["--url", "--usuarios", "--segundos"].includes(clave) || valor === undefined) {
      throw new Error(`Argumento no válido: ${clave}\n${USO}`);
    }
    valores.set(clave.slice(2), valor);
  }
  const url = new URL(valores.get("url") ?? `http://localhost:${process.env.PORT || 3000}`);
  if (!LOCALES.has(url.hostname)) {
    throw new Error(`La prueba de carga solo se dirige a este equipo (localhost), no a ${url.hostname}.`);
  }
  const entero = (nombre: "usuarios" | "segundos", porDefecto: number) => {
    const n = Number(valores.get(nombre) ?? porDefecto);
    if (!Number.isInteger(n) || n < 1 || n > LIMITES[nombre]) {
      throw new Error(`--${nombre} debe ser un entero entre 1 y ${LIMITES[nombre]}.\n${USO}`);
    }
    return n;
  };
  return { url, usuarios: entero("usuarios", 200), segundos: entero("segundos", 60) };
}

interface Participante {
  correo: string;
  rol: Rol;
  reporteId: number;
}

/** The run's accounts, active, with one password (hashed once) and a report each can open. */
async function prepararCuentas(databaseUrl: string, cantidad: number, clave: string) {
  const prisma = crearClientePrisma(databaseUrl);
  try {
    const centros = await prisma.centro.findMany({
      where: { activo: true, reportes: { some: {} } },
      select: { id: true, reportes: { select: { id: true }, take: 1, orderBy: { id: "asc" } } },
      orderBy: { id: "asc" },
    });
    const cualquiera = await prisma.reporte.findFirst({ select: { id: true }, orderBy: { id: "asc" } });
    if (!cualquiera || centros.length === 0) {
      throw new Error("La base no tiene reportes: cargue datos (p. ej. los de demostración) antes de medir.");
    }
    const passwordHash = await cifrarClave(clave);
    const participantes: Participante[] = [];
    for (let i = 0; i < cantidad; i += 1) {
      // Eight of every ten are subdirectores, spread over the centros; the rest see everything.
      const rol = i % 10 === 8 ? Rol.COORDINADOR : i % 10 === 9 ? Rol.CONSULTA : Rol.SUBDIRECTOR;
      const centro = rol === Rol.SUBDIRECTOR ? centros[i % centros.length]! : null;
      const correo = `carga.${String(i + 1).padStart(4, "0")}@${DOMINIO}`;
      const datos = {
        nombre: `Carga ${i + 1}`,
        passwordHash,
        rol,
        centroId: centro?.id ?? null,
        activo: true,
        debeCambiarClave: false,
      };
      await prisma.user.upsert({
        where: { email: correo },
        create: { email: correo, ...datos },
        update: { ...datos, version: { increment: 1 } },
      });
      participantes.push({ correo, rol, reporteId: centro?.reportes[0]!.id ?? cualquiera.id });
    }
    return participantes;
  } finally {
    await prisma.$disconnect();
  }
}

async function desactivarCuentas(databaseUrl: string): Promise<number> {
  const prisma = crearClientePrisma(databaseUrl);
  try {
    const { count } = await prisma.user.updateMany({
      where: { email: { endsWith: `@${DOMINIO}` } },
      data: { activo: false, version: { increment: 1 } },
    });
    return count;
  } finally {
    await prisma.$disconnect();
  }
}

interface Medicion {
  pagina: string;
  ms: number;
  error?: string;
}

async function medir(navegador: Navegador, pagina: string, ruta: string): Promise<Medicion> {
  const inicio = performance.now();
  try {
    const respuesta = await navegador.pedir(ruta, { signal: AbortSignal.timeout(ESPERA_MAXIMA_MS) });
    await respuesta.arrayBuffer();
    const ms = performance.now() - inicio;
    return respuesta.status === 200 ? { pagina, ms } : { pagina, ms, error: `HTTP ${respuesta.status}` };
  } catch (error) {
    const detalle =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { pagina, ms: performance.now() - inicio, error: detalle };
  }
}

function percentil(ordenados: number[], p: number): number {
  if (ordenados.length === 0) return 0;
  return ordenados[Math.min(ordenados.length - 1, Math.ceil((p / 100) * ordenados.length) - 1)]!;
}

function informe(mediciones: Medicion[], segundos: number): string[] {
  const lineas: string[] = [];
  const fila = (nombre: string, ms: number[], errores: number) => {
    const o = [...ms].sort((a, b) => a - b);
    const n = (x: number) => Math.round(x).toLocaleString("es-CO").padStart(7);
    return (
      `  ${nombre.padEnd(16)} ${String(o.length).padStart(7)} ${(o.length / segundos).toFixed(1).padStart(8)}` +
      ` ${String(errores).padStart(7)} ${n(percentil(o, 50))} ${n(percentil(o, 90))} ${n(percentil(o, 99))} ${n(o.at(-1) ?? 0)}`
    );
  };
  lineas.push(
    `  ${"página".padEnd(16)} ${"pedidas".padStart(7)} ${"por seg".padStart(8)} ${"errores".padStart(7)} ${"p50 ms".padStart(7)} ${"p90 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"máx ms".padStart(7)}`,
  );
  for (const pagina of [...new Set(mediciones.map((m) => m.pagina))]) {
    const de = mediciones.filter((m) => m.pagina === pagina);
    lineas.push(
      fila(
        pagina,
        de.map((m) => m.ms),
        de.filter((m) => m.error).length,
      ),
    );
  }
  lineas.push(
    fila(
      "total",
      mediciones.map((m) => m.ms),
      mediciones.filter((m) => m.error).length,
    ),
  );
  return lineas;
}

async function main(): Promise<number> {
  const opciones = leerOpciones(process.argv.slice(2));
  const base = opciones.url.origin;
  const salud = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
  if (!salud?.ok)
    throw new Error(`La aplicación no responde en ${base}: iníciela (npm start) antes de medir.`);
  const externa = process.env.DATABASE_URL?.trim();
  const embebida = externa ? null : await usarOIniciarPostgresEmbebido({ log: () => undefined });
  if (embebida && !embebida.shared) {
    await embebida.stop();
    throw new Error("No se encontró la base de la aplicación en marcha: defina DATABASE_URL.");
  }
  const databaseUrl = externa || embebida!.url;
  const clave = `Carga-${Date.now()}-${Math.random().toString(36).slice(2)}`;

  console.log(`Preparando ${opciones.usuarios} cuentas de carga…`);
  const participantes = await prepararCuentas(databaseUrl, opciones.usuarios, clave);
  try {
    console.log("Ingresando por el formulario de /login…");
    const navegadores = await Promise.all(
      participantes.map(async (p) => {
        const n = new Navegador(base);
        const error = await n.ingresar({ correo: p.correo, clave });
        if (error || !n.cookieDeSesion())
          throw new Error(`La cuenta ${p.correo} no pudo ingresar (${error}).`);
        return { n, p };
      }),
    );
    console.log(
      `${navegadores.length} usuarios recorren Mis obligaciones, un reporte y el tablero durante ${opciones.segundos} s…`,
    );
    const mediciones: Medicion[] = [];
    const hasta = performance.now() + opciones.segundos * 1_000;
    await Promise.all(
      navegadores.map(async ({ n, p }) => {
        while (performance.now() < hasta) {
          mediciones.push(await medir(n, "obligaciones", "/obligaciones"));
          if (performance.now() >= hasta) break;
          mediciones.push(await medir(n, "reporte", `/reportes/${p.reporteId}`));
          if (performance.now() >= hasta) break;
          mediciones.push(await medir(n, "tablero", "/tableros"));
        }
      }),
    );
    console.log(`\nResultado (${opciones.usuarios} usuarios, ${opciones.segundos} s, ${base}):`);
    for (const linea of informe(mediciones, opciones.segundos)) console.log(linea);
    const errores = mediciones.filter((m) => m.error);
    if (errores.length > 0) {
      const porTipo = new Map<string, number>();
      for (const e of errores)
        porTipo.set(`${e.pagina}: ${e.error}`, (porTipo.get(`${e.pagina}: ${e.error}`) ?? 0) + 1);
      console.log("\nErrores:");
      for (const [tipo, n] of porTipo) console.log(`  ${n} × ${tipo}`);
      return 1;
    }
    console.log("\nSin errores.");
    return 0;
  } finally {
    const n = await desactivarCuentas(databaseUrl);
    console.log(`Las ${n} cuentas de carga quedaron desactivadas.`);
    await embebida?.stop();
  }
}

main().then(
  (codigo) => {
    process.exitCode = codigo;
  },
  (error: unknown) => {
    console.error(
      `No se pudo completar la prueba de carga: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  },
);
