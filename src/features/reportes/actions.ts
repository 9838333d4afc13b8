"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { conSesion, type ResultadoAccion } from "@/server/operacion";
import { guardarReporte as guardar, iniciarReporte as iniciar } from "./operaciones";

export async function guardarReporte(
  input: unknown,
): Promise<ResultadoAccion<{ version: number; estado: string }>> {
  const resultado = await conSesion(guardar, input);
  if (resultado.ok) revalidatePath("/obligaciones");
  return resultado;
}

/** Opens (or reopens) the report of an obligation and goes to it; used by a plain form. */
export async function iniciarReporte(
  _anterior: ResultadoAccion<{ reporteId: number }> | null,
  formData: FormData,
): Promise<ResultadoAccion<{ reporteId: number }>> {
  const resultado = await conSesion(iniciar, {
    seguimientoId: formData.get("seguimientoId"),
    periodo: formData.get("periodo"),
  });
  if (!resultado.ok) return resultado;
  revalidatePath("/obligaciones");
  redirect(`/reportes/${resultado.data.reporteId}`);
}
