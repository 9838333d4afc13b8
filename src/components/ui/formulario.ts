import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ResultadoAccion } from "@/server/operacion";
import type { ErroresDeCampo } from "@/server/errores";

/** Puts each server message next to its field (the first one focused), so nothing typed is lost. */
export function marcarErroresDelServidor<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: ErroresDeCampo | undefined,
  campos: readonly Path<T>[],
): void {
  for (const campo of campos) {
    const mensaje = fieldErrors?.[campo]?.[0];
    if (mensaje) setError(campo, { type: "server", message: mensaje }, { shouldFocus: true });
  }
}

/** Calls a server action; a request that never arrives (no network) becomes a failed result. */
export async function llamarAccion<T>(
  accion: () => Promise<ResultadoAccion<T>>,
  sinConexion: string,
): Promise<ResultadoAccion<T>> {
  try {
    return await accion();
  } catch {
    return { ok: false, message: sinConexion };
  }
}
