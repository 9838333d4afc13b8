"use server";

import { revalidatePath } from "next/cache";
import { conSesion } from "@/server/operacion";
import * as operaciones from "./operaciones";

export async function reintentarCorreo(input: unknown) {
  const resultado = await conSesion(operaciones.reintentarCorreo, input);
  if (resultado.ok) revalidatePath("/admin/correos");
  return resultado;
}
