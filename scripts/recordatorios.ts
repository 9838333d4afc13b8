// `npm run recordatorios -- --fecha AAAA-MM-DD`: one reminders pass as if today were that date
// (by default, today in Bogotá), reporting how many it delivered per stage. Repeating it delivers
// nothing new. Uses DATABASE_URL or, without it, the embedded database of `npm start` (the same data
// folder), whether the application is running or not; as the application's role.
//
// Runs with `tsx --conditions=react-server`, like the worker.
import { ejecutarPasada } from "@/features/recordatorios/pasada";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { abrirBaseDeLaOrden } from "./db/conexiones";

const USO = "Uso: npm run recordatorios -- [--fecha AAAA-MM-DD]";

function leerFecha(args: string[]): string | undefined {
  const i = args.indexOf("--fecha");
  if (i === -1) {
    if (args.length > 0) throw new Error(`Argumento desconocido: ${args.join(" ")}\n${USO}`);
    return undefined;
  }
  const fecha = args[i + 1] ?? "";
  const valida = /^\d{4}-\d{2}-\d{2}$/.test(fecha) && !Number.isNaN(Date.parse(`${fecha}T00:00:00Z`));
  if (!valida || new Date(`${fecha}T00:00:00Z`).toISOString().slice(0, 10) !== fecha) {
    throw new Error(
      `La fecha «${fecha}» no es válida: escríbala como AAAA-MM-DD, por ejemplo 2026-12-01.\n${USO}`,
    );
  }
  return fecha;
}

async function main(): Promise<void> {
  const hoy = leerFecha(process.argv.slice(2));
  const base = await abrirBaseDeLaOrden({ log: (m) => console.log(m) });
  const prisma = crearClientePrisma(base.aplicacion);
  try {
    const r = await ejecutarPasada(prisma, { hoy, origen: "CONSOLA" });
    console.log(
      `Pasada de recordatorios para el ${r.fecha}${base.compartida ? " (base de la aplicación en marcha)" : ""}:`,
    );
    const etapas = Object.entries(r.porEtapa);
    if (etapas.length === 0) {
      console.log("  Nada nuevo: lo que correspondía ya se había entregado, o nadie está atrasado.");
    }
    for (const [etapa, cantidad] of etapas) console.log(`  ${etapa.padEnd(24)} ${cantidad}`);
    console.log(
      `  Notificaciones creadas: ${r.notificaciones}; correos en la bandeja de salida: ${r.correos}.`,
    );
  } finally {
    await prisma.$disconnect();
    await base.detener();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
