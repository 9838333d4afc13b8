import Link from "next/link";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import { formatearFechaHora } from "@/lib/fechas";
import type { FilaUsuario } from "../queries";
import { EstadoCuenta } from "./estado-cuenta";

function ultimoIngreso(u: FilaUsuario): string {
  return u.ultimoIngreso ? formatearFechaHora(u.ultimoIngreso) : "Nunca";
}

function EnlaceEditar({ usuario }: { usuario: FilaUsuario }) {
  return (
    <Link
      href={`/admin/usuarios/${usuario.id}`}
      className="font-medium text-sena-700 underline hover:text-sena-800"
    >
      Editar<span className="sr-only"> la cuenta de {usuario.nombre}</span>
    </Link>
  );
}

function Centro({ usuario }: { usuario: FilaUsuario }) {
  if (!usuario.centro) return <span className="text-slate-600">Sin centro</span>;
  return (
    <>
      <span className="block">{usuario.centro.nombre}</span>
      <span className="block text-xs text-slate-600">Regional {usuario.centro.regional.nombre}</span>
    </>
  );
}

const ENCABEZADOS = ["Nombre y correo", "Rol", "Centro", "Estado", "Último ingreso"];

function Tabla({ usuarios }: { usuarios: FilaUsuario[] }) {
  return (
    <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Cuentas de usuario, por nombre</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {ENCABEZADOS.map((e) => (
              <th key={e} scope="col" className="px-4 py-3 whitespace-nowrap">
                {e}
              </th>
            ))}
            <th scope="col" className="px-4 py-3">
              <span className="sr-only">Acción</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {usuarios.map((u) => (
            <tr key={u.id} data-testid="fila-usuario">
              <th scope="row" className="min-w-64 px-4 py-3 font-normal">
                <span className="block font-medium text-slate-900">{u.nombre}</span>
                <span className="block wrap-break-word text-slate-600">{u.email}</span>
              </th>
              <td className="px-4 py-3">{NOMBRE_ROL[u.rol]}</td>
              <td className="px-4 py-3">
                <Centro usuario={u} />
              </td>
              <td className="px-4 py-3">
                <EstadoCuenta activo={u.activo} debeCambiarClave={u.debeCambiarClave} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap">{ultimoIngreso(u)}</td>
              <td className="px-4 py-3 text-right">
                <EnlaceEditar usuario={u} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Tarjetas({ usuarios }: { usuarios: FilaUsuario[] }) {
  return (
    <ul className="space-y-3 md:hidden">
      {usuarios.map((u) => (
        <li key={u.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <p className="font-semibold text-slate-900">{u.nombre}</p>
          <p className="text-sm wrap-anywhere text-slate-600">{u.email}</p>
          <p className="mt-1 text-sm text-slate-800">{NOMBRE_ROL[u.rol]}</p>
          {u.centro ? (
            <p className="text-sm text-slate-600">
              {u.centro.nombre} · Regional {u.centro.regional.nombre}
            </p>
          ) : null}
          <p className="text-sm text-slate-600">Último ingreso: {ultimoIngreso(u)}</p>
          <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
            <EstadoCuenta activo={u.activo} debeCambiarClave={u.debeCambiarClave} />
            <EnlaceEditar usuario={u} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** A table on wide screens and cards on phones, with the same content. */
export function ListaUsuarios({ usuarios }: { usuarios: FilaUsuario[] }) {
  return (
    <>
      <Tabla usuarios={usuarios} />
      <Tarjetas usuarios={usuarios} />
    </>
  );
}
