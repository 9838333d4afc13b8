import type { Metadata } from "next";
import { ListaDeDatos } from "@/components/ui/lista-de-datos";
import { Encabezado } from "@/components/ui/encabezado";
import { Seccion } from "@/components/ui/seccion";
import { FormularioConfiguracionIngreso } from "@/features/ingreso/components/formulario-configuracion-ingreso";
import { estadoDelIngreso } from "@/features/ingreso/queries";
import { RutaAdmin } from "@/features/administracion/components/ruta-admin";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Ingreso" };

export default async function IngresoPage() {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const { configuracion, vinculadas, institucional } = await estadoDelIngreso(usuario);
  return (
    <>
      <RutaAdmin />
      <Encabezado
        titulo="Ingreso"
        descripcion="Cómo ingresan las personas: con su contraseña y, si está configurada, con su cuenta institucional (Microsoft Entra ID)."
      />
      <Seccion id="titulo-institucional" titulo="Cuenta institucional">
        {institucional ? (
          <ListaDeDatos
            compacta
            filas={[
              ["Estado", "Configurada: /login ofrece «Ingresar con la cuenta institucional»"],
              ["Emisor", institucional.emisor],
              [
                institucional.inquilinos.length === 1 ? "Directorio" : "Directorios",
                institucional.inquilinos.join(", "),
              ],
              ["Cuentas vinculadas", String(vinculadas)],
            ]}
          />
        ) : (
          <p className="text-sm text-slate-700">
            No está configurada: se ingresa solo con contraseña. Se activa en el servidor con ENTRA_TENANT_ID,
            ENTRA_CLIENT_ID y ENTRA_CLIENT_SECRET (ver el README).
          </p>
        )}
      </Seccion>
      <Seccion id="titulo-clave-vinculadas" titulo="Contraseña de las cuentas vinculadas">
        <FormularioConfiguracionIngreso
          version={configuracion.version}
          claveParaCuentasVinculadas={configuracion.claveParaCuentasVinculadas}
        />
      </Seccion>
    </>
  );
}
