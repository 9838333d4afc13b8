import Link from "next/link";
import { Tabla, type ColumnaDeTabla } from "@/components/ui/tabla";
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

const COLUMNAS: ColumnaDeTabla<FilaUsuario>[] = [
  {
    titulo: "Nombre y correo",
    nombraLaFila: true,
    clase: "min-w-64 font-normal",
    celda: (u) => (
      <>
        <span className="block font-medium text-slate-900">{u.nombre}</span>
        <span className="block wrap-break-word text-slate-600">{u.email}</span>
      </>
    ),
  },
  { titulo: "Rol", celda: (u) => NOMBRE_ROL[u.rol] },
  { titulo: "Centro", celda: (u) => <Centro usuario={u} /> },
  {
    titulo: "Estado",
    celda: (u) => <EstadoCuenta activo={u.activo} debeCambiarClave={u.debeCambiarClave} />,
  },
  { titulo: "Último ingreso", clase: "whitespace-nowrap", celda: ultimoIngreso },
  { titulo: null, clase: "text-right", celda: (u) => <EnlaceEditar usuario={u} /> },
];

function Tarjeta({ usuario: u }: { usuario: FilaUsuario }) {
  return (
    <>
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
    </>
  );
}

/** A table on wide screens and cards on phones, with the same content. */
export function ListaUsuarios({ usuarios }: { usuarios: FilaUsuario[] }) {
  return (
    <Tabla
      descripcion="Cuentas de usuario, por nombre"
      columnas={COLUMNAS}
      filas={usuarios}
      clave={(u) => u.id}
      tarjeta={(u) => <Tarjeta usuario={u} />}
      testId="fila-usuario"
    />
  );
}
