"use client";

import { BOTON_NEUTRO } from "./botones";

/** Prints the page as the print stylesheet lays it out (content only, no navigation). */
export function BotonImprimir({ texto = "Imprimir" }: { texto?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={BOTON_NEUTRO}>
      {texto}
    </button>
  );
}
