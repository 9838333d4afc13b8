/**
 * `npm start` (and `npm run dev`, with `--dev`): gets the application ready with a single command.
 *
 * 1. Database: DATABASE_URL if it is set (with DATABASE_URL_PROPIETARIO, if set, for the
 *    migrations); otherwise an embedded PostgreSQL in .data/postgres, supervised: if its process
 *    dies it is started again on the same port. The application connects as a role that owns
 *    nothing and can only add to the audit log (decision 0024).
 * 2. Pending migrations (as the owner) and, if the database has no vigencias, initial data (with
 *    demo data on the embedded database, or with SEED_DEMO=true on an external one).
 * 3. `prisma generate` if the client is missing; `next build` if the build is not up to date
 *    (with `--dev`, `next dev` instead).
 * 4. `next start -p ${PORT:-3000}` and the queue worker (e-mails and reminders); Ctrl-C or
 *    SIGTERM stop Next.js, then the worker and finally the embedded database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { configuracionSmtp } from "@/server/correo";
import { configuracionEntra } from "@/server/entra";
import { leerConfianza } from "@/lib/direccion";
import { leerEstadoDeCompilacion, invalidarCompilacion, RAIZ_DEL_PROYECTO } from "./estado-de-compilacion";
import { contarAdministradoresActivos, contarVigencias, cuentasDemoExistentes } from "./db/estado";
import { urlDelPropietario } from "./db/conexiones";
import { excesosDelRolDeLaAplicacion, GRUPO_DE_LA_APLICACION } from "./db/permisos";
import { iniciarTrabajadorVigilado } from "./cola/proceso";
import { hostPorDefecto, leerDespliegue } from "@/lib/despliegue";
import { vigilarPostgresEmbebido } from "./embedded-postgres-supervisor";
import { asegurarSecretoDeSesion, cargarArchivosEnv } from "./arranque/entorno";
import { vigilarLanzador } from "./arranque/lanzador";
import { info, imprimirBienvenida, ocultarClave } from "./arranque/mensajes";
import { arranque, estaCorriendo, ejecutarComprobando, apagar } from "./arranque/procesos";

const DEV = process.argv.includes("--dev");
const BIN = path.join(RAIZ_DEL_PROYECTO, "node_modules", ".bin");
const ESPERA_HASTA_LISTO_MS = DEV ? 600_000 : 180_000;

async function main(): Promise<void> {
  process.chdir(RAIZ_DEL_PROYECTO);
  cargarArchivosEnv();
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const port = process.env.PORT?.trim() || "3000";
  process.env.PORT = port;
  // A mistyped setting is said now, not when it is first needed.
  const despliegue = leerDespliegue();
  leerConfianza(process.env.TRUST_PROXY);
  if (despliegue === "produccion" && !process.env.NEXTAUTH_URL?.trim().startsWith("https://")) {
    throw new Error(
      "DESPLIEGUE=produccion: defina NEXTAUTH_URL con la dirección pública https:// de la aplicación " +
        "(las sesiones viajan solo por https).",
    );
  }
  const smtp = configuracionSmtp();
  info(
    smtp
      ? `Los correos salen por ${ocultarClave(smtp.url)}.`
      : "SMTP_URL no está definida: los correos no salen del servidor; quedan en la bandeja de salida (/admin/correos).",
  );

  const entra = configuracionEntra();
  info(
    entra
      ? `Ingreso con la cuenta institucional por ${entra.emisor} (${entra.inquilinos.length === 1 ? "un directorio" : `${entra.inquilinos.length} directorios`}).`
      : "Ingreso con la cuenta institucional sin configurar (ENTRA_*): solo con contraseña.",
  );

  if (!existsSync(path.join(RAIZ_DEL_PROYECTO, "src", "generated", "prisma"))) {
    info("Generando el cliente de Prisma (prisma generate)…");
    await ejecutarComprobando(path.join(BIN, "prisma"), ["generate"], "prisma generate");
  }

  // 1. Database
  const externalUrl = process.env.DATABASE_URL?.trim();
  const embedded = !externalUrl;
  let databaseUrl: string;
  let urlPropietario: string;
  if (externalUrl) {
    databaseUrl = externalUrl;
    urlPropietario = urlDelPropietario()!;
    info(`Usando la base de datos de DATABASE_URL (${ocultarClave(databaseUrl)}).`);
    if (urlPropietario !== databaseUrl) {
      info(`Las migraciones se aplican con DATABASE_URL_PROPIETARIO (${ocultarClave(urlPropietario)}).`);
    }
  } else {
    info("DATABASE_URL no está definida: se usa PostgreSQL embebido (.data/postgres).");
    arranque.arrancandoEmbebido = vigilarPostgresEmbebido({ log: info });
    const embebido = await arranque.arrancandoEmbebido;
    databaseUrl = embebido.url;
    urlPropietario = embebido.urlPropietario;
    process.env.DATABASE_URL = databaseUrl;
    info(`PostgreSQL embebido listo en ${ocultarClave(databaseUrl)}.`);
  }
  // The application and the worker inherit this environment: the owner's password stays here.
  delete process.env.DATABASE_URL_PROPIETARIO;
  if (arranque.apagando) return;

  // 2. Migrations and initial data. Imported here: the seed uses the generated client.
  const { prepararBase } = await import("./db/preparar");
  const { seedDatabase } = await import("../prisma/seed/index");
  info("Aplicando migraciones pendientes…");
  const applied = await prepararBase(urlPropietario);
  info(
    applied.length > 0
      ? `Migraciones aplicadas: ${applied.join(", ")}.`
      : "El esquema está al día: no hay migraciones pendientes.",
  );
  if (despliegue === "produccion") await exigirRolSinPoderSobreLaAuditoria(databaseUrl);
  const { carpetaDeEvidenciasEnDisco, importarEvidenciasEnDisco, informeDeImportacion } =
    await import("./db/evidencias-en-disco");
  const carpeta = carpetaDeEvidenciasEnDisco(RAIZ_DEL_PROYECTO);
  for (const linea of informeDeImportacion(await importarEvidenciasEnDisco(databaseUrl, carpeta), carpeta)) {
    info(linea);
  }
  if (arranque.apagando) return;

  if ((await contarVigencias(databaseUrl)) === 0) {
    const demo = despliegue !== "produccion" && (embedded || process.env.SEED_DEMO === "true");
    if (demo) {
      info("La base de datos está vacía: se cargan el plan base y los datos de demostración…");
    } else {
      info(
        "La base de datos está vacía: se carga solo el plan base, sin datos ni usuarios de " +
          "demostración (defina SEED_DEMO=true para incluirlos).",
      );
    }
    await seedDatabase(databaseUrl, { demo, log: (message) => info(`  ${message}`) });
    info("Datos iniciales cargados.");
  }
  const demoEmails = await cuentasDemoExistentes(databaseUrl);
  if (despliegue === "produccion" && demoEmails.size > 0) {
    throw new Error(
      `DESPLIEGUE=produccion y la base tiene cuentas de demostración (${[...demoEmails].join(", ")}), ` +
        "cuya contraseña es pública. Elimínelas de la base o use una base sin datos de demostración.",
    );
  }
  if (despliegue === "produccion" && (await contarAdministradoresActivos(databaseUrl)) === 0) {
    info("No hay ningún administrador activo: cree el primero con `npm run admin:crear`.");
  }
  if (!process.env.HOST?.trim()) {
    process.env.HOST = hostPorDefecto(despliegue);
    if (process.env.HOST === "local") {
      info("Demostración: la aplicación solo atiende en este equipo (defina HOST para abrirla a la red).");
    }
  }
  if (arranque.apagando) return;

  // 3. Sessions and build
  asegurarSecretoDeSesion();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  if (!DEV) {
    const state = leerEstadoDeCompilacion(RAIZ_DEL_PROYECTO);
    if (state.stale) {
      info(`Compilando la aplicación con next build (${state.reason}); tarda unos minutos…`);
      invalidarCompilacion(RAIZ_DEL_PROYECTO);
      try {
        await ejecutarComprobando(path.join(BIN, "next"), ["build"], "next build");
      } catch (error) {
        invalidarCompilacion(RAIZ_DEL_PROYECTO);
        throw error;
      }
    } else {
      info("La compilación de producción está al día: se omite next build.");
    }
  }
  if (arranque.apagando) return;

  // 4. Server: our own (scripts/servidor.ts) in production; `next dev` in development.
  info(`Iniciando Next.js (${DEV ? "next dev" : "scripts/servidor.ts"}) en el puerto ${port}…`);
  const server = DEV
    ? spawn(path.join(BIN, "next"), ["dev", "-p", port], {
        cwd: RAIZ_DEL_PROYECTO,
        env: process.env,
        stdio: "inherit",
      })
    : spawn(path.join(BIN, "tsx"), ["scripts/servidor.ts"], {
        cwd: RAIZ_DEL_PROYECTO,
        env: process.env,
        stdio: "inherit",
      });
  arranque.hijoActual = server;
  arranque.etiquetaActual = "Next.js";
  server.once("exit", (code, signal) => {
    if (arranque.apagando) return;
    void apagar(
      `Next.js terminó inesperadamente (${signal ? `señal ${signal}` : `código ${code}`})`,
      code || 1,
    );
  });

  info("Iniciando el trabajador de la cola (correos y recordatorios)…");
  arranque.worker = iniciarTrabajadorVigilado(process.env, info, () => !arranque.apagando);

  const baseUrl = `http://localhost:${port}`;
  if (await esperarHttp(`${baseUrl}/login`, server)) {
    imprimirBienvenida(process.env.NEXTAUTH_URL ?? baseUrl, demoEmails);
  } else if (!arranque.apagando) {
    await apagar(`Next.js no respondió en ${baseUrl}/login`, 1);
  }
}

/**
 * A deployment refuses to serve with a connection that could rewrite the audit log: whoever
 * controlled the application would then control its record too.
 */
