import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CerrarSesion } from "@/features/cuenta/components/cerrar-sesion";
import { FormularioCambiarClave } from "@/features/cuenta/components/formulario-cambiar-clave";
import { sesionActual } from "@/server/session";

export const metadata: Metadata = { title: "Cambiar la contraseña temporal" };

/**
 * Outside the application's layout on purpose: a user holding a temporary password sees only
 * this until they replace it (every page and action of the app refuses them meanwhile).
 */
export default async function CambiarClavePage() {
  const usuario = await sesionActual();
  if (!usuario) redirect("/login");
  if (!usuario.debeCambiarClave) redirect("/cuenta");
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold tracking-wide text-sena-700 uppercase">
            SENA · Grupo de Recaudo y Cartera
          </p>
          <p className="mt-1 text-2xl font-bold text-slate-900">Seguimiento al Plan de Acción</p>
        </div>
        <section
          aria-labelledby="titulo-cambiar-clave"
          className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
        >
          <h1 id="titulo-cambiar-clave" className="text-lg font-semibold text-slate-900">
            Cambie su contraseña temporal
          </h1>
          <p className="mt-2 mb-5 text-sm text-slate-700">
            Hola, {usuario.nombre}. Ingresó con una contraseña temporal que le entregó un administrador. Antes
            de continuar, escríbala como contraseña actual y elija una nueva que solo usted conozca.
          </p>
          <FormularioCambiarClave email={usuario.email} destino="/obligaciones" />
        </section>
        <p className="mt-4 text-center">
          <CerrarSesion />
        </p>
      </div>
    </main>
  );
}
