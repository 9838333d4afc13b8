import { esPdf } from "./pdf";
import { MENSAJES, subirEvidenciaSchema } from "./schemas";

/**
 * What is wrong with the chosen file, checked in the browser before sending it with the same
 * schema and content check the server applies; null when it may be sent.
 */
export async function problemaDelArchivo(
  reporteId: number,
  archivo: File | undefined,
  limiteMb: number,
): Promise<string | null> {
  const parsed = subirEvidenciaSchema(limiteMb).safeParse({ reporteId, archivo });
  if (!parsed.success) return parsed.error.issues[0]?.message ?? MENSAJES.falta;
  return esPdf(new Uint8Array(await parsed.data.archivo.arrayBuffer())) ? null : MENSAJES.noEsPdf;
}
