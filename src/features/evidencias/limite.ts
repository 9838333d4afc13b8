import "server-only";
import { z } from "zod";
import { LIMITE_MB_POR_DEFECTO } from "./schemas";

const esquema = z.coerce
  .number({ error: "EVIDENCIA_MAX_MB debe ser un número de megabytes." })
  .positive("EVIDENCIA_MAX_MB debe ser mayor que cero.")
  .default(LIMITE_MB_POR_DEFECTO);

/** Largest evidence accepted, in MB (EVIDENCIA_MAX_MB, 10 by default); read on every use. */
export function limiteEvidenciaMb(): number {
  const resultado = esquema.safeParse(process.env.EVIDENCIA_MAX_MB || undefined);
  if (!resultado.success) throw new Error(`Configuración inválida: ${resultado.error.issues[0]?.message}`);
  return resultado.data;
}

function entero(variable: string, porDefecto: number): number {
  const valor = z.coerce
    .number({ error: `${variable} debe ser un número.` })
    .int(`${variable} debe ser un número entero.`)
    .positive(`${variable} debe ser mayor que cero.`)
    .default(porDefecto)
    .safeParse(process.env[variable] || undefined);
  if (!valor.success) throw new Error(`Configuración inválida: ${valor.error.issues[0]?.message}`);
  return valor.data;
}

/**
 * How much one report may hold, so that nobody fills the disk with near-identical PDFs:
 * EVIDENCIAS_MAX_POR_REPORTE files (10 by default) and EVIDENCIAS_MAX_MB_POR_REPORTE MB in all
 * (50 by default); read on every use.
 */
export function limitesPorReporte(): { archivos: number; mb: number } {
  return {
    archivos: entero("EVIDENCIAS_MAX_POR_REPORTE", 10),
    mb: entero("EVIDENCIAS_MAX_MB_POR_REPORTE", 50),
  };
}
