"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A temporary password, shown this once: it is not stored anywhere readable, so the admin copies
 * it now and hands it over by another channel.
 */
export function ClaveEntregada(props: { titulo: string; nombre: string; email: string; clave: string }) {
  const [copiada, setCopiada] = useState(false);
  const titulo = useRef<HTMLHeadingElement>(null);
  // The panel replaces the form the admin just sent: move them (and screen readers) to it.
  useEffect(() => titulo.current?.focus(), []);

  async function copiar() {
    try {
      await navigator.clipboard.writeText(props.clave);
      setCopiada(true);
    } catch {
      setCopiada(false);
    }
  }

  return (
    <section
      aria-labelledby="titulo-clave-entregada"
      className="space-y-3 rounded-lg border border-green-300 bg-green-50 p-4 text-green-950"
    >
      <h2 id="titulo-clave-entregada" ref={titulo} tabIndex={-1} className="text-lg font-semibold">
        {props.titulo}
      </h2>
      <p className="text-sm">
        {props.nombre} · <span className="wrap-anywhere">{props.email}</span>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
          Contraseña temporal:
          <code
            data-testid="clave-temporal"
            className="rounded bg-white px-2 py-1 font-mono text-lg tracking-wider whitespace-nowrap text-slate-900 ring-1 ring-green-300"
          >
            {props.clave}
          </code>
        </p>
        <button
          type="button"
          onClick={copiar}
          className="rounded-md border border-green-800 bg-white px-3 py-1.5 text-sm font-semibold text-green-900 hover:bg-green-100"
        >
          {copiada ? "Copiada" : "Copiar"}
        </button>
      </div>
      <p className="text-sm">
        Esta es la única vez que se muestra: cópiela ahora y entréguela a la persona por un canal seguro (en
        persona o por teléfono). Al ingresar, la aplicación le pedirá cambiarla. Si se pierde, restablézcala.
      </p>
    </section>
  );
}
