"use server";

import { revalidatePath } from "next/cache";
import { conSesion } from "@/server/operacion";
import { entradaDeImportacion } from "@/server/importacion";
import * as operaciones from "./operaciones";

/** Pages whose figures change with a centro or a regional. */
function revalidarAdministracion() {
  revalidatePath("/admin", "layout");
  revalidatePath("/obligaciones");
  revalidatePath("/tableros");
}

export async function crearCentro(input: unknown) {
  const resultado = await conSesion(operaciones.crearCentro, input);
  if (resultado.ok) revalidarAdministracion();
  return resultado;
}

export async function editarCentro(input: unknown) {
  const resultado = await conSesion(operaciones.editarCentro, input);
  if (resultado.ok) revalidarAdministracion();
  return resultado;
}

export async function editarCentroEnVigencia(input: unknown) {
  const resultado = await conSesion(operaciones.editarCentroEnVigencia, input);
  if (resultado.ok) revalidarAdministracion();
  return resultado;
}

export async function crearRegional(input: unknown) {
  const resultado = await conSesion(operaciones.crearRegional, input);
  if (resultado.ok) revalidarAdministracion();
  return resultado;
}

export async function editarRegional(input: unknown) {
  const resultado = await conSesion(operaciones.editarRegional, input);
  if (resultado.ok) revalidarAdministracion();
  return resultado;
}

/** Receives the upload: only the file, nothing else from the browser. */
export async function previsualizarImportacion(formData: FormData) {
  return conSesion(operaciones.previsualizarImportacion, entradaDeImportacion(formData));
}

export async function importarCentros(formData: FormData) {
  const resultado = await conSesion(operaciones.importarCentros, entradaDeImportacion(formData));
  if (resultado.ok) revalidarAdministracion();
  return resultado;
}
