// `npm run auditoria:verificar`: recomputes the audit log's seal chain in the database and reports
// whether it is intact (exits with 0) or which records do not match: modified, with a preceding
// record deleted, or written without a seal (exits with 1). If it cannot verify (no connection,
// database not migrated) it exits with 2. Uses DATABASE_URL or, without it, the embedded database
// of `npm start` (the same data folder), whether the application is running or not.
//
// It is worth noting down, outside the application, the last number and its seal: the chain alone
// does not reveal that records were deleted from its end, but that note does.
//
// Runs with `tsx --conditions=react-server`, like the worker.
import { verificarAuditoria } from "@/features/auditoria/integridad";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { prepararBase } from "./db/preparar";
import { usarOIniciarPostgresEmbebido } from "./embedded-postgres";

/** How many altered rows are printed; the count covers them all. */
const MOSTRADOS = 20;

async function main(): Promise<number> {
  const externa = process.env.DATABASE_URL?.trim();
  const base = externa ? null : await usarOIniciarPostgresEmbebido({ log: (m) => console.log(m) });
  const url = externa || base!.url;
  if (base && !base.shared) await prepararBase(url);
  const prisma = crearClientePrisma(url);
  try {
    const r = await verificarAuditoria(prisma);
    if (r.cantidadAlterados === 0) {
      const ultimo = r.ultimo ? `; último #${r.ultimo.id}, sello ${r.ultimo.hash}` : "";
      console.log(`La auditoría está íntegra: ${r.total} registros encadenados${ultimo}`);
      return 0;
    }
    console.error(
      `La auditoría NO está íntegra: ${r.cantidadAlterados} de ${r.total} registros no cuadran con la cadena.`,
    );
    const mostrados = r.alterados.slice(0, MOSTRADOS);
    console.error(mostrados.length === 1 ? "El registro alterado:" : "Los primeros registros alterados:");
    for (const fila of mostrados) console.error(`  #${fila.id}: ${fila.motivo}`);
    const restantes = r.cantidadAlterados - mostrados.length;
    if (restantes > 0) console.error(`  … y ${restantes} más.`);
    return 1;
  } finally {
    await prisma.$disconnect();
    await base?.stop();
  }
}

main().then(
  (codigo) => {
    process.exitCode = codigo;
  },
  (error: unknown) => {
    console.error(
      `No se pudo verificar la auditoría: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 2;
  },
);
