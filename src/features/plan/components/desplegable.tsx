"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A collapsible section of the plan (a native <details>, keyboard accessible). It opens by itself
 * when the address names it or something inside it (#seguimiento-12), so a link, a reload or a
 * node just created lands on an open section.
 */
export function Desplegable(props: {
  id: string;
  resumen: ReactNode;
  className: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const abrirSiLoNombra = () => {
      const destino = decodeURIComponent(window.location.hash.slice(1));
      const elemento = destino ? document.getElementById(destino) : null;
      if (!elemento || !ref.current?.contains(elemento)) return;
      ref.current.open = true;
      if (elemento === ref.current) {
        elemento.scrollIntoView({ block: "start" });
        elemento.querySelector("summary")?.focus();
      }
    };
    abrirSiLoNombra();
    window.addEventListener("hashchange", abrirSiLoNombra);
    return () => window.removeEventListener("hashchange", abrirSiLoNombra);
  }, []);
  return (
    // Open or closed is the reader's state, kept by the browser; a click before hydration is not a bug.
    <details ref={ref} id={props.id} className={props.className} suppressHydrationWarning>
      <summary className="flex cursor-pointer list-none items-start gap-2 rounded-md [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden="true"
          className="mt-0.5 inline-block shrink-0 text-sena-700 transition-transform [details[open]>summary>&]:rotate-90"
        >
          ▶
        </span>
        <span className="min-w-0 flex-1">{props.resumen}</span>
      </summary>
      {props.children}
    </details>
  );
}
