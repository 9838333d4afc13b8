"use server";

import { revalidatePath } from "next/cache";
import { conSesion } from "@/server/operacion";
import { entradaDeImportacion } from "@/server/importacion";
import { db } from "@/server/db";
import { olvidarIntentosDeCuenta } from "@/server/limite-ingreso";
import * as importacion from "./importacion/operaciones";
import * as operaciones from "./operaciones";

function revalidarUsuarios(usuarioId?: number) {
  revalidatePath("/admin");
  revalidatePath("/admin/usuarios");
  if (usuarioId) revalidatePath(`/admin/usuarios/${usuarioId}`);
}

export async function crearUsuario(input: unknown) {
  const resultado = await conSesion(operaciones.crearUsuario, input);
  if (resultado.ok) revalidarUsuarios();
  return resultado;
}

export async function editarUsuario(input: unknown) {
  const resultado = await conSesion(operaciones.editarUsuario, input);
  if (resultado.ok) revalidarUsuarios(resultado.data.usuarioId);
  return resultado;
}

export async function restablecerClave(input: unknown) {
  const resultado = await conSesion(operaciones.restablecerClave, input);
  if (resultado.ok) {
    // Someone locked out after failed attempts can log in with the new password right away.
    await olvidarIntentosDeCuenta(db(), resultado.data.email);
    revalidarUsuarios(resultado.data.usuarioId);
  }
  return resultado;
}

/** Receives the upload: only the file (and the preview's fingerprint), nothing else from the browser. */
export async function previsualizarImportacion(formData: FormData) {
  return conSesion(importacion.previsualizarImportacion, entradaDeImportacion(formData));
}

export async function confirmarImportacion(formData: FormData) {
  const resultado = await conSesion(importacion.confirmarImportacion, entradaDeImportacion(formData));
  if (resultado.ok) revalidarUsuarios();
  return resultado;
}
