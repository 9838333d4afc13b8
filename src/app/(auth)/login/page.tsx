import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Aviso } from "@/components/ui/aviso";
import { BotonInstitucional } from "@/features/acceso/components/boton-institucional";
import { FormularioDeIngreso } from "@/features/acceso/components/formulario-de-ingreso";
import { destinoSeguro } from "@/features/acceso/destino";
import { explicacionDelRechazo } from "@/features/acceso/institucional";
import { ingresoInstitucionalDisponible } from "@/features/ingreso/queries";
import { sesionActual } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Ingresar" };

export default async function LoginPage(props: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl, error } = await props.searchParams;
  const destino = destinoSeguro(callbackUrl);
  // Someone holding a temporary password is sent on too, and the app sends them to change it.
  if (await sesionActual()) redirect(destino);
  const institucional = ingresoInstitucionalDisponible();
  // next-auth sends a failed exchange with the identity provider (state, nonce…) back here.
  const fallo =
    institucional && error && error !== "CredentialsSignin" ? explicacionDelRechazo(undefined) : null;
  return (
    <section
      aria-labelledby="titulo-ingreso"
      className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h1 id="titulo-ingreso" className="mb-4 text-lg font-semibold text-slate-900">
        Ingrese con su cuenta
      </h1>
      {fallo ? (
        <div className="mb-4">
          <Aviso tipo="error">
            {fallo.titulo}. {fallo.texto}
          </Aviso>
        </div>
      ) : null}
      {institucional ? (
        <div className="mb-5 space-y-4">
          <BotonInstitucional destino={destino} />
          <p className="text-center text-sm text-slate-600">o con su correo y contraseña</p>
        </div>
      ) : null}
      <FormularioDeIngreso destino={destino} institucional={institucional} />
    </section>
  );
}
