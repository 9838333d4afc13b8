"use client";

import { useRef, useState, type ReactNode } from "react";
import { BOTON_NEUTRO } from "./botones";

/**
 * An action that cannot be taken back (approve, delete, reset a password) in two steps: the button,
 * then the question with the confirming button (focused, so Enter confirms and Tab reaches
 * Cancelar) and Cancelar, which gives the focus back to the button. The question closes once the
 * action has run, whatever its outcome; the caller shows the outcome.
 */
export function AccionConfirmada(props: {
  /** The first step: the button's label, its style and, in a row of a table, its accessible name. */
  boton: ReactNode;
  claseBoton: string;
  nombreAccesible?: string;
  pregunta: ReactNode;
  confirmar: string;
  confirmando: string;
  claseConfirmar: string;
  pendiente: boolean;
  alConfirmar: () => Promise<unknown>;
}) {
  const [abierta, setAbierta] = useState(false);
  const boton = useRef<HTMLButtonElement>(null);

  async function confirmar() {
    try {
      await props.alConfirmar();
    } finally {
      setAbierta(false);
    }
  }

  function cancelar() {
    setAbierta(false);
    requestAnimationFrame(() => boton.current?.focus());
  }

  if (!abierta) {
    return (
      <button
        ref={boton}
        type="button"
        onClick={() => setAbierta(true)}
        aria-label={props.nombreAccesible}
        className={props.claseBoton}
      >
        {props.boton}
      </button>
    );
  }
  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3">
      <p className="text-sm text-amber-900">{props.pregunta}</p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          autoFocus
          onClick={confirmar}
          disabled={props.pendiente}
          className={props.claseConfirmar}
        >
          {props.pendiente ? props.confirmando : props.confirmar}
        </button>
        <button type="button" onClick={cancelar} disabled={props.pendiente} className={BOTON_NEUTRO}>
          Cancelar
        </button>
      </div>
    </div>
  );
}
