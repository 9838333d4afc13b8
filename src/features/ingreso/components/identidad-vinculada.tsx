"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Aviso } from "@/components/ui/aviso";
import { BOTON_PELIGRO } from "@/components/ui/botones";
import { Confirmacion } from "@/components/ui/confirmacion";
import { desvincularIdentidad } from "../actions";

/** Removing the link takes a confirmation: the person's sessions end and the next sign-in links again. */
export function DesvincularIdentidad(props: { usuarioId: number; nombre: string }) {
  const [confirmando, setConfirmando] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pendiente, iniciar] = useTransition();
  const router = useRouter();

  const desvincular = () =>
    iniciar(async () => {
      setError(null);
      const resultado = await desvincularIdentidad({ usuarioId: props.usuarioId }).catch(() => null);
      setConfirmando(false);
      if (!resultado) return setError("No se pudo desvincular. Revise su conexión e intente de nuevo.");
      if (!resultado.ok) return setError(resultado.message);
      router.refresh();
    });

  return (
    <div className="space-y-3">
      {error ? <Aviso tipo="error">{error}</Aviso> : null}
      {confirmando ? (
        <Confirmacion
          pregunta={`¿Quitar el vínculo de ${props.nombre} con su cuenta institucional? Sus sesiones abiertas terminan; el próximo ingreso con la cuenta institucional la vinculará de nuevo si el correo coincide.`}
          confirmar="Sí, desvincular"
          confirmando="Desvinculando…"
          pendiente={pendiente}
          claseConfirmar={BOTON_PELIGRO}
          alConfirmar={desvincular}
          alCancelar={() => setConfirmando(false)}
        />
      ) : (
        <button type="button" onClick={() => setConfirmando(true)} className={BOTON_PELIGRO}>
          Desvincular la cuenta institucional
        </button>
      )}
    </div>
  );
}
