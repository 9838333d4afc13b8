import "server-only";
import PDFDocument from "pdfkit";
import { formatearFechaHora } from "@/lib/fechas";

const VERDE = "#39a900";
const GRIS = "#52606d";
const BORDE = "#cbd2d9";
const MARGEN = 48;

export interface ColumnaPdf {
  titulo: string;
  /** Figures align right. */
  derecha?: boolean;
  /** Points; the rest share what is left. */
  ancho?: number;
}

/**
 * A document of the application (informes, a report with its history): SENA's header, the title and
 * its lines, then what the caller writes, and "<pie> · Página N de M" on every page. pdfkit's
 * standard fonts carry Spanish text (WinAnsi encoding); nothing is read from the network.
 */
export function documentoPdf(o: {
  titulo: string;
  lineas: string[];
  generado: Date;
  asunto: string;
  horizontal?: boolean;
}) {
  const doc = new PDFDocument({
    size: "LETTER",
    layout: o.horizontal ? "landscape" : "portrait",
    margins: { top: MARGEN, bottom: MARGEN + 14, left: MARGEN, right: MARGEN },
    bufferPages: true,
    lang: "es-CO",
    info: {
      Title: o.titulo,
      Author: "SENA · Grupo de Recaudo y Cartera",
      Subject: o.asunto,
      CreationDate: o.generado,
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
  doc.fillColor("black").font("Helvetica-Bold").fontSize(16).text(o.titulo);
  doc.font("Helvetica").fontSize(11).fillColor(GRIS);
  for (const linea of o.lineas) doc.text(linea);
  doc.text(`Generado el ${formatearFechaHora(o.generado)}`);
  doc.moveDown(0.8).fillColor("black");

  const celda = { padding: 3, border: 0.5, borderColor: BORDE } as const;
  return {
    doc,
    subtitulo(texto: string) {
      doc.moveDown(1).font("Helvetica-Bold").fontSize(12).fillColor("black").text(texto, MARGEN);
      doc.moveDown(0.3).font("Helvetica").fontSize(9);
    },
    parrafo(texto: string, color: "gris" | "negro" = "negro") {
      doc
        .font("Helvetica")
        .fontSize(10)
        .fillColor(color === "gris" ? GRIS : "black")
        .text(texto, MARGEN, undefined, { align: "justify", width: ancho });
      doc.fillColor("black");
    },
    claveValor(filas: [string, string][]) {
      doc
        .font("Helvetica")
        .fontSize(10)
        .table({
          columnStyles: [200, "*"],
          defaultStyle: { ...celda, padding: 4 },
          data: filas.map(([termino, valor]) => [
            { text: termino, font: { src: "Helvetica-Bold" }, type: "TH" as const },
            valor,
          ]),
        });
    },
    tabla(columnas: ColumnaPdf[], filas: string[][]) {
      const alinear = (c: ColumnaPdf) => ({ x: c.derecha ? ("right" as const) : ("left" as const) });
      doc
        .font("Helvetica")
        .fontSize(8.5)
        .table({
          columnStyles: columnas.map((c) => c.ancho ?? "*"),
          defaultStyle: celda,
          rowStyles: (fila) => (fila === 0 ? { backgroundColor: "#eef2f5" } : undefined),
          data: [
            columnas.map((c) => ({
              text: c.titulo,
              type: "TH" as const,
              font: { src: "Helvetica-Bold" },
              align: alinear(c),
            })),
            ...filas.map((fila) => fila.map((texto, j) => ({ text: texto, align: alinear(columnas[j]!) }))),
          ],
        });
    },
    /** Numbers every page and closes the document. */
    terminar(pie: string): Promise<Buffer> {
      const { start, count } = doc.bufferedPageRange();
      for (let i = start; i < start + count; i += 1) {
        doc.switchToPage(i);
        const margenInferior = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        doc
          .font("Helvetica")
          .fontSize(8)
          .fillColor(GRIS)
          .text(`${pie} · Página ${i - start + 1} de ${count}`, MARGEN, doc.page.height - MARGEN, {
            width: doc.page.width - MARGEN * 2,
            align: "center",
            lineBreak: false,
          });
        doc.page.margins.bottom = margenInferior;
      }
      doc.end();
      return listo;
    },
  };
}
