import Link from "next/link";
import { CLASE_CONTROL_FILTRO, Filtro } from "@/components/ui/filtro";
import type { FiltrosCentros } from "../schemas";
import { urlDeCentros } from "../url";

/** A plain GET form: the filters live in the URL, can be shared, and work without JavaScript. */
export function FiltrosCentrosForm(props: {
  filtros: FiltrosCentros;
  regionales: { id: number; nombre: string }[];
}) {
  const { filtros } = props;
  return (
    // Keyed by the filters: a link that changes them must also reset what the controls show.
    <form
      key={urlDeCentros(filtros)}
      method="get"
      action="/admin/centros"
      role="search"
      aria-label="Filtros de centros"
      className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:grid-cols-[minmax(0,1.5fr)_repeat(3,minmax(0,1fr))_auto]"
    >
      <label className="col-span-2 flex min-w-0 flex-col text-sm font-medium text-slate-700 lg:col-span-1">
        Buscar por código o nombre
        <input
          type="search"
          name="q"
          defaultValue={filtros.q ?? ""}
          maxLength={100}
          className={CLASE_CONTROL_FILTRO}
        />
      </label>
      <Filtro nombre="regional" etiqueta="Regional" valor={filtros.regional}>
        <option value="">Todas</option>
        {props.regionales.map((r) => (
          <option key={r.id} value={r.id}>
            {r.nombre}
          </option>
        ))}
      </Filtro>
      <Filtro nombre="aprovechamiento" etiqueta="Aprovechamiento" valor={filtros.aprovechamiento}>
        <option value="">Todos</option>
        <option value="si">Lo generan</option>
        <option value="no">No lo generan</option>
      </Filtro>
      <Filtro nombre="estado" etiqueta="Estado" valor={filtros.estado}>
        <option value="">Todos</option>
        <option value="activos">Activos</option>
        <option value="inactivos">Inactivos</option>
      </Filtro>
      <div className="col-span-2 flex items-end gap-3 lg:col-span-1">
        <button
          type="submit"
          className="rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800"
        >
          Filtrar
        </button>
        <Link href="/admin/centros" className="py-2 text-sm font-medium text-sena-700 underline">
          Quitar filtros
        </Link>
      </div>
    </form>
  );
}
