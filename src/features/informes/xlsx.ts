import "server-only";
import writeXlsxFile, { type Cell } from "write-excel-file/node";
import { anchosXlsx, hojaXlsx, nombreDeHoja } from "@/features/tableros/exportar";
import { formatearFechaHora } from "@/lib/fechas";
import type { Informe } from "./generar";

/** The informe as a workbook: a summary sheet, then one sheet per table with typed cells. */
export async function informeEnXlsx(informe: Informe): Promise<Buffer> {
  const texto = (value: string, negrita = false): Cell => ({
    value,
    type: String,
    ...(negrita ? { fontWeight: "bold" as const } : {}),
  });
  const resumen: Cell[][] = [
    [texto("SENA · Dirección Administrativa y Financiera · Grupo de Recaudo y Cartera", true)],
    [texto(informe.titulo, true)],
    [texto(`Lineamiento ${informe.lineamiento} del Plan de Acción`)],
    [],
    ...informe.resumen.map(([termino, valor]) => [texto(termino, true), texto(valor)]),
    [texto("Generado", true), texto(formatearFechaHora(informe.generado))],
    ...(informe.analisis ? [[], [texto("Análisis del coordinador", true)], [texto(informe.analisis)]] : []),
  ];
  // Sheet names must be unique: a repeated one gets its position.
  const usados = new Set(["Resumen"]);
  const nombres = informe.tablas.map((t, i) => {
    let nombre = nombreDeHoja(t.titulo);
    if (usados.has(nombre)) nombre = `${nombre.slice(0, 27)} (${i + 1})`;
    usados.add(nombre);
    return nombre;
  });
  return writeXlsxFile([
    { data: resumen, sheet: "Resumen", columns: [{ width: 48 }, { width: 70 }] },
    ...informe.tablas.map((t, i) => ({ data: hojaXlsx(t), sheet: nombres[i]!, columns: anchosXlsx(t) })),
  ]).toBuffer();
}
