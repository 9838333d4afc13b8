// The complete restore (decisions 0015 and 0025): the archive read and checked whole, the backup
// rebuilt in a staging schema with the migrations this version has beyond it, its audit chain
// verified against itself and against the heads recorded outside the database, and only then put
// in place of the live data; afterwards the job queue, the pending e-mails back in it and a head
// for the restored chain.
import path from "node:path";
import { verificarAuditoria, type ResultadoVerificacion } from "@/features/auditoria/integridad";
import { anotarSello, compararConSellos, leerSellos, selloDe, type Sello } from "@/features/auditoria/sellos";
import { encolarCorreos } from "@/server/cola";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { instalarCola } from "./preparar";
import { leerRespaldo, tablasConDatos, verificarRespaldo } from "./respaldo";
import {
  conEsquema,
  construirEnEsquemaProvisional,
  descartarEsquema,
  descartarEsquemasAbandonados,
  ponerEnLugarDePublic,
} from "./restauracion-esquema";

export interface OpcionesRestauracion {
  /** Replaces a database that already holds data. */
  forzar?: boolean;
  /** The file of recorded heads (AUDITORIA_SELLOS); without it, the chain is checked only against itself. */
  sellos?: string;
}

export interface ComparacionConSellos {
  archivo: string;
  /** Heads the restored chain was compared with (and matched); 0 when none applied. */
  comparados: number;
  /** The newest of them. */
  ultimo: Sello | null;
  /** Heads recorded after the backup's last row: a backup older than them cannot be held to them. */
  posteriores: number;
}

export interface Restauracion {
  filas: Record<string, number>;
  /** Migrations of this version newer than the backup, applied after loading it. */
  migracionesNuevas: string[];
  /** Messages of the outbox still to send, queued again (the queue itself is not backed up). */
  correosEnCola: number;
  auditoria: ResultadoVerificacion;
  /** null when no heads file was given. */
  sellos: ComparacionConSellos | null;
  /**
   * The restored chain's head, and why it could not be appended to the heads file (the database is
   * restored by then: the caller says so and shows the head to note down by hand).
   */
  sello: Sello | null;
  errorAlAnotar?: string;
}

/**
 * Restores `archivo` into the database of `urlPropietario` (the owner of its tables). Refuses, with
 * the database as it was, an archive that is damaged, from a newer version, whose header names
 * something its migrations do not create, whose audit chain does not verify, or whose chain does
 * not match a head recorded in `opciones.sellos`; and a database with data unless `forzar`.
 */
export async function restaurarBase(
  urlPropietario: string,
  archivo: string,
  opciones: OpcionesRestauracion = {},
): Promise<Restauracion> {
  const encabezado = await leerRespaldo(archivo);
  await verificarRespaldo(archivo);
  const sellos = opciones.sellos ? ((await leerSellos(opciones.sellos)) ?? []) : null;
  const conDatos = await tablasConDatos(urlPropietario);
  if (conDatos.length > 0 && !opciones.forzar) {
    throw new Error(
      `La base de datos no está vacía (${conDatos.slice(0, 6).join(", ")}${conDatos.length > 6 ? ", …" : ""}). ` +
        "Restaurar borraría lo que tiene: si es lo que quiere, repita con --forzar.",
    );
  }
  await descartarEsquemasAbandonados(urlPropietario);
  const provisional = await construirEnEsquemaProvisional(urlPropietario, archivo, encabezado);
  let verificado: Pick<Restauracion, "auditoria" | "sellos">;
  try {
    verificado = await verificarCadena(
      conEsquema(urlPropietario, provisional.esquema),
      sellos,
      opciones.sellos,
    );
    await ponerEnLugarDePublic(urlPropietario, provisional.esquema);
  } catch (error) {
    await descartarEsquema(urlPropietario, provisional.esquema).catch(() => undefined);
    throw error;
  }
  await instalarCola(urlPropietario);
  const correosEnCola = await reanudar(urlPropietario);
  const sello = selloDe(verificado.auditoria, "restauracion", new Date(), path.basename(archivo));
  const errorAlAnotar =
    opciones.sellos && sello
      ? await anotarSello(opciones.sellos, sello).then(
          () => undefined,
          (error: Error) => error.message,
        )
      : undefined;
  return {
    filas: provisional.filas,
    migracionesNuevas: provisional.migracionesNuevas,
    correosEnCola,
    sello,
    ...(errorAlAnotar ? { errorAlAnotar } : {}),
    ...verificado,
  };
}

/** The restored chain, verified row by row and held to every head recorded up to its last row. */
async function verificarCadena(
  url: string,
  sellos: Sello[] | null,
  archivoDeSellos: string | undefined,
): Promise<Pick<Restauracion, "auditoria" | "sellos">> {
  const prisma = crearClientePrisma(url);
  try {
    const auditoria = await verificarAuditoria(prisma);
    if (auditoria.cantidadAlterados > 0) {
      const primeros = auditoria.alterados.slice(0, 3).map((a) => `#${a.id}: ${a.motivo}`);
      throw new Error(
        `La auditoría del respaldo no está íntegra (${auditoria.cantidadAlterados} de ${auditoria.total} ` +
          `registros no cuadran con su cadena; ${primeros.join(" ")}). No se tocó la base.`,
      );
    }
    if (!sellos || !archivoDeSellos) return { auditoria, sellos: null };
    const c = await compararConSellos(prisma, sellos);
    if (c.discrepancias.length > 0) {
      throw new Error(
        `La auditoría del respaldo no coincide con los sellos guardados en ${archivoDeSellos}: ` +
          `${c.discrepancias.map((d) => d.motivo).join(" ")} Alguien pudo reescribirla dentro del ` +
          "archivo y recalcular su cadena. No se tocó la base.",
      );
    }
    return {
      auditoria,
      sellos: {
        archivo: archivoDeSellos,
        comparados: c.comparados,
        ultimo: c.ultimo,
        posteriores: c.posteriores.length,
      },
    };
  } finally {
    await prisma.$disconnect();
  }
}

/** What follows the data: a new dashboards generation and the pending e-mails in the queue. */
async function reanudar(urlPropietario: string): Promise<number> {
  const prisma = crearClientePrisma(urlPropietario);
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
    return pendientes.length;
  } finally {
    await prisma.$disconnect();
  }
}
