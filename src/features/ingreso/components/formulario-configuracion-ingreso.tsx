"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { Aviso } from "@/components/ui/aviso";
import { Casilla } from "@/components/ui/casilla";
import { useAccion } from "@/components/ui/use-accion";
import { guardarConfiguracionIngreso } from "../actions";
import { BotonEnviar } from "@/components/ui/boton-enviar";

/** The one sign-in setting: whether accounts linked to their institutional identity keep a password. */
export function FormularioConfiguracionIngreso(props: {
  version: number;
  claveParaCuentasVinculadas: boolean;
}) {
  const [version, setVersion] = useState(props.version);
  const { aviso, pendiente, ejecutar } = useAccion();
  const { register, handleSubmit } = useForm<{ claveParaCuentasVinculadas: boolean }>({
    defaultValues: { claveParaCuentasVinculadas: props.claveParaCuentasVinculadas },
  });

  const enviar = handleSubmit(async ({ claveParaCuentasVinculadas }) => {
    const resultado = await ejecutar(
      () => guardarConfiguracionIngreso({ version, claveParaCuentasVinculadas }),
      {
        exito: claveParaCuentasVinculadas
          ? "Se guardó: las cuentas vinculadas pueden ingresar también con su contraseña."
          : "Se guardó: las cuentas vinculadas ingresan solo con la cuenta institucional.",
      },
    );
    if (resultado.ok) setVersion(resultado.data.version);
  });

  return (
    <form noValidate onSubmit={enviar} aria-label="Configuración del ingreso" className="max-w-xl space-y-4">
      <Casilla
        id="claveParaCuentasVinculadas"
        etiqueta="Las cuentas vinculadas a la cuenta institucional pueden ingresar también con contraseña"
        registro={register("claveParaCuentasVinculadas")}
        ayuda="Si la desmarca, quien ya ingresó una vez con su cuenta institucional solo puede ingresar con ella; las cuentas sin vínculo siguen usando su contraseña."
      />
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      <BotonEnviar pendiente={pendiente} enviando="Guardando…">
        Guardar
      </BotonEnviar>
    </form>
  );
}
