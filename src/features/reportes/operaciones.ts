import "server-only";
import { centroEnVigencia } from "@/features/centros/vigencias";
import { contarEvidencias } from "@/features/evidencias/queries";
import { avisarEnvio } from "@/features/notificaciones/eventos";
import { leerConfiguracion } from "@/features/recordatorios/configuracion";
import type { Prisma } from "@/generated/prisma/client";
import { fechaEnBogota } from "@/lib/fechas";
import { ambitoDeCentro, obligaAlCentro } from "@/lib/obligaciones";
import { siguienteEstado } from "@/lib/estado-reporte";
import { parsePeriodo } from "@/lib/periodos";
import { definirOperacion, erroresDeCampo } from "@/server/operacion";
import { ErrorDeNegocio } from "@/server/errores";
import { AccesoDenegado, autorizar, type Actor } from "@/server/autorizacion";
import {
  actualizarConVersion,
  autorizarCambioDelReporte,
  cargarReporteBloqueable,
  type ReporteBloqueable,
} from "./bloqueo";
import { datosAuditables, escribirValores, leerValores } from "./valores";
import { abrirPlazo, cerrarPlazo } from "./plazos";
import { guardarReporteSchema, iniciarReporteSchema } from "./schemas";
import { esquemaDeDatos, separarDatos } from "@/lib/seguimientos/datos";
import { leerFormulario, type Formulario } from "@/lib/seguimientos/declaracion";

async function centroDelQueReporta(
  tx: Prisma.TransactionClient,
  actor: Actor,
  seguimiento: Parameters<typeof obligaAlCentro>[0] & { vigenciaId: number },
): Promise<number | null> {
  if (seguimiento.alcance === "NACIONAL") return null;
  if (actor.centroId === null) throw new AccesoDenegado("editar-reporte");
  // Its marks in the report's vigencia, not today's (decisión 0020).
  const centro = await centroEnVigencia(tx, actor.centroId, seguimiento.vigenciaId);
  if (!centro.activo) {
    throw new ErrorDeNegocio(
      "Su centro está inactivo en esta vigencia: no se abren reportes nuevos para él.",
    );
  }
  if (!obligaAlCentro(seguimiento, centro)) {
    throw new ErrorDeNegocio("Su centro no está obligado a presentar este reporte.");
  }
  return centro.id;
}

/**
 * Opens the report of an obligation as a draft, or returns the one that already exists (a double
 * click, or two people at once, never creates two). The unit comes from the user, never the request.
 */
export const iniciarReporte = definirOperacion(
  "iniciarReporte",
  iniciarReporteSchema,
  async ({ seguimientoId, periodo }, { actor, tx, auditar }) => {
    const seguimiento = await tx.seguimiento.findUnique({
      where: { id: seguimientoId },
      include: { vigencia: { select: { anio: true } } },
    });
    const p = parsePeriodo(periodo);
    if (
      !seguimiento?.tipoReporte ||
      !p ||
      p.anio !== seguimiento.vigencia.anio ||
      p.periodicidad !== seguimiento.periodicidad
    ) {
      throw new ErrorDeNegocio("El periodo no corresponde a ningún reporte esperado.");
    }
    const centroId = await centroDelQueReporta(tx, actor, seguimiento);
    autorizar(actor, {
      accion: "editar-reporte",
      reporte: { centroId, estado: "BORRADOR", alcance: seguimiento.alcance },
    });
    const ambito = ambitoDeCentro(centroId);
    const existente = await tx.reporte.findUnique({
      where: { seguimientoId_periodo_ambito: { seguimientoId, periodo: p.codigo, ambito } },
      select: { id: true },
    });
    if (existente) return { reporteId: existente.id };
    const creado = await tx.reporte.create({
      data: {
        seguimientoId,
        vigenciaId: seguimiento.vigenciaId,
        tipo: seguimiento.tipoReporte,
        periodo: p.codigo,
        centroId,
        ambito,
        creadoPorId: actor.id,
      },
    });
    await auditar({
      accion: "CREAR",
      entidad: "Reporte",
      entidadId: creado.id,
      reporteId: creado.id,
      despues: { tipo: creado.tipo, periodo: creado.periodo, ambito, estado: creado.estado },
    });
    return { reporteId: creado.id };
  },
);

/** An acta is dated inside its period and never in the future. */
function limitesDeFechas(periodo: string): { desde: string; hasta: string } {
  const p = parsePeriodo(periodo);
  if (!p) throw new Error(`Periodo inválido guardado: ${periodo}`);
  const hoy = fechaEnBogota(new Date());
  return { desde: p.inicio, hasta: p.fin < hoy ? p.fin : hoy };
}

/**
 * Each required document of the form must be attached before submitting. Called after the versioned
 * update, which locks the report row: a file deleted concurrently (deletion takes the same lock) can
 * no longer slip between this count and the submission.
 */
