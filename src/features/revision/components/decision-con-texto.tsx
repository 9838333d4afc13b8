"use client";

import { useRef, useState, useTransition, type FormEvent } from "react";
import type { z } from "zod";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import type { ResultadoAccion } from "@/server/operacion";
import { LARGO_MAXIMO, LARGO_MINIMO } from "../schemas";
import { Aviso } from "@/components/ui/aviso";
import { BotonEnviar } from "@/components/ui/boton-enviar";

/**
 * A review decision that needs a text for the report's author. The text is validated here with the
 * same schema the server uses, and it stays in the field whatever the outcome of a failed attempt.
 */
export function DecisionConTexto(props: {
  id: string;
  etiqueta: string;
  schema: z.ZodType<string>;
  textoBoton: string;
  claseBoton: string;
  enviar: (texto: string) => Promise<ResultadoAccion<unknown>>;
  campo: string;
  alTerminar: () => void;
}) {
  const [texto, setTexto] = useState("");
  const [errorCampo, setErrorCampo] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [pendiente, iniciar] = useTransition();
  const campoRef = useRef<HTMLTextAreaElement>(null);

  function rechazar(mensajeCampo: string | undefined, mensaje: string | null) {
    setErrorCampo(mensajeCampo);
    setError(mensaje);
    if (mensajeCampo) campoRef.current?.focus();
  }

  function alEnviar(evento: FormEvent<HTMLFormElement>) {
    evento.preventDefault();
    const validado = props.schema.safeParse(texto);
    if (!validado.success) return rechazar(validado.error.issues[0]?.message, null);
    rechazar(undefined, null);
    iniciar(async () => {
      const resultado = await props.enviar(validado.data);
      if (!resultado.ok) return rechazar(resultado.fieldErrors?.[props.campo]?.[0], resultado.message);
      setTexto("");
      props.alTerminar();
    });
  }

  return (
    <form noValidate onSubmit={alEnviar} className="space-y-3">
      <Campo
        id={props.id}
        etiqueta={props.etiqueta}
        error={errorCampo}
        ayuda={`Entre ${LARGO_MINIMO} y ${LARGO_MAXIMO.toLocaleString("es-CO")} caracteres; lleva ${texto.trim().length}.`}
      >
        {(atributos) => (
          <textarea
            {...atributos}
            ref={campoRef}
            name={props.campo}
            rows={4}
            value={texto}
            onChange={(e) => setTexto(e.target.value)}
            className={CLASE_ENTRADA}
          />
        )}
      </Campo>
      {error ? <Aviso tipo="error">{error}</Aviso> : null}
      <BotonEnviar pendiente={pendiente} enviando="Guardando…" clase={props.claseBoton}>
        {props.textoBoton}
      </BotonEnviar>
    </form>
  );
}
