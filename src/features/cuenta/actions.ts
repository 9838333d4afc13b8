"use server";

import { conSesion } from "@/server/action";
import * as operaciones from "./operaciones";

/** The one action a user holding a temporary password may run: replacing it. */
export async function cambiarClave(input: unknown) {
  return conSesion(operaciones.cambiarClave, input, { aunConClaveTemporal: true });
}
