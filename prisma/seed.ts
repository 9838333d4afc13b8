// Seeds the database from the command line.
//   npm run db:seed        → base data (regionales and Plan de Acción 2020)
//   npm run db:seed:demo   → plus demo data (--demo)

import { crearClientePrisma } from "@/server/cliente-prisma";
import { leerDespliegue } from "@/lib/despliegue";
import { MENSAJE_DEMO_EN_PRODUCCION, seedDatabase } from "./seed/index";
import { formatearResumen, resumirBaseDeDatos } from "./seed/resumen";

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "Falta la variable de entorno DATABASE_URL (por ejemplo postgresql://usuario@localhost:5432/base).",
    );
    return 1;
  }
  const demo = process.argv.slice(2).includes("--demo");
  if (demo && leerDespliegue() === "produccion") {
    console.error(MENSAJE_DEMO_EN_PRODUCCION);
    return 1;
  }
  const inicio = performance.now();
  console.log(demo ? "Sembrando datos base y de demostración…" : "Sembrando datos base…");
  await seedDatabase(databaseUrl, { demo, log: (mensaje) => console.log(`  ${mensaje}`) });

  const prisma = crearClientePrisma(databaseUrl);
  try {
    const segundos = ((performance.now() - inicio) / 1000).toFixed(1);
    console.log(`Siembra terminada en ${segundos} s. Contenido de la base de datos:`);
    console.log(formatearResumen(await resumirBaseDeDatos(prisma)));
  } finally {
    await prisma.$disconnect();
  }
  return 0;
}

main().then(
  (codigo) => {
    process.exitCode = codigo;
  },
  (error: unknown) => {
    console.error("La siembra falló:", error);
    process.exitCode = 1;
  },
);
