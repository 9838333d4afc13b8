import Link from "next/link";
import type { ReactNode } from "react";
import { CerrarSesion } from "@/features/cuenta/components/cerrar-sesion";
import { Campana } from "@/features/notificaciones/components/campana";
import { contarNoLeidas } from "@/features/notificaciones/queries";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import type { Usuario } from "@/server/sesion-actual";
import { enlacesPara } from "./navegacion";
import { EnlacesDeNavegacion } from "./enlaces-de-navegacion";

export async function Marco({ usuario, children }: { usuario: Usuario; children: ReactNode }) {
  const noLeidas = await contarNoLeidas(usuario.id);
  return (
    <div className="min-h-screen bg-slate-50">
      <a
        href="#contenido"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Saltar al contenido
      </a>
      <header className="bg-sena-700 text-white print:border-b print:border-slate-400 print:bg-white print:text-black">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <p className="text-lg font-bold leading-tight">Seguimiento al Plan de Acción</p>
            <p className="text-xs text-sena-100 print:text-slate-700">SENA · Grupo de Recaudo y Cartera</p>
          </div>
          <div className="flex flex-wrap items-center justify-end gap-x-3 gap-y-2 text-right print:hidden">
            <div className="text-sm leading-tight">
              <p className="font-semibold">{usuario.nombre}</p>
              <p className="text-xs text-sena-100">
                {NOMBRE_ROL[usuario.rol]}
                {usuario.centro ? ` · ${usuario.centro.nombre}` : ""}
              </p>
            </div>
            <div className="flex gap-2 whitespace-nowrap">
              <Campana inicial={noLeidas} />
              <Link
                href="/cuenta"
                className="rounded-md border border-white/60 px-3 py-1.5 text-sm font-medium text-white hover:bg-sena-800"
              >
                Mi cuenta
              </Link>
              <CerrarSesion className="rounded-md border border-white/60 px-3 py-1.5 text-sm font-medium text-white hover:bg-sena-800" />
            </div>
          </div>
        </div>
        <nav aria-label="Principal" className="mx-auto max-w-6xl px-4 pb-2 print:hidden">
          <EnlacesDeNavegacion enlaces={enlacesPara(usuario)} />
        </nav>
      </header>
      <main id="contenido" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
