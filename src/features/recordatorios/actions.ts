"use server";

import { revalidatePath } from "next/cache";
import { conSesion } from "@/server/operacion";
import * as operaciones from "./operaciones";

export async function guardarConfiguracion(input: unknown) {
  const resultado = await conSesion(operaciones.guardarConfiguracion, input);
  if (resultado.ok) revalidatePath("/admin/recordatorios");
  return resultado;
}

export async function ejecutarRecordatorios() {
  const resultado = await conSesion(operaciones.ejecutarAhora, {});
  if (resultado.ok) revalidatePath("/", "layout");
  return resultado;
}
