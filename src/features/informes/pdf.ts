import "server-only";
import PDFDocument from "pdfkit";
import { formatearCelda } from "@/features/tableros/formato";
import { formatearFechaHora } from "@/lib/fechas";
import type { Informe } from "./generar";

const VERDE = "#39a900";
const GRIS = "#52606d";
const MARGEN = 48;

/**
 * The informe as a PDF document: SENA's header, the summary, the analysis and every table, with
 * "Página N de M" on each page. pdfkit's standard fonts carry Spanish text (WinAnsi encoding).
 */
export function informeEnPdf(informe: Informe): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "LETTER",
    layout: "landscape",
    margins: { top: MARGEN, bottom: MARGEN + 14, left: MARGEN, right: MARGEN },
    bufferPages: true,
    lang: "es-CO",
    info: {
      Title: `${informe.titulo} · ${informe.periodo.etiqueta} · ${informe.unidad}`,
      Author: "SENA · Grupo de Recaudo y Cartera",
      Subject: `Lineamiento ${informe.lineamiento} del Plan de Acción`,
      CreationDate: informe.generado,
    },
  });
  const partes: Buffer[] = [];
  doc.on("data", (parte: Buffer) => partes.push(parte));
  const listo = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(partes)));
    doc.on("error", reject);
  });

  const ancho = doc.page.width - MARGEN * 2;
  doc.fillColor(VERDE).font("Helvetica-Bold").fontSize(10).text("SERVICIO NACIONAL DE APRENDIZAJE · SENA");
  doc
    .fillColor(GRIS)
    .font("Helvetica")
    .fontSize(9)
    .text("Dirección Administrativa y Financiera · Grupo de Recaudo y Cartera");
  doc
    .moveTo(MARGEN, doc.y + 4)
    .lineTo(MARGEN + ancho, doc.y + 4)
    .strokeColor(VERDE)
    .lineWidth(1.5)
    .stroke();
  doc.moveDown(1);
  doc.fillColor("black").font("Helvetica-Bold").fontSize(16).text(informe.titulo);
  doc.font("Helvetica").fontSize(11).fillColor(GRIS);
  doc.text(`${informe.unidad} · ${informe.periodo.etiqueta} · Lineamiento ${informe.lineamiento}`);
  doc.text(`Generado el ${formatearFechaHora(informe.generado)}`);
  doc.moveDown(0.8).fillColor("black");

  doc.fontSize(10).table({
    columnStyles: [220, "*"],
    defaultStyle: { padding: 4, border: 0.5, borderColor: "#cbd2d9" },
    data: informe.resumen.map(([termino, valor]) => [
      { text: termino, font: { src: "Helvetica-Bold" }, type: "TH" as const },
      valor,
    ]),
  });

  if (informe.analisis) {
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text("Análisis del coordinador");
    doc.moveDown(0.3).font("Helvetica").fontSize(10).text(informe.analisis, { align: "justify" });
  }

  for (const tabla of informe.tablas) {
    doc.moveDown(1).font("Helvetica-Bold").fontSize(12).text(tabla.titulo, MARGEN);
    doc.moveDown(0.3).font("Helvetica").fontSize(8.5);
    if (tabla.filas.length === 0) {
      doc.fillColor(GRIS).text("No hay datos aprobados para este periodo.").fillColor("black");
      continue;
    }
    const numericas = tabla.columnas.map((c) => c.tipo !== "texto");
    doc.table({
      columnStyles: tabla.columnas.map((c) => (c.tipo === "texto" ? "*" : 86)),
      defaultStyle: { padding: 3, border: 0.5, borderColor: "#cbd2d9" },
      rowStyles: (fila) => (fila === 0 ? { backgroundColor: "#eef2f5" } : undefined),
      data: [
        tabla.columnas.map((c, j) => ({
          text: c.titulo,
          type: "TH" as const,
          font: { src: "Helvetica-Bold" },
          align: { x: numericas[j] ? ("right" as const) : ("left" as const) },
        })),
        ...tabla.filas.map((fila) =>
          tabla.columnas.map((c, j) => ({
            text: formatearCelda(fila[c.clave] ?? null, c.tipo),
            align: { x: numericas[j] ? ("right" as const) : ("left" as const) },
          })),
        ),
      ],
    });
  }

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    const margenInferior = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor(GRIS)
      .text(
        `${informe.titulo} · ${informe.periodo.etiqueta} · Página ${i - start + 1} de ${count}`,
        MARGEN,
        doc.page.height - MARGEN,
        { width: ancho, align: "center", lineBreak: false },
      );
    doc.page.margins.bottom = margenInferior;
  }
  doc.end();
  return listo;
}
