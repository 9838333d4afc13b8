import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CerrarSesion } from "@/features/cuenta/components/cerrar-sesion";
import { FormularioCambiarClave } from "@/features/cuenta/components/formulario-cambiar-clave";
import { sesionActual } from "@/server/sesion-actual";

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
    <>
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
        <CerrarSesion
          texto="Cerrar sesión sin cambiarla"
          className="text-sm font-medium text-sena-700 underline hover:text-sena-800"
        />
      </p>
    </>
  );
}
