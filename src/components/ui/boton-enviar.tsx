import type { ReactNode } from "react";
import { BOTON_PRINCIPAL } from "./botones";

/**
 * The submit button of a form: disabled while the action runs, and saying so ("Guardando…") so a
 * second click cannot send it twice. `clase` picks another style of `botones.ts`; `ancho` adds
 * layout (full width on a phone, say).
 */
export function BotonEnviar(props: {
  pendiente: boolean;
  enviando: string;
  children: ReactNode;
  clase?: string;
  ancho?: string;
}) {
  const clase = [props.clase ?? BOTON_PRINCIPAL, props.ancho].filter(Boolean).join(" ");
  return (
    <button type="submit" disabled={props.pendiente} className={clase}>
      {props.pendiente ? props.enviando : props.children}
    </button>
  );
}
