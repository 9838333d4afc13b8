// `npm run auditoria:verificar [-- --sellos ARCHIVO]`: recomputes the audit log's seal chain in the
// database and compares it with every head recorded outside it (the worker appends one a day to
// AUDITORIA_SELLOS, by default .data/sellos-de-auditoria.jsonl; decision 0025). Exits with 0 when
// the chain is intact and matches them, with 1 when a record does not match (modified, with a
// preceding record deleted, written without a seal, rewritten since a head was recorded, or
// missing from the end) and with 2 when it cannot verify (no connection, database not migrated,
// heads file unreadable). Uses DATABASE_URL or, without it, the embedded database of `npm start`
// (the same data folder), whether the application is running or not.
//
// Runs with `tsx --conditions=react-server`, like the worker.
import path from "node:path";
import { verificarAuditoria } from "@/features/auditoria/integridad";
import {
  archivoDeSellos,
  compararConSellos,
  faltantesDelFinal,
  leerSellos,
  sellosGuardados,
} from "@/features/auditoria/sellos";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { abrirBaseDeLaOrden } from "./db/conexiones";

/** How many altered rows are printed; the count covers them all. */
const MOSTRADOS = 20;
const USO = "Uso: npm run auditoria:verificar -- [--sellos ARCHIVO]";

function leerArchivoDeSellos(args: string[]): string {
  const i = args.indexOf("--sellos");
  if ((i === -1 && args.length > 0) || (i !== -1 && (!args[i + 1] || args.length !== 2))) {
    throw new Error(USO);
  }
  return i === -1 ? archivoDeSellos() : path.resolve(args[i + 1]!);
}

function mostrar(titulo: string, motivos: string[]): void {
  console.error(titulo);
  for (const motivo of motivos.slice(0, MOSTRADOS)) console.error(`  ${motivo}`);
  if (motivos.length > MOSTRADOS) console.error(`  … y ${motivos.length - MOSTRADOS} más.`);
}

async function main(): Promise<number> {
  const archivo = leerArchivoDeSellos(process.argv.slice(2));
  const base = await abrirBaseDeLaOrden({ log: (m) => console.log(m) });
  const prisma = crearClientePrisma(base.aplicacion);
  try {
    const sellos = await leerSellos(archivo);
    const r = await verificarAuditoria(prisma);
    if (r.cantidadAlterados > 0) {
      console.error(
        `La auditoría NO está íntegra: ${r.cantidadAlterados} de ${r.total} registros no cuadran con la cadena.`,
      );
      const motivos = r.alterados.map((fila) => `#${fila.id}: ${fila.motivo}`);
      mostrar(motivos.length === 1 ? "El registro alterado:" : "Los primeros registros alterados:", motivos);
      return 1;
    }
    const ultimo = r.ultimo ? `; último #${r.ultimo.id}, sello ${r.ultimo.hash}` : "";
    console.log(`La auditoría está íntegra: ${r.total} registros encadenados${ultimo}`);
    if (!sellos || sellos.length === 0) {
      console.log(`No hay sellos guardados en ${archivo}: la cadena solo se comprobó consigo misma.`);
      return 0;
    }
    const c = await compararConSellos(prisma, sellos);
    const discrepancias = [...c.discrepancias, ...faltantesDelFinal(c)].map((d) => d.motivo);
    if (discrepancias.length > 0) {
      mostrar(`La auditoría NO coincide con los sellos guardados en ${archivo}:`, discrepancias);
      return 1;
    }
    console.log(
      `Coincide con ${sellosGuardados(c.comparados)} en ${archivo}` +
        (c.ultimo ? ` (el último, #${c.ultimo.id} del ${c.ultimo.hora}).` : "."),
    );
    return 0;
  } finally {
    await prisma.$disconnect();
    await base.detener();
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
