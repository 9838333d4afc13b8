"use client";

import { salirEnElNavegador } from "@/features/auth/cliente";
import { useState } from "react";
import { Aviso } from "@/components/ui/aviso";
import { BOTON_NEUTRO, BOTON_PELIGRO } from "@/components/ui/botones";
import { Confirmacion } from "@/components/ui/confirmacion";
import { useAccion } from "@/components/ui/use-accion";
import { cerrarTodasLasSesiones } from "../actions";

/** Ends every session of the account, this one too: for a lost phone or a shared computer. */
export function CerrarTodas() {
  const [confirmando, setConfirmando] = useState(false);
  const { aviso, pendiente, ejecutar } = useAccion();
  const cerrar = async () => {
    const resultado = await ejecutar(() => cerrarTodasLasSesiones());
    if (resultado.ok) await salirEnElNavegador();
    else setConfirmando(false);
  };
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        Si dejó la sesión abierta en otro equipo o perdió un teléfono, cierre todas las sesiones de su cuenta,
        incluida esta. Cambiar la contraseña también cierra las demás.
      </p>
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      {confirmando ? (
        <Confirmacion
          pregunta="¿Cerrar la sesión en todos los dispositivos? Tendrá que ingresar de nuevo aquí también."
          confirmar="Sí, cerrar todas"
          confirmando="Cerrando…"
          pendiente={pendiente}
          claseConfirmar={BOTON_PELIGRO}
          alConfirmar={cerrar}
          alCancelar={() => setConfirmando(false)}
        />
      ) : (
        <button type="button" onClick={() => setConfirmando(true)} className={BOTON_NEUTRO}>
          Cerrar sesión en todos los dispositivos
        </button>
      )}
    </div>
  );
}
