"use client";

import { useRouter } from "next/navigation";
import { Aviso } from "@/components/ui/aviso";
import { BOTON_PEQUENO } from "@/components/ui/botones";
import { useAccion } from "@/components/ui/use-accion";
import { reintentarCorreo } from "../actions";

export function BotonReintentar({ correoId, para }: { correoId: number; para: string }) {
  const router = useRouter();
  const { aviso, pendiente, ejecutar } = useAccion();
  const reintentar = async () => {
    const resultado = await ejecutar(() => reintentarCorreo({ correoId }), {
      exito: "Se volverá a enviar en unos segundos.",
    });
    if (resultado.ok) router.refresh();
  };
  return (
    <div className="space-y-2">
      <button type="button" onClick={reintentar} disabled={pendiente} className={BOTON_PEQUENO}>
        {pendiente ? "Reintentando…" : "Reintentar ahora"}
        <span className="sr-only"> el correo a {para}</span>
      </button>
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
    </div>
  );
}
