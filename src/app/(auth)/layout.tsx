import type { ReactNode } from "react";

/** The screens a person sees before using the application: login and the temporary password. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold tracking-wide text-sena-700 uppercase">
            SENA · Grupo de Recaudo y Cartera
          </p>
          <p className="mt-1 text-2xl font-bold text-slate-900">Seguimiento al Plan de Acción</p>
        </div>
        {children}
      </div>
    </main>
  );
}
