import "server-only";
import { lineasDelHistorial } from "@/features/auditoria/historial-texto";
import type { EventoHistorial } from "@/features/auditoria/queries";
import type { EvidenciaVista } from "@/features/evidencias/queries";
import { formatearFechaHora } from "@/lib/fechas";
import { parsePeriodo } from "@/lib/periodos";
import { documentoPdf } from "@/server/documento-pdf";
import { tituloDeLosArchivos } from "@/features/evidencias/documentos";
import { filasDelReporte } from "@/lib/seguimientos/presentacion";
import { incumplimientos } from "@/lib/seguimientos/reglas";
import { columnasDelDesglose, desgloseDelReporte } from "./components/detalle-reporte";
import { filasDeLoQuePideElPlan } from "./components/lo-que-pide-el-plan";
import { ESTADO } from "@/lib/etiquetas";
import type { ContextoDelReporte, ReporteDetalle } from "./queries";

const kB = (bytes: number) =>
  `${new Intl.NumberFormat("es-CO", { maximumFractionDigits: 1 }).format(bytes / 1024)} kB`;

/** A report as a document: what the plan asks, its figures, its files and its whole history. */
export function reporteEnPdf(
  reporte: ReporteDetalle,
  historial: EventoHistorial[],
  evidencias: EvidenciaVista[],
  contexto: ContextoDelReporte,
  generado = new Date(),
): Promise<Buffer> {
  const periodo = parsePeriodo(reporte.periodo)?.etiqueta ?? reporte.periodo;
  const titulo = `${reporte.seguimiento.nombre} · ${periodo}`;
  const unidad = reporte.centro
    ? `${reporte.centro.nombre} · Regional ${reporte.centro.regional.nombre}`
    : "Nivel nacional";
  const pdf = documentoPdf({
    titulo,
    lineas: [`${unidad} · ${reporte.vigencia.nombre}`, `Estado: ${ESTADO[reporte.estado].nombre}`],
    generado,
    asunto: `Reporte ${reporte.id} del Plan de Acción`,
  });

  pdf.subtitulo("Lo que pide el plan");
  pdf.claveValor(filasDeLoQuePideElPlan(reporte.seguimiento));

  pdf.subtitulo("Datos reportados");
  const conDatos = Object.values(reporte.datos.valores).some((v) => v !== null);
  if (!conDatos) pdf.parrafo("El reporte aún no tiene datos diligenciados.", "gris");
  else {
    pdf.claveValor(filasDelReporte(reporte.formulario, reporte.datos.valores, contexto));
  }
  const desglose = desgloseDelReporte(reporte, contexto.nombres);
  if (desglose.length > 0) {
    const columnas = columnasDelDesglose(reporte);
    pdf.subtitulo("Desglose por regional");
    pdf.tabla(
      columnas.map((c) => ({ titulo: c.titulo ?? "", derecha: c.numerica })),
      desglose.map((fila) => columnas.map((c) => String(c.celda(fila)))),
    );
  }
  const rotas = incumplimientos(reporte.formulario, reporte.datos.valores);
  if (rotas.length > 0 || reporte.datos.justificacion) {
    pdf.subtitulo("Justificación de las cifras");
    for (const r of rotas) pdf.parrafo(`• ${r.mensaje}`);
    pdf.parrafo(reporte.datos.justificacion ?? "El responsable no escribió ninguna justificación.");
  }

  pdf.subtitulo(tituloDeLosArchivos(reporte.formulario));
  if (evidencias.length === 0) pdf.parrafo("No hay archivos adjuntos.", "gris");
  else {
    pdf.tabla(
      [
        { titulo: "Archivo" },
        { titulo: "Tamaño", derecha: true, ancho: 60 },
        { titulo: "Subido" },
        { titulo: "SHA-256" },
      ],
      evidencias.map((e) => [
        e.nombreArchivo,
        kB(e.tamanoBytes),
        `${formatearFechaHora(e.subidoEn)} · ${e.subidoPor?.nombre ?? ""}`,
        e.sha256,
      ]),
    );
  }

  pdf.subtitulo("Historial");
  const lineas = lineasDelHistorial(historial, reporte.formulario);
  if (lineas.length === 0) pdf.parrafo("Aún no hay movimientos registrados.", "gris");
  else {
    pdf.tabla(
      [{ titulo: "Fecha", ancho: 110 }, { titulo: "Quién", ancho: 130 }, { titulo: "Qué" }],
      lineas.map((l) => [
        formatearFechaHora(l.cuando),
        l.quien,
        [l.que, ...(l.comentario ? [`«${l.comentario}»`] : []), ...l.cambios].join("\n"),
      ]),
    );
  }
  return pdf.terminar(`${titulo} · ${unidad}`);
}
