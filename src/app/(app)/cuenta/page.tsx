import type { Metadata } from "next";
import { ListaDeDatos } from "@/components/ui/lista-de-datos";
import { Encabezado } from "@/components/ui/encabezado";
import { Seccion } from "@/components/ui/seccion";
import { CerrarTodas } from "@/features/cuenta/components/cerrar-todas";
import { FormularioCambiarClave } from "@/features/cuenta/components/formulario-cambiar-clave";
import { miCuenta } from "@/features/cuenta/queries";
import { PreferenciasNotificaciones } from "@/features/notificaciones/components/preferencias";
import { preferenciasDe } from "@/features/notificaciones/queries";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import { formatearFechaHora } from "@/lib/fechas";
import { requerirUsuario } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Mi cuenta" };

export default async function CuentaPage() {
  const usuario = await requerirUsuario();
  const [cuenta, preferencias] = await Promise.all([miCuenta(usuario), preferenciasDe(usuario)]);
  const filas: [string, string][] = [
    ["Nombre", cuenta.nombre],
    ["Correo electrónico", cuenta.email],
    ["Rol", NOMBRE_ROL[cuenta.rol]],
    ...(cuenta.centro
      ? ([
          ["Centro", `${cuenta.centro.codigo} · ${cuenta.centro.nombre}`],
          ["Regional", cuenta.centro.regional.nombre],
        ] as [string, string][])
      : []),
    ["Último ingreso", cuenta.ultimoIngreso ? formatearFechaHora(cuenta.ultimoIngreso) : "—"],
  ];
  return (
    <>
      <Encabezado
        titulo="Mi cuenta"
        descripcion="Sus datos los administra un administrador de la aplicación; si algo no es correcto, pídale que lo corrija."
      />
      <Seccion titulo="Datos de la cuenta" id="titulo-datos">
        <ListaDeDatos compacta filas={filas} />
      </Seccion>
      <div id="notificaciones">
        <Seccion titulo="Notificaciones por correo" id="titulo-notificaciones">
          <PreferenciasNotificaciones preferencias={preferencias} />
        </Seccion>
      </div>
      <Seccion titulo="Cambiar contraseña" id="titulo-clave">
        <FormularioCambiarClave email={cuenta.email} />
      </Seccion>
      <Seccion titulo="Sesiones" id="titulo-sesiones">
        <CerrarTodas />
      </Seccion>
    </>
  );
}
