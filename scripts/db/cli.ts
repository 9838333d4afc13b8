// Database migrations on Prisma's schema engine in WebAssembly.
//   tsx scripts/db/cli.ts deploy | new <nombre> | status | reset [--force]
import { relative } from "node:path";
import { urlDelPropietario } from "./conexiones";
import { crearMigracion, estadoDeMigraciones } from "./migrations";
import { prepararBase, restablecerBase } from "./preparar";

const usage = "Uso: tsx scripts/db/cli.ts deploy | new <nombre> | status | reset [--force]";

/** The owner's connection: migrations create and alter tables (decision 0024). */
function urlDeLaBase(): string {
  const url = urlDelPropietario();
  if (!url) {
    console.error(
      "Falta DATABASE_URL (o DATABASE_URL_PROPIETARIO, la del dueño de las tablas). Defínala con la " +
        "cadena de conexión de PostgreSQL, por ejemplo:\n" +
        "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run db:migrate",
    );
    process.exit(1);
  }
  return url;
}

function listar(title: string, names: string[]): void {
  if (names.length === 0) return;
  console.log(`${title}:`);
  for (const name of names) console.log(`  ${name}`);
}

function informarAplicadas(names: string[]): void {
  if (names.length === 0) console.log("No hay migraciones pendientes.");
  else listar(`Migraciones aplicadas (${names.length})`, names);
}

async function mostrarEstado(): Promise<number> {
  const s = await estadoDeMigraciones(urlDeLaBase());
  listar("Aplicadas", s.applied);
  listar("Pendientes (npm run db:migrate)", s.pending);
  listar("Modificadas después de aplicarse", s.edited);
  listar("Fallidas", s.failed);
  listar("Registradas en la base de datos pero ausentes de prisma/migrations", s.missingLocally);
  const problems = s.edited.length + s.failed.length + s.missingLocally.length;
  if (problems === 0 && s.pending.length === 0) console.log("La base de datos está al día.");
  return problems > 0 || s.pending.length > 0 ? 1 : 0;
}

async function main([command, ...args]: string[]): Promise<number> {
  switch (command) {
    case "deploy":
      informarAplicadas(await prepararBase(urlDeLaBase()));
      return 0;
    case "status":
      return mostrarEstado();
    case "reset":
      informarAplicadas(await restablecerBase(urlDeLaBase(), { force: args.includes("--force") }));
      console.log("Base de datos restablecida.");
      return 0;
    case "new": {
      const name = args.join(" ");
      if (!name) break;
      const directory = await crearMigracion(name);
      console.log(
        directory
          ? `Migración creada: ${relative(process.cwd(), directory)}/migration.sql`
          : "No hay cambios en prisma/schema.prisma desde la última migración.",
      );
      return 0;
    }
  }
  console.error(usage);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
