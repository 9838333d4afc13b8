"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { conSesion } from "@/server/operacion";
import * as operaciones from "./operaciones";

/** The button of a notification: marks it read and goes where it leads. */
export async function abrirNotificacion(formData: FormData): Promise<void> {
  const resultado = await conSesion(operaciones.abrirNotificacion, {
    notificacionId: formData.get("notificacionId"),
  });
  const enlace = resultado.ok ? resultado.data.enlace : "";
  // Links are written by the application, always paths of its own; anything else goes to the list.
  redirect(/^\/(?![/\\])/.test(enlace) ? enlace : "/notificaciones");
}

export async function marcarTodasLeidas(): Promise<void> {
  const resultado = await conSesion(operaciones.marcarTodasLeidas, {});
  if (resultado.ok) revalidatePath("/", "layout");
}

export async function guardarPreferencias(input: unknown) {
  return conSesion(operaciones.guardarPreferencias, input);
}
