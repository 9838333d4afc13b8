"use server";

import { revalidatePath } from "next/cache";
import { conSesion } from "@/server/action";
import * as operaciones from "./operaciones";

export async function reintentarCorreo(input: unknown) {
  const resultado = await conSesion(operaciones.reintentarCorreo, input);
  if (resultado.ok) revalidatePath("/admin/correos");
  return resultado;
}
