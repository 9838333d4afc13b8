import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import {
  autorizarCambioDelReporte,
  cargarReporteBloqueable,
  type ReporteBloqueable,
} from "@/features/reportes/bloqueo";
import { definirOperacion, ErrorDeNegocio, type DatosDe } from "@/server/action";
import {
  borrarArchivo,
  guardarArchivo,
  leerArchivo,
  nombreAlmacenadoNuevo,
  tamanoDeArchivo,
} from "@/server/almacenamiento";
import { puede, type Actor } from "@/server/authz";
import { logger } from "@/server/logger";
import { limiteEvidenciaMb, limitesPorReporte } from "./limite";
import { nombreSeguro } from "./nombre-archivo";
import { esPdf } from "./pdf";
import { evidenciaParaDescargar } from "./queries";
import {
  descargarEvidenciaSchema,
  eliminarEvidenciaSchema,
  MB,
  MENSAJES,
  subirEvidenciaSchema,
} from "./schemas";

/**
 * The report, read after locking its row: an upload or a deletion waits for a submission of the
 * same report in progress (which updates that row) and then sees its new state, and vice versa.
 */
async function reporteConCandado(tx: Prisma.TransactionClient, id: number): Promise<ReporteBloqueable> {
  await tx.$queryRaw`SELECT id FROM "Reporte" WHERE id = ${id} FOR UPDATE`;
  return cargarReporteBloqueable(tx, id);
}

function autorizarCambio(
  actor: Actor,
  reporte: ReporteBloqueable,
  accion: "subir-evidencia" | "eliminar-evidencia",
): void {
  autorizarCambioDelReporte(actor, reporte, accion, ": sus archivos ya no se pueden cambiar.");
}

function rechazarArchivo(mensaje: string): never {
  throw new ErrorDeNegocio(mensaje, { archivo: [mensaje] });
}

/** Counted with the report's row locked: two uploads at once cannot both take the last place. */
async function exigirCupo(tx: Prisma.TransactionClient, reporteId: number, bytes: number): Promise<void> {
  const limite = limitesPorReporte();
  const { _count, _sum } = await tx.evidencia.aggregate({
    where: { reporteId },
    _count: { _all: true },
    _sum: { tamanoBytes: true },
  });
  if (_count._all >= limite.archivos) {
    rechazarArchivo(
      `El reporte ya tiene ${_count._all} archivos, el máximo permitido. Elimine alguno antes de adjuntar otro.`,
    );
  }
  if ((_sum.tamanoBytes ?? 0) + bytes > limite.mb * MB) {
    rechazarArchivo(
      `Con este archivo los adjuntos del reporte pasarían de ${limite.mb} MB en total, el máximo permitido. ` +
        "Elimine algún archivo o adjunte uno más liviano.",
    );
  }
}

/**
 * Attaches a PDF to a report that its author may still edit. The row and the file exist together
 * or not at all: the file is written (atomically) inside the transaction, after every check, and
 * removed again when the transaction does not commit.
 */
export const subirEvidencia = definirOperacion(
  "subirEvidencia",
  () => subirEvidenciaSchema(limiteEvidenciaMb()),
  async ({ reporteId, archivo }, { actor, tx, auditar, siSeRevierte }) => {
    const reporte = await reporteConCandado(tx, reporteId);
    autorizarCambio(actor, reporte, "subir-evidencia");
    const bytes = new Uint8Array(await archivo.arrayBuffer());
    if (!esPdf(bytes)) rechazarArchivo(MENSAJES.noEsPdf);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (await tx.evidencia.findFirst({ where: { reporteId, sha256 }, select: { id: true } })) {
      rechazarArchivo("Este archivo ya está adjunto al reporte.");
    }
    await exigirCupo(tx, reporteId, bytes.length);
    const almacenado = nombreAlmacenadoNuevo();
    const evidencia = await tx.evidencia.create({
      data: {
        reporteId,
        nombreArchivo: nombreSeguro(archivo.name),
        tipoMime: "application/pdf",
        tamanoBytes: bytes.length,
        sha256,
        rutaAlmacenamiento: almacenado,
        subidoPorId: actor.id,
      },
      select: { id: true, nombreArchivo: true, tamanoBytes: true, sha256: true },
    });
    const { id, ...despues } = evidencia;
    await auditar({ accion: "SUBIR_EVIDENCIA", entidad: "Evidencia", entidadId: id, reporteId, despues });
    // Last step, so that any refusal before it leaves no file.
    siSeRevierte(() => borrarArchivo(almacenado));
    await guardarArchivo(almacenado, bytes);
    return evidencia;
  },
);

