"use client";

import { useEffect } from "react";

export const PREGUNTA_SALIR_SIN_GUARDAR =
  "Tiene cambios sin guardar en este formulario. Si sale ahora, se perderán. ¿Desea salir de todos modos?";

/** A click that would take the user to another page of this application, in this tab. */
function enlaceDeSalida(evento: MouseEvent): HTMLAnchorElement | null {
  if (evento.defaultPrevented || evento.button !== 0) return null;
  if (evento.metaKey || evento.ctrlKey || evento.shiftKey || evento.altKey) return null;
  const enlace = (evento.target as Element | null)?.closest?.("a[href]");
  if (!(enlace instanceof HTMLAnchorElement)) return null;
  if (enlace.target && enlace.target !== "_self") return null;
  if (enlace.hasAttribute("download")) return null;
  const destino = new URL(enlace.href, window.location.href);
  if (destino.origin !== window.location.origin) return null;
  const mismaPagina =
    destino.pathname === window.location.pathname && destino.search === window.location.search;
  return mismaPagina ? null : enlace;
}

/** The part of the Navigation API used here (Chromium, Edge, Safari 26, Firefox 147). */
interface EventoNavegacion extends Event {
  navigationType: "push" | "replace" | "reload" | "traverse";
  cancelable: boolean;
}
type Navegacion = EventTarget;

/**
 * While `sinGuardar`, leaving the page asks first: closing or reloading the tab (the browser's own
 * question), following a link of the application (ours, before the router sees the click), and the
 * browser's back and forward buttons between pages of the application (the Navigation API lets the
 * page cancel that traversal; a traversal to another document asks through `beforeunload`). Once the
 * changes are saved nothing is asked.
 */
export function useAvisoDeSalida(sinGuardar: boolean): void {
  useEffect(() => {
    if (!sinGuardar) return;
    const alDescargar = (evento: BeforeUnloadEvent) => {
      evento.preventDefault();
      // Older browsers show the question only when returnValue is set.
      evento.returnValue = "";
    };
    // Capture phase on the document: it runs before React's handlers (next/link) on the root.
    const alHacerClic = (evento: MouseEvent) => {
      if (!enlaceDeSalida(evento)) return;
      if (window.confirm(PREGUNTA_SALIR_SIN_GUARDAR)) return;
      evento.preventDefault();
      evento.stopPropagation();
    };
    // Back and forward within the application: the router moves without unloading the page.
    const alRecorrerHistorial = (evento: Event) => {
      const { navigationType, cancelable } = evento as EventoNavegacion;
      if (navigationType !== "traverse" || !cancelable) return;
      if (window.confirm(PREGUNTA_SALIR_SIN_GUARDAR)) return;
      evento.preventDefault();
    };
    const navegacion = (window as { navigation?: Navegacion }).navigation;
    window.addEventListener("beforeunload", alDescargar);
    document.addEventListener("click", alHacerClic, true);
    navegacion?.addEventListener("navigate", alRecorrerHistorial);
    return () => {
      window.removeEventListener("beforeunload", alDescargar);
      document.removeEventListener("click", alHacerClic, true);
      navegacion?.removeEventListener("navigate", alRecorrerHistorial);
    };
  }, [sinGuardar]);
}
