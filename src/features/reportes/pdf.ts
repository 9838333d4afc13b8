import "server-only";
import { lineasDelHistorial } from "@/features/auditoria/historial-texto";
import type { EventoHistorial } from "@/features/auditoria/queries";
import type { EvidenciaVista } from "@/features/evidencias/queries";
import { formatearFechaHora } from "@/lib/fechas";
import { parsePeriodo } from "@/lib/periodos";
import { documentoPdf } from "@/server/documento-pdf";
import { cop, filasDelDetalle } from "./cifras";
import { filasDeLoQuePideElPlan } from "./components/lo-que-pide-el-plan";
import { ESTADO, NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import type { ReporteDetalle } from "./queries";
import { incumplimientos } from "./reglas";

const kB = (bytes: number) =>
  `${new Intl.NumberFormat("es-CO", { maximumFractionDigits: 1 }).format(bytes / 1024)} kB`;

/** A report as a document: what the plan asks, its figures, its files and its whole history. */
export function reporteEnPdf(
  reporte: ReporteDetalle,
  historial: EventoHistorial[],
  evidencias: EvidenciaVista[],
  generado = new Date(),
): Promise<Buffer> {
  const periodo = parsePeriodo(reporte.periodo)?.etiqueta ?? reporte.periodo;
  const titulo = `${NOMBRE_TIPO_REPORTE[reporte.tipo]} · ${periodo}`;
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
  const filas = filasDelDetalle(reporte);
  if (filas.length === 0) pdf.parrafo("El reporte aún no tiene datos diligenciados.", "gris");
  else pdf.claveValor(filas);
  if (reporte.recaudoPorRegional.length > 0) {
    pdf.subtitulo("Recaudo por regional");
    pdf.tabla(
      [
        { titulo: "Regional" },
        { titulo: "Fiscalización", derecha: true },
        { titulo: "Cobro persuasivo", derecha: true },
      ],
      reporte.recaudoPorRegional.map((f) => [
        f.regional.nombre,
        cop(f.recaudoFiscalizacion),
        cop(f.recaudoCobroPersuasivo),
      ]),
    );
  }
  const detalle = reporte.trazabilidadVentas ?? reporte.ejecucionRecursos;
  if (detalle) {
    const rotas = incumplimientos(reporte.tipo, detalle as unknown as Record<string, bigint | null>);
    if (rotas.length > 0 || detalle.justificacion) {
      pdf.subtitulo("Justificación de las cifras");
      for (const r of rotas) pdf.parrafo(`• ${r.mensaje}`);
      pdf.parrafo(detalle.justificacion ?? "El responsable no escribió ninguna justificación.");
    }
  }

  pdf.subtitulo(reporte.tipo === "COMITE_PRECIOS" ? "Acta del comité de precios" : "Archivos de soporte");
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
  const lineas = lineasDelHistorial(historial);
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
