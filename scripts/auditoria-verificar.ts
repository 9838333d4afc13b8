// `npm run auditoria:verificar`: recalcula en la base la cadena de sellos de la auditoría e informa
// si está íntegra (sale con 0) o qué registros no cuadran: modificados, con un registro anterior
// borrado o escritos sin sello (sale con 1). Si no puede verificar (sin conexión, base sin migrar)
// sale con 2. Usa DATABASE_URL o, sin ella, la base embebida de `npm start` (la misma carpeta de
// datos), esté la aplicación en marcha o no.
//
// Conviene anotar fuera de la aplicación el último número y su sello: la cadena no revela por sí
// sola que se borraron registros del final, pero esa anotación sí.
//
// Se ejecuta con `tsx --conditions=react-server`, como el trabajador.
import { verificarAuditoria } from "@/features/auditoria/integridad";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { prepararBase } from "./db/preparar";
import { attachOrStartEmbeddedPostgres } from "./embedded-postgres";

/** How many altered rows are printed; the count covers them all. */
const MOSTRADOS = 20;

async function main(): Promise<number> {
  const externa = process.env.DATABASE_URL?.trim();
  const base = externa ? null : await attachOrStartEmbeddedPostgres({ log: (m) => console.log(m) });
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
