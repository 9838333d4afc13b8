"use server";

import { conSesion, type ResultadoAccion } from "@/server/operacion";
import { eliminarEvidencia as eliminar, subirEvidencia as subir, type EvidenciaSubida } from "./operaciones";

/** Receives the upload form: the report id, the document it backs and the file, nothing else. */
export async function subirEvidencia(formData: FormData): Promise<ResultadoAccion<EvidenciaSubida>> {
  return conSesion(subir, {
    reporteId: formData.get("reporteId"),
    campo: formData.get("campo") || null,
    archivo: formData.get("archivo"),
  });
}

export async function eliminarEvidencia(input: { evidenciaId: number }): Promise<ResultadoAccion<null>> {
  return conSesion(eliminar, input);
}
