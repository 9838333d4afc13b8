"use server";

import { revalidatePath } from "next/cache";
import { conSesion } from "@/server/operacion";
import * as operaciones from "./operaciones";

export async function guardarConfiguracionIngreso(input: unknown) {
  const resultado = await conSesion(operaciones.guardarConfiguracionIngreso, input);
  if (resultado.ok) revalidatePath("/admin/ingreso");
  return resultado;
}

export async function desvincularIdentidad(input: unknown) {
  const resultado = await conSesion(operaciones.desvincularIdentidad, input);
  if (resultado.ok) revalidatePath(`/admin/usuarios/${resultado.data.usuarioId}`);
  return resultado;
}
