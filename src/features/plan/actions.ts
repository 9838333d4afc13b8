"use server";

import { revalidatePath } from "next/cache";
import { entradaDeImportacion } from "@/server/importacion";
import { conSesion, type Operacion } from "@/server/operacion";
import * as operaciones from "./operaciones";

/** A plan change moves obligations, deadlines and dashboards, not only the plan's own pages. */
function revalidarPlan() {
  revalidatePath("/admin/plan", "layout");
  revalidatePath("/plan");
  revalidatePath("/obligaciones");
  revalidatePath("/tableros");
  revalidatePath("/admin");
}

async function ejecutar<T>(operacion: Operacion<T>, input: unknown) {
  const resultado = await conSesion(operacion, input);
  if (resultado.ok) revalidarPlan();
  return resultado;
}

export async function crearVigencia(input: unknown) {
  return ejecutar(operaciones.crearVigencia, input);
}

export async function eliminarVigencia(input: unknown) {
  return ejecutar(operaciones.eliminarVigencia, input);
}

export async function crearTema(input: unknown) {
  return ejecutar(operaciones.crearTema, input);
}

export async function editarTema(input: unknown) {
  return ejecutar(operaciones.editarTema, input);
}

export async function eliminarTema(input: unknown) {
  return ejecutar(operaciones.eliminarTema, input);
}

export async function crearLineamiento(input: unknown) {
  return ejecutar(operaciones.crearLineamiento, input);
}

export async function editarLineamiento(input: unknown) {
  return ejecutar(operaciones.editarLineamiento, input);
}

export async function eliminarLineamiento(input: unknown) {
  return ejecutar(operaciones.eliminarLineamiento, input);
}

export async function crearAccion(input: unknown) {
  return ejecutar(operaciones.crearAccion, input);
}

export async function editarAccion(input: unknown) {
  return ejecutar(operaciones.editarAccion, input);
}

export async function eliminarAccion(input: unknown) {
  return ejecutar(operaciones.eliminarAccion, input);
}

export async function crearSeguimiento(input: unknown) {
  return ejecutar(operaciones.crearSeguimiento, input);
}

export async function editarSeguimiento(input: unknown) {
  return ejecutar(operaciones.editarSeguimiento, input);
}

export async function eliminarSeguimiento(input: unknown) {
  return ejecutar(operaciones.eliminarSeguimiento, input);
}

/** Receives the upload: only the file (and the preview's fingerprint), nothing else from the browser. */
export async function previsualizarArchivoDelPlan(formData: FormData) {
  return conSesion(operaciones.previsualizarArchivoDelPlan, entradaDeImportacion(formData));
}

export async function importarArchivoDelPlan(formData: FormData) {
  return ejecutar(operaciones.importarArchivoDelPlan, entradaDeImportacion(formData));
}