async function exigirDocumentos(
  tx: Prisma.TransactionClient,
  reporte: ReporteBloqueable,
  formulario: Formulario,
): Promise<void> {
  const faltan: Record<string, string[]> = {};
  for (const campo of formulario.campos) {
    if (campo.tipo !== "documento" || !campo.obligatorio) continue;
    if ((await contarEvidencias(tx, reporte.id, campo.clave)) === 0) {
      faltan[campo.clave] = [`Adjunte «${sinPdf(campo.etiqueta)}» en PDF.`];
    }
  }
  const claves = Object.keys(faltan);
  if (claves.length === 0) return;
  const etiquetas = formulario.campos
    .filter((c) => claves.includes(c.clave))
    .map((c) => `«${sinPdf(c.etiqueta)}»`);
  throw new ErrorDeNegocio(`Adjunte ${etiquetas.join(" y ")} en PDF antes de enviar el reporte.`, faltan);
}

const sinPdf = (etiqueta: string) => etiqueta.replace(/\s*\(PDF\)$/, "");

/** The declared form of the report's seguimiento, read in the transaction. */
async function formularioDelReporte(
  tx: Prisma.TransactionClient,
  seguimientoId: number,
): Promise<Formulario> {
  const { formulario } = await tx.seguimiento.findUniqueOrThrow({
    where: { id: seguimientoId },
    select: { formulario: true },
  });
  return leerFormulario(formulario);
}

async function datosDeEnvio(
  tx: Prisma.TransactionClient,
  actor: Actor,
  reporte: ReporteBloqueable,
  ahora: Date,
) {
  const { primerEnvioEn } = await tx.reporte.findUniqueOrThrow({
    where: { id: reporte.id },
    select: { primerEnvioEn: true },
  });
  return {
    estado: siguienteEstado(reporte.estado, "ENVIAR") ?? reporte.estado,
    enviadoPorId: actor.id,
    enviadoEn: ahora,
    primerEnvioEn: primerEnvioEn ?? ahora,
  };
}

/**
 * A submission ends the correction deadline of a returned report (met on time or late), starts the
 * reviewers' deadline and tells them, in the same transaction.
 */
async function iniciarRevision(
  tx: Prisma.TransactionClient,
  actor: Actor,
  reporte: ReporteBloqueable,
  ahora: Date,
): Promise<void> {
  const { diasRevision } = await leerConfiguracion(tx);
  await cerrarPlazo(tx, reporte.id, "CORRECCION", ahora);
  const revisionVenceEl = await abrirPlazo(tx, reporte.id, "REVISION", diasRevision, ahora);
  await avisarEnvio(tx, reporte, {
    actorId: actor.id,
    reenvio: reporte.estado === "DEVUELTO",
    revisionVenceEl,
  });
}

/**
 * Saves the typed data of a report, and submits it when asked. The data are validated against the
 * report's own declared form: a draft may be incomplete, a submission may not. Refused when
 * somebody saved since the version the user read, or when the report is no longer with its author;
 * in every case nothing is written.
 */
export const guardarReporte = definirOperacion(
  "guardarReporte",
  guardarReporteSchema,
  async ({ reporteId, version, enviar, datos }, { actor, tx, auditar }) => {
    const reporte = await cargarReporteBloqueable(tx, reporteId);
    autorizarCambioDelReporte(actor, reporte, "editar-reporte", " y ya no se puede modificar.");
    const formulario = await formularioDelReporte(tx, reporte.seguimientoId);
    // A draft keeps whatever was typed, of the right kind; a submission must be complete and
    // respect the rules between figures (decision 0018). Same schema as the form's.
    const modo = enviar ? "envio" : "borrador";
    const parsed = esquemaDeDatos(formulario, limitesDeFechas(reporte.periodo), modo).safeParse(datos);
    if (!parsed.success) {
      throw new ErrorDeNegocio(
        enviar
          ? "No se envió: revise los campos marcados, hay datos que faltan o no son válidos."
          : "No se guardó el borrador: revise los campos marcados, hay datos que no son válidos.",
        erroresDeCampo(parsed.error),
      );
    }
    const nuevos = separarDatos(formulario, parsed.data);
    const antes = datosAuditables(formulario, await leerValores(tx, reporte.id));
    await escribirValores(tx, reporte, formulario, nuevos);
    const ahora = new Date();
    const envio = enviar ? await datosDeEnvio(tx, actor, reporte, ahora) : {};
    const nuevaVersion = await actualizarConVersion(tx, reporte.id, version, envio);
    if (enviar) await exigirDocumentos(tx, reporte, formulario);
    await auditar({
      accion: "EDITAR",
      entidad: "Reporte",
      entidadId: reporte.id,
      reporteId: reporte.id,
      antes,
      despues: datosAuditables(formulario, nuevos),
    });
    if (enviar) {
      await auditar({
        accion: "ENVIAR",
        entidad: "Reporte",
        entidadId: reporte.id,
        reporteId: reporte.id,
        antes: { estado: reporte.estado },
        despues: { estado: "ENVIADO" },
      });
      await iniciarRevision(tx, actor, reporte, ahora);
    }
    return { version: nuevaVersion, estado: enviar ? ("ENVIADO" as const) : reporte.estado };
  },
);
