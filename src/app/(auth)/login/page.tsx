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
    <section
      aria-labelledby="titulo-ingreso"
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h1 id="titulo-ingreso" className="mb-4 text-lg font-semibold text-slate-900">
        Ingrese con su cuenta
      </h1>
      <LoginForm destino={destino} />
    </section>
  );
}
