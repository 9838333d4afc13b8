import { useCallback, useState } from "react";
import type { ResultadoAccion } from "@/server/operacion";
import type { ErroresDeCampo } from "@/server/errores";
import { llamarAccion } from "./formulario";

export interface AvisoDeAccion {
  tipo: "error" | "exito";
  texto: string;
}

export interface OpcionesDeAccion<T> {
  /** What to say when it worked; nothing is said when omitted (the caller navigates, say). */
  exito?: string | ((data: T) => string);
  /** Puts the server's field errors next to their fields (with react-hook-form, `marcarErroresDelServidor`). */
  alRechazar?: (fieldErrors: ErroresDeCampo | undefined) => void;
}

export const MENSAJE_SIN_CONEXION =
  "No se pudo enviar. Revise su conexión e intente de nuevo: no se perdió lo que escribió.";

/**
 * Calling a server action from a form: while it runs `pendiente` is true; a refusal shows its
 * message and marks its fields; a request that never arrives (offline) is a refusal too, and what
 * the user typed stays in the form. Every form calls its action this way; the one exception is a
 * button that only opens something (Diligenciar), which posts its server action with a plain
 * `<form action>` so that it works before the page's JavaScript has loaded.
 */
export function useAccion() {
  const [aviso, setAviso] = useState<AvisoDeAccion | null>(null);
  const [pendiente, setPendiente] = useState(false);
  const ejecutar = useCallback(
    async <T>(accion: () => Promise<ResultadoAccion<T>>, opciones: OpcionesDeAccion<T> = {}) => {
      setAviso(null);
      setPendiente(true);
      try {
        const resultado = await llamarAccion(accion, MENSAJE_SIN_CONEXION);
        if (!resultado.ok) {
          opciones.alRechazar?.(resultado.fieldErrors);
          setAviso({ tipo: "error", texto: resultado.message });
        } else if (opciones.exito) {
          const texto =
            typeof opciones.exito === "function" ? opciones.exito(resultado.data) : opciones.exito;
          setAviso({ tipo: "exito", texto });
        }
        return resultado;
      } finally {
        setPendiente(false);
      }
    },
    [],
  );
  return { aviso, setAviso, pendiente, ejecutar };
}
