import type { Metadata } from "next";
import { DefinitionList } from "@/components/ui/definition-list";
import { PageHeader } from "@/components/ui/page-header";
import { FormularioCambiarClave } from "@/features/cuenta/components/formulario-cambiar-clave";
import { miCuenta } from "@/features/cuenta/queries";
import { PreferenciasNotificaciones } from "@/features/notificaciones/components/preferencias";
import { preferenciasDe } from "@/features/notificaciones/queries";
import { NOMBRE_ROL } from "@/features/reportes/etiquetas";
import { formatearFechaHora } from "@/lib/fechas";
import { requerirUsuario } from "@/server/session";

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
      <PageHeader
        title="Mi cuenta"
        description="Sus datos los administra un administrador de la aplicación; si algo no es correcto, pídale que lo corrija."
      />
      <section
        aria-labelledby="titulo-datos"
        className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="titulo-datos" className="mb-4 text-lg font-semibold text-slate-900">
          Datos de la cuenta
        </h2>
        <DefinitionList compacta filas={filas} />
      </section>
      <section
        id="notificaciones"
        aria-labelledby="titulo-notificaciones"
        className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="titulo-notificaciones" className="mb-4 text-lg font-semibold text-slate-900">
          Notificaciones por correo
        </h2>
        <PreferenciasNotificaciones preferencias={preferencias} />
      </section>
      <section
        aria-labelledby="titulo-clave"
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="titulo-clave" className="mb-4 text-lg font-semibold text-slate-900">
          Cambiar contraseña
        </h2>
        <FormularioCambiarClave email={cuenta.email} />
      </section>
    </>
  );
}
