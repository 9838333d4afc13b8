// `npm run restaurar -- ARCHIVO [--forzar]`: returns the database to the state of a backup made by
// `npm run respaldo`. Refuses if the database holds data, unless given --forzar (which replaces it);
// with the embedded database, also if `npm start` is running. When done it verifies the audit log's
// chain and enqueues the pending e-mails again. Uses DATABASE_URL or, without it, the embedded
// database of `npm start` (stop every application instance that uses that database first).
import { existsSync } from "node:fs";
import path from "node:path";
import { usarOIniciarPostgresEmbebido } from "./embedded-postgres";
import { restaurarBase } from "./db/restauracion";

const USO = "Uso: npm run restaurar -- ARCHIVO [--forzar]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const forzar = args.includes("--forzar");
  const resto = args.filter((a) => a !== "--forzar");
  if (resto.length !== 1 || resto[0]!.startsWith("--")) throw new Error(USO);
  const archivo = path.resolve(resto[0]!);
  if (!existsSync(archivo)) throw new Error(`No existe el archivo ${archivo}.\n${USO}`);
  const externa = process.env.DATABASE_URL?.trim();
  const base = externa ? null : await usarOIniciarPostgresEmbebido({ log: (m) => console.log(m) });
  try {
    if (base?.shared) {
      throw new Error(
        "La aplicación está en marcha sobre esta base (npm start): deténgala antes de restaurar.",
      );
    }
    const r = await restaurarBase(externa || base!.url, archivo, { forzar });
    const filas = Object.values(r.filas).reduce((a, b) => a + b, 0);
    console.log(`Respaldo restaurado: ${archivo}`);
    console.log(
      `  ${Object.keys(r.filas).length} tablas, ${filas.toLocaleString("es-CO")} filas ` +
        `(${(r.filas.EvidenciaContenido ?? 0).toLocaleString("es-CO")} archivos de evidencia).`,
    );
    if (r.migracionesNuevas.length > 0) {
      console.log(`  Migraciones de esta versión aplicadas después: ${r.migracionesNuevas.join(", ")}.`);
    }
    if (r.correosEnCola > 0)
      console.log(`  ${r.correosEnCola} correos pendientes vuelven a la cola de envío.`);
    if (r.auditoria.cantidadAlterados > 0) {
      console.error(
        `  ATENCIÓN: la auditoría restaurada NO está íntegra (${r.auditoria.cantidadAlterados} registros no cuadran); ` +
          "revise con npm run auditoria:verificar.",
      );
      return 1;
    }
    console.log(`  La auditoría está íntegra: ${r.auditoria.total} registros encadenados.`);
    return 0;
  } finally {
    await base?.stop();
  }
}

main().then(
  (codigo) => {
    process.exitCode = codigo;
  },
  (error: unknown) => {
    console.error(`No se pudo restaurar: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
