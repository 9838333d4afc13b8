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
