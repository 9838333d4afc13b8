"use client";

import { useRouter } from "next/navigation";
import { Aviso } from "@/components/ui/aviso";
import { BOTON_NEUTRO } from "@/components/ui/botones";
import { useAccion } from "@/components/ui/use-accion";
import { ejecutarRecordatorios } from "../actions";
import { describirConteos } from "./conteos";

/** Runs a pass now; it delivers only what is due and was not delivered yet. */
export function BotonEjecutar() {
  const router = useRouter();
  const { aviso, pendiente, ejecutar } = useAccion();
  const correr = async () => {
    const resultado = await ejecutar(() => ejecutarRecordatorios(), {
      exito: (r) => `Pasada del ${r.fecha}: ${describirConteos(r.porEtapa)}.`,
    });
    if (resultado.ok) router.refresh();
  };
  return (
    <div className="space-y-2">
      <button type="button" onClick={correr} disabled={pendiente} className={BOTON_NEUTRO}>
        {pendiente ? "Ejecutando…" : "Ejecutar una pasada ahora"}
      </button>
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
    </div>
  );
}
