import "server-only";
import { formatearCelda } from "@/features/tableros/formato";
import { documentoPdf } from "@/server/documento-pdf";
import type { Informe } from "./generar";

/** The informe as a PDF: the summary, the coordinador's analysis and every table. */
export function informeEnPdf(informe: Informe): Promise<Buffer> {
  const pdf = documentoPdf({
    titulo: informe.titulo,
    lineas: [`${informe.unidad} · ${informe.periodo.etiqueta} · Lineamiento ${informe.lineamiento}`],
    generado: informe.generado,
    asunto: `Lineamiento ${informe.lineamiento} del Plan de Acción · ${informe.periodo.etiqueta} · ${informe.unidad}`,
    horizontal: true,
  });
  pdf.claveValor(informe.resumen);
  if (informe.analisis) {
    pdf.subtitulo("Análisis del coordinador");
    pdf.parrafo(informe.analisis);
  }
  for (const tabla of informe.tablas) {
    pdf.subtitulo(tabla.titulo);
    if (tabla.filas.length === 0) {
      pdf.parrafo("No hay datos aprobados para este periodo.", "gris");
      continue;
    }
    pdf.tabla(
      tabla.columnas.map((c) => ({
        titulo: c.titulo,
        derecha: c.tipo !== "texto",
        ancho: c.tipo === "texto" ? undefined : 86,
      })),
      tabla.filas.map((fila) => tabla.columnas.map((c) => formatearCelda(fila[c.clave] ?? null, c.tipo))),
    );
  }
  return pdf.terminar(`${informe.titulo} · ${informe.periodo.etiqueta}`);
}
