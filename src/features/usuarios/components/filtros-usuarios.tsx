import Link from "next/link";
import type { ReactNode } from "react";
import { NOMBRE_ROL } from "@/features/reportes/etiquetas";
import type { RegionalConCentros } from "../queries";
import { ROLES, type FiltrosUsuarios } from "../schemas";
import { urlDeUsuarios } from "../url";
import { OpcionesDeCentro } from "./opciones-de-centro";

const CLASE_CONTROL = "mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900";

function Filtro(props: {
  nombre: string;
  etiqueta: string;
  valor: unknown;
  todos: string;
  children: ReactNode;
}) {
  return (
    <label className="flex min-w-0 flex-col text-sm font-medium text-slate-700">
      {props.etiqueta}
      <select
        name={props.nombre}
        defaultValue={props.valor === undefined ? "" : String(props.valor)}
        className={CLASE_CONTROL}
      >
        <option value="">{props.todos}</option>
        {props.children}
      </select>
    </label>
  );
}

/** A plain GET form: the filters live in the URL, can be shared, and work without JavaScript. */
export function FiltrosUsuariosForm(props: { filtros: FiltrosUsuarios; regionales: RegionalConCentros[] }) {
  const { filtros } = props;
  return (
    <form
      key={urlDeUsuarios(filtros)}
      method="get"
      action="/admin/usuarios"
      role="search"
      aria-label="Buscar y filtrar usuarios"
      className="mb-4 grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
    >
      <label className="flex min-w-0 flex-col text-sm font-medium text-slate-700 sm:col-span-2">
        Nombre o correo
        <input
          type="search"
          name="q"
          defaultValue={filtros.q ?? ""}
          placeholder="Por ejemplo: ospina o @sena.edu.co"
          className={CLASE_CONTROL}
        />
      </label>
      <Filtro nombre="rol" etiqueta="Rol" valor={filtros.rol} todos="Todos">
        {ROLES.map((rol) => (
          <option key={rol} value={rol}>
            {NOMBRE_ROL[rol]}
          </option>
        ))}
      </Filtro>
      <Filtro nombre="activo" etiqueta="Estado" valor={filtros.activo} todos="Todas">
        <option value="si">Solo activas</option>
        <option value="no">Solo inactivas</option>
      </Filtro>
      <Filtro nombre="regional" etiqueta="Regional" valor={filtros.regional} todos="Todas">
        {props.regionales.map((r) => (
          <option key={r.id} value={r.id}>
            {r.nombre}
          </option>
        ))}
      </Filtro>
      <div className="sm:col-span-2">
        <Filtro nombre="centro" etiqueta="Centro" valor={filtros.centro} todos="Todos">
          <OpcionesDeCentro regionales={props.regionales} />
        </Filtro>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-1">
        <button
          type="submit"
          className="rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800"
        >
          Buscar
        </button>
        <Link href="/admin/usuarios" className="py-2 text-sm font-medium text-sena-700 underline">
          Quitar filtros
        </Link>
      </div>
    </form>
  );
}
