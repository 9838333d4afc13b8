import type { ReactNode } from "react";
import { BOTON_NEUTRO } from "./botones";

/**
 * The second step of an action that cannot be taken back (approve, delete, reset a password): the
 * question, the confirming button (focused, so Enter confirms and Tab reaches Cancelar) and Cancelar.
 */
export function Confirmacion(props: {
  pregunta: ReactNode;
  confirmar: string;
  confirmando: string;
  pendiente: boolean;
  claseConfirmar: string;
  alConfirmar: () => void;
  alCancelar: () => void;
}) {
  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3">
      <p className="text-sm text-amber-900">{props.pregunta}</p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          autoFocus
          onClick={props.alConfirmar}
          disabled={props.pendiente}
          className={props.claseConfirmar}
        >
          {props.pendiente ? props.confirmando : props.confirmar}
        </button>
        <button type="button" onClick={props.alCancelar} disabled={props.pendiente} className={BOTON_NEUTRO}>
          Cancelar
        </button>
      </div>
    </div>
  );
}
