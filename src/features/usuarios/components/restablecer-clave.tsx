"use client";

import { useState, useTransition } from "react";
import { Aviso } from "@/components/ui/aviso";
import { restablecerClave } from "../actions";
import { ClaveEntregada } from "./clave-entregada";

const BOTON_PRINCIPAL =
  "rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800 disabled:opacity-60";
const BOTON_NEUTRO =
  "rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50 disabled:opacity-60";

/** A new temporary password replaces the current one at once, so it takes a confirmation. */
export function RestablecerClave(props: { usuarioId: number; nombre: string }) {
  const [confirmando, setConfirmando] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [entregada, setEntregada] = useState<{ email: string; nombre: string; clave: string } | null>(null);
  const [pendiente, iniciar] = useTransition();

  const restablecer = () =>
    iniciar(async () => {
      setError(null);
      const resultado = await restablecerClave({ usuarioId: props.usuarioId }).catch(() => null);
      setConfirmando(false);
      if (!resultado) return setError("No se pudo restablecer. Revise su conexión e intente de nuevo.");
      if (!resultado.ok) return setError(resultado.message);
      const { email, nombre, claveTemporal } = resultado.data;
      setEntregada({ email, nombre, clave: claveTemporal });
    });

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
      {error ? <Aviso tipo="error">{error}</Aviso> : null}
      {confirmando ? (
        <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm text-amber-900">
            ¿Generar una contraseña temporal nueva para {props.nombre}? La actual deja de servir de inmediato
            y deberá cambiar la nueva al ingresar.
          </p>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              autoFocus
              onClick={restablecer}
              disabled={pendiente}
              className={BOTON_PRINCIPAL}
            >
              {pendiente ? "Restableciendo…" : "Sí, restablecer"}
            </button>
            <button
              type="button"
              onClick={() => setConfirmando(false)}
              disabled={pendiente}
              className={BOTON_NEUTRO}
            >
              Cancelar
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirmando(true)} className={BOTON_NEUTRO}>
          {entregada ? "Generar otra contraseña temporal" : "Restablecer contraseña"}
        </button>
      )}
    </div>
  );
}
