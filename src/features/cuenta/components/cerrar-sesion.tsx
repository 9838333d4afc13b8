"use client";

import { salirEnElNavegador } from "@/features/acceso/cliente";
import { useState } from "react";
import { cerrarSesion } from "../actions";

/**
 * Ends this session on the server first (a copy of the cookie becomes useless), then in the
 * browser. Offline, the browser still forgets it.
 */
export function CerrarSesion(props: { texto?: string; className: string }) {
  const [saliendo, setSaliendo] = useState(false);
  const salir = async () => {
    setSaliendo(true);
    await cerrarSesion().catch(() => undefined);
    await salirEnElNavegador();
  };
  return (
    <button type="button" onClick={salir} disabled={saliendo} className={props.className}>
      {saliendo ? "Cerrando sesión…" : (props.texto ?? "Cerrar sesión")}
    </button>
  );
}
