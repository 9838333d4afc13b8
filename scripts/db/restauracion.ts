// The complete restore: the backup's data (scripts/db/respaldo.ts), the migrations this version
// has beyond it and the job queue, the pending e-mails back in the queue, and the audit log's chain
// verified.
import { verificarAuditoria, type ResultadoVerificacion } from "@/features/auditoria/integridad";
import { encolarCorreos } from "@/server/cola";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { prepararBase } from "./preparar";
import { restaurar, type OpcionesRestauracion } from "./respaldo";

export interface Restauracion {
  filas: Record<string, number>;
  /** Migrations of this version newer than the backup, applied after loading it. */
  migracionesNuevas: string[];
  /** Messages of the outbox still to send, queued again (the queue itself is not backed up). */
  correosEnCola: number;
  auditoria: ResultadoVerificacion;
}

export async function restaurarBase(
  databaseUrl: string,
  archivo: string,
  opciones: OpcionesRestauracion = {},
): Promise<Restauracion> {
  const filas = await restaurar(databaseUrl, archivo, opciones);
  const migracionesNuevas = await prepararBase(databaseUrl);
  const prisma = crearClientePrisma(databaseUrl);
  try {
    // The data changed under any instance still running: a generation never seen before, so that
    // no dashboard figure kept from the old data is taken for the restored one (decision 0016).
    await prisma.$executeRaw`
      UPDATE "GeneracionTableros"
         SET valor = valor + 1 + (extract(epoch FROM clock_timestamp()) * 1000000)::bigint
       WHERE id = 1`;
    const pendientes = await prisma.correo.findMany({ where: { estado: "PENDIENTE" }, select: { id: true } });
    await prisma.$transaction((tx) =>
      encolarCorreos(
        tx,
        pendientes.map((c) => c.id),
      ),
    );
    return {
      filas,
      migracionesNuevas,
      correosEnCola: pendientes.length,
      auditoria: await verificarAuditoria(prisma),
    };
  } finally {
    await prisma.$disconnect();
  }
}
