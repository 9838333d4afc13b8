"use server";

import { revalidatePath } from "next/cache";
import { conSesion } from "@/server/action";
import * as operaciones from "./operaciones";

export async function guardarMetas(input: unknown) {
  const resultado = await conSesion(operaciones.guardarMetas, input);
  if (resultado.ok) revalidatePath("/metas");
  return resultado;
}
