"use client";

import { salirEnElNavegador } from "@/features/acceso/cliente";
import { Aviso } from "@/components/ui/aviso";
import { BOTON_NEUTRO, BOTON_PELIGRO } from "@/components/ui/botones";
import { AccionConfirmada } from "@/components/ui/confirmacion";
import { useAccion } from "@/components/ui/use-accion";
import { cerrarTodasLasSesiones } from "../actions";

/** Ends every session of the account, this one too: for a lost phone or a shared computer. */
export function CerrarTodas() {
  const { aviso, pendiente, ejecutar } = useAccion();
  const cerrar = async () => {
    const resultado = await ejecutar(() => cerrarTodasLasSesiones());
    if (resultado.ok) await salirEnElNavegador();
  };
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        Si dejó la sesión abierta en otro equipo o perdió un teléfono, cierre todas las sesiones de su cuenta,
        incluida esta. Cambiar la contraseña también cierra las demás.
      </p>
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      <AccionConfirmada
        boton="Cerrar sesión en todos los dispositivos"
        claseBoton={BOTON_NEUTRO}
        pregunta="¿Cerrar la sesión en todos los dispositivos? Tendrá que ingresar de nuevo aquí también."
        confirmar="Sí, cerrar todas"
        confirmando="Cerrando…"
        claseConfirmar={BOTON_PELIGRO}
        pendiente={pendiente}
        alConfirmar={cerrar}
      />
    </div>
  );
}
