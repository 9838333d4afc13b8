"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ResultadoAccion } from "@/server/operacion";

export type Aviso = { tipo: "error" | "exito"; texto: string } | null;

/**
 * Submits a plan form: the same zod schema validates in the browser first; a refusal from the
 * server puts each message next to its field and keeps everything typed; a success refreshes the
 * page's data.
 */
export function useGuardado<V extends FieldValues, R>(
  form: UseFormReturn<V, unknown, unknown>,
  accion: (input: unknown) => Promise<ResultadoAccion<R>>,
  alGuardar: (data: R, valores: V) => string,
) {
  const router = useRouter();
  const [aviso, setAviso] = useState<Aviso>(null);
  const enviar = form.handleSubmit(
    async () => {
      setAviso(null);
      const valores = form.getValues();
      const resultado = await accion(valores);
      if (!resultado.ok) {
        for (const [campo, mensajes] of Object.entries(resultado.fieldErrors ?? {})) {
          form.setError(campo as Path<V>, { type: "server", message: mensajes[0] });
        }
        setAviso({ tipo: "error", texto: resultado.message });
        return;
      }
      setAviso({ tipo: "exito", texto: alGuardar(resultado.data, valores) });
      router.refresh();
    },
    () => setAviso({ tipo: "error", texto: "Revise los campos marcados: no se guardó nada." }),
  );
  return { enviar, aviso, limpiarAviso: () => setAviso(null) };
}
