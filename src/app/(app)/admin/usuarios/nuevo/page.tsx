import type { Metadata } from "next";
import { Encabezado } from "@/components/ui/encabezado";
import { FormularioNuevoUsuario } from "@/features/usuarios/components/formulario-nuevo-usuario";
import { RutaAdmin } from "@/features/administracion/components/ruta-admin";
import { regionalesYCentros } from "@/features/usuarios/queries";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Crear usuario" };

export default async function NuevoUsuarioPage() {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const regionales = await regionalesYCentros(usuario, { conInactivos: false });
  return (
    <>
      <RutaAdmin seccion="usuarios" />
      <Encabezado
        titulo="Crear usuario"
        descripcion="La persona ingresa con su correo y una contraseña temporal que deberá cambiar la primera vez."
      />
      <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <FormularioNuevoUsuario regionales={regionales} />
      </section>
    </>
  );
}
