import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import {
  autorizarCambioDelReporte,
  cargarReporteBloqueable,
  type ReporteBloqueable,
} from "@/features/reportes/bloqueo";
import { definirOperacion, type DatosDe } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { puede, type Actor } from "@/server/autorizacion";
import { leerFormulario } from "@/lib/seguimientos/declaracion";
import { documentosDe } from "./documentos";
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

/** A file backs one of the «documento» fields of the report's form, or none (a general support). */
async function exigirDocumentoDeclarado(
  tx: Prisma.TransactionClient,
  seguimientoId: number,
  campo: string | null,
) {
  if (campo === null) return;
  const { formulario } = await tx.seguimiento.findUniqueOrThrow({
    where: { id: seguimientoId },
    select: { formulario: true },
  });
  if (!documentosDe(leerFormulario(formulario)).some((d) => d.clave === campo)) {
    rechazarArchivo("Ese documento no es uno de los que pide el formulario de este reporte.");
  }
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
 * Attaches a PDF to a report that its author may still edit. The row and its bytes are written in
 * the same transaction (docs/decisions/0014): both exist or neither, whatever instance serves the
 * request and however it ends.
 */
export const subirEvidencia = definirOperacion(
  "subirEvidencia",
  () => subirEvidenciaSchema(limiteEvidenciaMb()),
  async ({ reporteId, campo, archivo }, { actor, tx, auditar }) => {
    const reporte = await reporteConCandado(tx, reporteId);
    autorizarCambio(actor, reporte, "subir-evidencia");
    await exigirDocumentoDeclarado(tx, reporte.seguimientoId, campo);
    const bytes = new Uint8Array(await archivo.arrayBuffer());
    if (!esPdf(bytes)) rechazarArchivo(MENSAJES.noEsPdf);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (await tx.evidencia.findFirst({ where: { reporteId, sha256 }, select: { id: true } })) {
      rechazarArchivo("Este archivo ya está adjunto al reporte.");
    }
    await exigirCupo(tx, reporteId, bytes.length);
    const evidencia = await tx.evidencia.create({
      data: {
        reporteId,
        nombreArchivo: nombreSeguro(archivo.name),
        tipoMime: "application/pdf",
        tamanoBytes: bytes.length,
        sha256,
        campo,
        subidoPorId: actor.id,
        contenido: { create: { bytes } },
      },
      select: { id: true, nombreArchivo: true, tamanoBytes: true, sha256: true, campo: true },
    });
    const { id, ...despues } = evidencia;
    await auditar({ accion: "SUBIR_EVIDENCIA", entidad: "Evidencia", entidadId: id, reporteId, despues });
    return evidencia;
  },
);

export type EvidenciaSubida = DatosDe<typeof subirEvidencia>;

const NO_EXISTE = "El archivo ya no existe: recargue la página.";

/** Removes an evidence, and its bytes with it, while its report may still be edited. */
export const eliminarEvidencia = definirOperacion(
  "eliminarEvidencia",
  eliminarEvidenciaSchema,
  async ({ evidenciaId }, { actor, tx, auditar }) => {
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
    return null;
  },
);

export interface Descarga {
  nombreArchivo: string;
  contenido: Uint8Array<ArrayBuffer>;
}

const registrarDescarga = definirOperacion(
  "descargarEvidencia",
  descargarEvidenciaSchema,
  async ({ evidenciaId }, { actor, tx, auditar }): Promise<Descarga> => {
    const evidencia = await evidenciaParaDescargar(tx, actor, evidenciaId);
    if (!evidencia?.contenido) throw new ErrorDeNegocio(NO_EXISTE);
    const { nombreArchivo, sha256, reporteId } = evidencia;
    await auditar({
      accion: "DESCARGAR_EVIDENCIA",
      entidad: "Evidencia",
      entidadId: evidenciaId,
      reporteId,
      despues: { nombreArchivo, sha256 },
    });
    return { nombreArchivo, contenido: evidencia.contenido.bytes };
  },
);

/**
 * The file of an evidence for someone allowed to see its centro, with the download audited; null
 * when it does not exist or the user may not see it.
 */
export async function descargarEvidencia(actor: Actor, evidenciaId: number): Promise<Descarga | null> {
  const resultado = await registrarDescarga(actor, { evidenciaId });
  return resultado.ok ? resultado.data : null;
}
