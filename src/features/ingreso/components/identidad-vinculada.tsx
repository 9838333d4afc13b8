"use client";

import { useRouter } from "next/navigation";
import { Aviso } from "@/components/ui/aviso";
import { BOTON_PELIGRO } from "@/components/ui/botones";
import { AccionConfirmada } from "@/components/ui/confirmacion";
import { useAccion } from "@/components/ui/use-accion";
import { desvincularIdentidad } from "../actions";

/** Removing the link takes a confirmation: the person's sessions end and the next sign-in links again. */
export function DesvincularIdentidad(props: { usuarioId: number; nombre: string }) {
  const { aviso, pendiente, ejecutar } = useAccion();
  const router = useRouter();

  async function desvincular() {
    const resultado = await ejecutar(() => desvincularIdentidad({ usuarioId: props.usuarioId }));
    if (resultado.ok) router.refresh();
  }

  return (
    <div className="space-y-3">
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      <AccionConfirmada
        boton="Desvincular la cuenta institucional"
        claseBoton={BOTON_PELIGRO}
        pregunta={`¿Quitar el vínculo de ${props.nombre} con su cuenta institucional? Sus sesiones abiertas terminan; el próximo ingreso con la cuenta institucional la vinculará de nuevo si el correo coincide.`}
        confirmar="Sí, desvincular"
        confirmando="Desvinculando…"
        claseConfirmar={BOTON_PELIGRO}
        pendiente={pendiente}
        alConfirmar={desvincular}
      />
    </div>
  );
}