async function exigirRolSinPoderSobreLaAuditoria(databaseUrl: string): Promise<void> {
  const excesos = await excesosDelRolDeLaAplicacion(databaseUrl);
  if (excesos.length === 0) return;
  throw new Error(
    `DESPLIEGUE=produccion y la aplicación podría reescribir su propia auditoría: ${excesos.join("; ")}. ` +
      `Conecte la aplicación (DATABASE_URL) con un rol que no sea dueño de las tablas, miembro de ` +
      `${GRUPO_DE_LA_APLICACION} (p. ej. CREATE ROLE plan_accion LOGIN PASSWORD '…' IN ROLE ` +
      `${GRUPO_DE_LA_APLICACION}), y dé la del dueño en DATABASE_URL_PROPIETARIO para las migraciones.`,
  );
}

async function esperarHttp(url: string, server: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + ESPERA_HASTA_LISTO_MS;
  while (Date.now() < deadline && !arranque.apagando && estaCorriendo(server)) {
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

// If the terminal or the output pipe closes, writing to them must not bring down the shutdown.
process.stdout.on("error", () => undefined);
process.stderr.on("error", () => undefined);

// Safety net if the process exits without going through apagar(): do not leave Next.js orphaned.
process.on("exit", () => {
  if (arranque.hijoActual && estaCorriendo(arranque.hijoActual)) arranque.hijoActual.kill("SIGTERM");
});

vigilarLanzador();

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (arranque.apagando) {
      // Ctrl-C also arrives forwarded by npm/tsx: only say something if the user insists.
      if (Date.now() - arranque.inicioDelApagado > 1_000) info("Apagado en curso; espere…");
      return;
    }
    void apagar(`Señal ${signal} recibida`, 0);
  });
}

main().catch(async (error: unknown) => {
  if (arranque.apagando) return;
  console.error(`\n[inicio] Error: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.stack && process.env.DEBUG) console.error(error.stack);
  await apagar("No se pudo iniciar la aplicación", 1);
});
