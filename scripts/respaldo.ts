// `npm run respaldo [-- --destino CARPETA]`: one file with the whole database (data, evidencias and
// audit log, from a single snapshot), with the Bogotá date and time in its name. By default in
// .data/respaldos; keep it off this machine. Uses DATABASE_URL or, without it, the embedded database
// of `npm start`, whether the application is running or not (the backup does not stop it). Reading
// is all it does: it connects as the application's role.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { RAIZ_DEL_PROYECTO } from "./estado-de-compilacion";
import { abrirBaseDeLaOrden } from "./db/conexiones";
import { respaldar } from "./db/respaldo";

const USO = "Uso: npm run respaldo -- [--destino CARPETA]";

/** `plan-accion-AAAA-MM-DD-HHMMSS.respaldo.gz`, in Bogotá time. */
function nombreDelArchivo(ahora = new Date()): string {
  const bogota = new Date(ahora.getTime() - 5 * 3600_000).toISOString();
  return `plan-accion-${bogota.slice(0, 10)}-${bogota.slice(11, 19).replaceAll(":", "")}.respaldo.gz`;
}

function megas(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString("es-CO", { maximumFractionDigits: 1 })} MB`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const i = args.indexOf("--destino");
  if ((i === -1 && args.length > 0) || (i !== -1 && (!args[i + 1] || args.length !== 2))) {
    throw new Error(USO);
  }
  const carpeta = path.resolve(i === -1 ? path.join(RAIZ_DEL_PROYECTO, ".data", "respaldos") : args[i + 1]!);
  await mkdir(carpeta, { recursive: true });
  const base = await abrirBaseDeLaOrden({ log: (m) => console.log(m) });
  try {
    const r = await respaldar(base.aplicacion, path.join(carpeta, nombreDelArchivo()));
    const filas = Object.values(r.filas).reduce((a, b) => a + b, 0);
    console.log(`Respaldo escrito: ${r.archivo} (${megas(r.bytes)})`);
    console.log(
      `  ${Object.keys(r.filas).length} tablas, ${filas.toLocaleString("es-CO")} filas, ` +
        `${(r.filas.EvidenciaContenido ?? 0).toLocaleString("es-CO")} archivos de evidencia, ` +
        `${(r.filas.AuditLog ?? 0).toLocaleString("es-CO")} registros de auditoría; esquema con ${r.migraciones} migraciones.`,
    );
    console.log("  Guárdelo fuera de este equipo. Se restaura con: npm run restaurar -- ARCHIVO");
  } finally {
    await base.detener();
  }
}

main().catch((error: unknown) => {
  console.error(`No se pudo respaldar: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
