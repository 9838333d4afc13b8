import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/features/auth/components/login-form";
import { destinoSeguro } from "@/features/auth/destino";
import { sesionActual } from "@/server/session";

export const metadata: Metadata = { title: "Ingresar" };

export default async function LoginPage(props: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await props.searchParams;
  const destino = destinoSeguro(callbackUrl);
  // Someone holding a temporary password is sent on too, and the app sends them to change it.
  if (await sesionActual()) redirect(destino);
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold tracking-wide text-sena-700 uppercase">
            SENA · Grupo de Recaudo y Cartera
          </p>
          <h1 className="mt-1 text-2xl font-bold text-slate-900">Seguimiento al Plan de Acción</h1>
        </div>
        <section
          aria-labelledby="titulo-ingreso"
          className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
        >
          <h2 id="titulo-ingreso" className="mb-4 text-lg font-semibold text-slate-900">
            Ingrese con su cuenta
          </h2>
          <LoginForm destino={destino} />
        </section>
      </div>
    </main>
  );
}