export type EvidenciaSubida = DatosDe<typeof subirEvidencia>;

const NO_EXISTE = "El archivo ya no existe: recargue la página.";

/**
 * Removes an evidence while its report may still be edited. The file goes only after the row is
 * gone for good, so a failure can leave an unreferenced file, never a listed one without bytes.
 */
export const eliminarEvidencia = definirOperacion(
  "eliminarEvidencia",
  eliminarEvidenciaSchema,
  async ({ evidenciaId }, { actor, tx, auditar, despuesDeConfirmar }) => {
    const evidencia = await tx.evidencia.findUnique({ where: { id: evidenciaId } });
    if (!evidencia) throw new ErrorDeNegocio(NO_EXISTE);
    const reporte = await reporteConCandado(tx, evidencia.reporteId);
    // A file of a report the user may not see is answered as a missing file.
    if (!puede(actor, { accion: "ver-reporte", reporte })) throw new ErrorDeNegocio(NO_EXISTE);
    autorizarCambio(actor, reporte, "eliminar-evidencia");
    const { count } = await tx.evidencia.deleteMany({ where: { id: evidenciaId } });
    if (count === 0) throw new ErrorDeNegocio(NO_EXISTE);
    const { nombreArchivo, tamanoBytes, sha256, reporteId } = evidencia;
    await auditar({
      accion: "ELIMINAR_EVIDENCIA",
      entidad: "Evidencia",
      entidadId: evidenciaId,
      reporteId,
      antes: { nombreArchivo, tamanoBytes, sha256 },
    });
    despuesDeConfirmar(() => borrarArchivo(evidencia.rutaAlmacenamiento));
    return null;
  },
);

export interface Descarga {
  nombreArchivo: string;
  tamanoBytes: number;
  contenido: ReadableStream<Uint8Array>;
}

const registrarDescarga = definirOperacion(
  "descargarEvidencia",
  descargarEvidenciaSchema,
  async ({ evidenciaId }, { actor, tx, auditar }) => {
    const evidencia = await evidenciaParaDescargar(tx, actor, evidenciaId);
    if (!evidencia) throw new ErrorDeNegocio(NO_EXISTE);
    const { nombreArchivo, sha256, reporteId } = evidencia;
    await auditar({
      accion: "DESCARGAR_EVIDENCIA",
      entidad: "Evidencia",
      entidadId: evidenciaId,
      reporteId,
      despues: { nombreArchivo, sha256 },
    });
    return evidencia;
  },
);

/**
 * The file of an evidence for someone allowed to see its centro, with the download audited; null
 * when it does not exist, the user may not see it, or its bytes are missing from the storage.
 */
export async function descargarEvidencia(actor: Actor, evidenciaId: number): Promise<Descarga | null> {
  const resultado = await registrarDescarga(actor, { evidenciaId });
  if (!resultado.ok) return null;
  const { nombreArchivo, rutaAlmacenamiento } = resultado.data;
  const tamanoBytes = await tamanoDeArchivo(rutaAlmacenamiento);
  if (tamanoBytes === null) {
    logger.error({ evidenciaId, archivo: rutaAlmacenamiento }, "falta el archivo de una evidencia");
    return null;
  }
  return { nombreArchivo, tamanoBytes, contenido: leerArchivo(rutaAlmacenamiento) };
}
