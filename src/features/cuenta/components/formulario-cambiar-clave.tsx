"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { marcarErroresDelServidor } from "@/components/ui/formulario";
import { useAccion } from "@/components/ui/use-accion";
import { Aviso } from "@/components/ui/aviso";
import { cambiarClave } from "../actions";
import { cambiarClaveSchema, REGLAS_DE_CLAVE, type CambioDeClave } from "../schemas";
import { BotonEnviar } from "@/components/ui/boton-enviar";

const VACIO: CambioDeClave = { actual: "", nueva: "", confirmacion: "" };
const CAMPOS = ["actual", "nueva", "confirmacion"] as const;

/**
 * Current password, new one and its confirmation, checked here with the same rules as the server.
 * With `destino` (the forced change after a temporary password) the user goes there afterwards.
 */
/** The three passwords the form asks, in order; password managers read `autoComplete`. */
const CLAVES = [
  { campo: "actual", etiqueta: "Contraseña actual", autoComplete: "current-password", ayuda: undefined },
  { campo: "nueva", etiqueta: "Contraseña nueva", autoComplete: "new-password", ayuda: REGLAS_DE_CLAVE },
  {
    campo: "confirmacion",
    etiqueta: "Confirme la contraseña nueva",
    autoComplete: "new-password",
    ayuda: undefined,
  },
] as const;

export function FormularioCambiarClave(props: { email: string; destino?: string }) {
  const router = useRouter();
  const schema = useMemo(() => cambiarClaveSchema(props.email), [props.email]);
  const { aviso, setAviso, ejecutar } = useAccion();
  const [mostrar, setMostrar] = useState(false);
  const { register, handleSubmit, getValues, setError, reset, formState } = useForm<CambioDeClave>({
    resolver: zodResolver(schema),
    defaultValues: VACIO,
  });
  const { errors, isSubmitting } = formState;
  const tipo = mostrar ? "text" : "password";

  const enviar = handleSubmit(
    async () => {
      const resultado = await ejecutar(() => cambiarClave(getValues()), {
        exito: props.destino ? undefined : "Su contraseña se cambió. Úsela la próxima vez que ingrese.",
        alRechazar: (errores) => marcarErroresDelServidor(setError, errores, CAMPOS),
      });
      if (!resultado.ok) return;
      reset(VACIO);
      if (props.destino) {
        router.replace(props.destino);
        router.refresh();
      }
    },
    () => setAviso({ tipo: "error", texto: "Revise los campos marcados: la contraseña no se cambió." }),
  );

  return (
    <form noValidate onSubmit={enviar} className="max-w-md space-y-5" aria-label="Cambiar la contraseña">
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      {/* Lets password managers tie the new password to the account. */}
      <input type="hidden" name="username" autoComplete="username" value={props.email} readOnly />
      {CLAVES.map((clave) => (
        <Campo
          key={clave.campo}
          id={clave.campo}
          etiqueta={clave.etiqueta}
          error={errors[clave.campo]?.message}
          ayuda={clave.ayuda}
        >
          {(atributos) => (
            <input
              {...atributos}
              {...register(clave.campo)}
              type={tipo}
              autoComplete={clave.autoComplete}
              className={CLASE_ENTRADA}
            />
          )}
        </Campo>
      ))}
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={mostrar}
          onChange={(e) => setMostrar(e.target.checked)}
          className="h-4 w-4 rounded border-slate-400"
        />
        Mostrar las contraseñas
      </label>
      <BotonEnviar pendiente={isSubmitting} enviando="Cambiando…">
        Cambiar contraseña
      </BotonEnviar>
    </form>
  );
}
