import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListaDeDatos } from "@/components/ui/lista-de-datos";
import { Encabezado } from "@/components/ui/encabezado";
import { Seccion } from "@/components/ui/seccion";
import { DesvincularIdentidad } from "@/features/ingreso/components/identidad-vinculada";
import { identidadDeUsuario, ingresoInstitucionalDisponible } from "@/features/ingreso/queries";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import { EstadoCuenta } from "@/features/usuarios/components/estado-cuenta";
import { FormularioEditarUsuario } from "@/features/usuarios/components/formulario-editar-usuario";
import { HistorialUsuario } from "@/features/usuarios/components/historial-usuario";
import { RestablecerClave } from "@/features/usuarios/components/restablecer-clave";
import { RutaAdmin } from "@/features/administracion/components/ruta-admin";
import { historialDeUsuario, regionalesYCentros, usuarioParaEditar } from "@/features/usuarios/queries";
import { formatearFechaHora } from "@/lib/fechas";
import { parseId } from "@/lib/identificadores";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Editar usuario" };

export default async function EditarUsuarioPage(props: { params: Promise<{ id: string }> }) {
  const actor = await requerirPermiso({ accion: "administrar" });
  const id = parseId((await props.params).id);
  const cuenta = id === null ? null : await usuarioParaEditar(actor, id);
  if (!cuenta) notFound();
  const [regionales, historial, identidad] = await Promise.all([
    regionalesYCentros(actor, { conInactivos: false, ademas: cuenta.centroId }),
    historialDeUsuario(actor, cuenta.id),
    identidadDeUsuario(actor, cuenta.id),
  ]);
  const esUstedMismo = cuenta.id === actor.id;
  const centro = cuenta.centro
    ? `${cuenta.centro.nombre} · Regional ${cuenta.centro.regional.nombre}`
    : "Sin centro";
  return (
    <>
      <RutaAdmin seccion="usuarios" />
      <Encabezado
        titulo={cuenta.nombre}
        descripcion={
          <span className="flex flex-wrap items-center gap-2">
            <span className="wrap-anywhere">{cuenta.email}</span>
            <EstadoCuenta activo={cuenta.activo} debeCambiarClave={cuenta.debeCambiarClave} />
          </span>
        }
      />
      <Seccion id="titulo-resumen" titulo="Resumen">
        <ListaDeDatos
          compacta
          filas={[
            ["Rol", NOMBRE_ROL[cuenta.rol]],
            ["Centro", centro],
            ["Último ingreso", cuenta.ultimoIngreso ? formatearFechaHora(cuenta.ultimoIngreso) : "Nunca"],
            ["Creada", formatearFechaHora(cuenta.createdAt)],
          ]}
        />
      </Seccion>
      <Seccion id="titulo-editar" titulo="Editar la cuenta">
        <p className="mb-4 text-sm text-slate-700">
          El correo no se cambia: es con lo que la persona ingresa y lo que identifica la cuenta en las
          importaciones.
        </p>
        <FormularioEditarUsuario
          valores={{
            usuarioId: cuenta.id,
            version: cuenta.version,
            nombre: cuenta.nombre,
            rol: cuenta.rol,
            centroId: cuenta.centroId === null ? "" : String(cuenta.centroId),
            activo: cuenta.activo,
          }}
          regionales={regionales}
          esUstedMismo={esUstedMismo}
        />
      </Seccion>
      <Seccion id="titulo-clave" titulo="Contraseña">
        {esUstedMismo ? (
          <p className="text-sm text-slate-700">
            Es su propia cuenta: cambie su contraseña en{" "}
            <Link href="/cuenta" className="font-medium text-sena-700 underline">
              Mi cuenta
            </Link>
            .
          </p>
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-700">
              Si la persona olvidó su contraseña, genere una temporal nueva: la verá una sola vez para
              entregarla.
            </p>
            <RestablecerClave usuarioId={cuenta.id} nombre={cuenta.nombre} />
          </>
        )}
      </Seccion>
      {identidad || ingresoInstitucionalDisponible() ? (
        <Seccion id="titulo-institucional" titulo="Cuenta institucional">
          {identidad ? (
            <div className="space-y-4">
              <ListaDeDatos
                compacta
                filas={[
                  ["Correo al vincularse", identidad.correo],
                  ["Directorio (tid)", identidad.inquilino],
                  ["Identificador (oid)", identidad.sujeto],
                  ["Vinculada", formatearFechaHora(identidad.createdAt)],
                  [
                    "Último uso",
                    identidad.ultimoUso ? formatearFechaHora(identidad.ultimoUso) : "Solo al vincularse",
                  ],
                ]}
              />
              <p className="text-sm text-slate-700">
                Solo esta identidad ingresa a la cuenta con la cuenta institucional, aunque cambie su correo
                en el directorio.
              </p>
              <DesvincularIdentidad usuarioId={cuenta.id} nombre={cuenta.nombre} />
            </div>
          ) : (
            <p className="text-sm text-slate-700">
              Sin vincular: el primer ingreso con la cuenta institucional cuyo correo verificado sea{" "}
              <span className="wrap-anywhere">{cuenta.email}</span> la vinculará.
            </p>
          )}
        </Seccion>
      ) : null}
      <Seccion id="titulo-historial" titulo="Historial">
        <HistorialUsuario historial={historial} />
      </Seccion>
    </>
  );
}
