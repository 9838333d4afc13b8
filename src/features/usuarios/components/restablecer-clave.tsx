"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Aviso } from "@/components/ui/aviso";
import { BOTON_NEUTRO, BOTON_PRINCIPAL } from "@/components/ui/botones";
import { AccionConfirmada } from "@/components/ui/confirmacion";
import { useAccion } from "@/components/ui/use-accion";
import { restablecerClave } from "../actions";
import { ClaveEntregada } from "./clave-entregada";

/** A new temporary password replaces the current one at once, so it takes a confirmation. */
export function RestablecerClave(props: { usuarioId: number; nombre: string }) {
  const [entregada, setEntregada] = useState<{ email: string; nombre: string; clave: string } | null>(null);
  const { aviso, pendiente, ejecutar } = useAccion();
  const router = useRouter();

  async function restablecer() {
    const resultado = await ejecutar(() => restablecerClave({ usuarioId: props.usuarioId }));
    if (!resultado.ok) return;
    const { email, nombre, claveTemporal } = resultado.data;
    setEntregada({ email, nombre, clave: claveTemporal });
    // The account's version moved (its sessions ended): the page shows the new one.
    router.refresh();
  }

  return (
    <div className="space-y-3">
      {entregada ? (
        <ClaveEntregada
          titulo="Contraseña restablecida"
          nombre={entregada.nombre}
          email={entregada.email}
          clave={entregada.clave}
        />
      ) : null}
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      <AccionConfirmada
        boton={entregada ? "Generar otra contraseña temporal" : "Restablecer contraseña"}
        claseBoton={BOTON_NEUTRO}
        pregunta={`¿Generar una contraseña temporal nueva para ${props.nombre}? La actual deja de servir de inmediato y deberá cambiar la nueva al ingresar.`}
        confirmar="Sí, restablecer"
        confirmando="Restableciendo…"
        claseConfirmar={BOTON_PRINCIPAL}
        pendiente={pendiente}
        alConfirmar={restablecer}
      />
    </div>
  );
}
