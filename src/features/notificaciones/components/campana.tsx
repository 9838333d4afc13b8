"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

function etiqueta(n: number): string {
  if (n === 0) return "Notificaciones: ninguna sin leer";
  return n === 1 ? "Notificaciones: 1 sin leer" : `Notificaciones: ${n} sin leer`;
}

/**
 * The bell in the header with the unread count. The header is not rendered again when the user
 * moves between pages, so the count is asked again on each move and when the tab regains focus.
 */
export function Campana({ inicial }: { inicial: number }) {
  const pathname = usePathname();
  const [noLeidas, setNoLeidas] = useState(inicial);

  useEffect(() => {
    let vigente = true;
    const actualizar = () =>
      fetch("/api/notificaciones/no-leidas", { cache: "no-store" })
        .then((r) => (r.ok ? (r.json() as Promise<{ noLeidas: number }>) : null))
        .then((datos) => {
          if (vigente && datos) setNoLeidas(datos.noLeidas);
        })
        .catch(() => undefined);
    void actualizar();
    window.addEventListener("focus", actualizar);
    return () => {
      vigente = false;
      window.removeEventListener("focus", actualizar);
    };
  }, [pathname]);

  return (
    <Link
      href="/notificaciones"
      aria-label={etiqueta(noLeidas)}
      aria-current={pathname === "/notificaciones" ? "page" : undefined}
      className="relative inline-flex items-center rounded-md border border-white/60 px-2.5 py-1.5 text-white hover:bg-sena-800"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {noLeidas > 0 ? (
        <span
          aria-hidden="true"
          data-testid="campana-conteo"
          className="absolute -top-2 -right-2 min-w-5 rounded-full bg-amber-300 px-1.5 text-center text-xs leading-5 font-bold text-slate-900"
        >
          {noLeidas > 99 ? "99+" : noLeidas}
        </span>
      ) : null}
    </Link>
  );
}
