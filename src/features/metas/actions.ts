"use server";

import { revalidatePath } from "next/cache";
import { conSesion } from "@/server/operacion";
import { entradaDeImportacion } from "@/server/importacion";
import * as importacion from "./operaciones-importacion";
import * as operaciones from "./operaciones";

export async function guardarMetas(input: unknown) {
  const resultado = await conSesion(operaciones.guardarMetas, input);
  if (resultado.ok) revalidatePath("/metas");
  return resultado;
}

/** Receives the upload: only the file (and the preview's fingerprint), nothing else from the browser. */
export async function previsualizarImportacionDeMetas(formData: FormData) {
  return conSesion(importacion.previsualizarImportacionDeMetas, entradaDeImportacion(formData));
}

export async function importarMetas(formData: FormData) {
  const resultado = await conSesion(importacion.importarMetas, entradaDeImportacion(formData));
  if (resultado.ok) {
    revalidatePath("/metas");
    revalidatePath("/tableros");
  }
  return resultado;
}
