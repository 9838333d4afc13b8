import Link from "next/link";
import { CLASE_CONTROL_FILTRO, Filtro } from "@/components/ui/filtro";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import type { RegionalConCentros } from "../queries";
import { ROLES, type FiltrosUsuarios } from "../schemas";
import { urlDeUsuarios } from "../url";
import { OpcionesDeCentro } from "./opciones-de-centro";

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
          className={CLASE_CONTROL_FILTRO}
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
