"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

const Anunciar = createContext<(texto: string) => void>(() => {});

/**
 * A polite status line at the top of a list, for outcomes whose form disappears with them (a
 * deleted node cannot show its own message).
 */
export function Anuncios({ children }: { children: ReactNode }) {
  const [texto, setTexto] = useState("");
  return (
    <Anunciar.Provider value={setTexto}>
      <div role="status" className={texto ? "sticky top-2 z-10 mb-4" : "sr-only"}>
        {texto ? (
          <p className="flex items-start justify-between gap-3 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 shadow-sm">
            <span>{texto}</span>
            <button type="button" onClick={() => setTexto("")} className="font-semibold underline">
              Cerrar
            </button>
          </p>
        ) : null}
      </div>
      {children}
    </Anunciar.Provider>
  );
}

export function useAnunciar() {
  return useContext(Anunciar);
}
