import Link from "next/link";
import { Filtro } from "@/components/ui/filtro";
import type { TipoReporte } from "@/generated/prisma/enums";
import { NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import type { Periodo } from "@/lib/periodos";
import type { FiltrosCola } from "../schemas";
import { urlDeCola } from "../url";

/** A plain GET form: the filters live in the URL, can be shared, and work without JavaScript. */
export function FiltrosColaForm(props: {
  filtros: FiltrosCola;
  vigencias: { anio: number }[];
  /** Empty for whoever reviews only national reports, which belong to no regional. */
  regionales: { id: number; nombre: string }[];
  periodos: Periodo[];
  tipos: TipoReporte[];
}) {
  const { filtros } = props;
  return (
    // Keyed by the filters: a link that changes them must also reset what the selects show.
    <form
      key={urlDeCola(filtros)}
      method="get"
      action="/revision"
      aria-label="Filtros de la cola de revisión"
      className="mb-4 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
    >
      <Filtro nombre="vigencia" etiqueta="Vigencia" valor={filtros.vigencia} todos="Todas">
        {props.vigencias.map((v) => (
          <option key={v.anio} value={v.anio}>
            {v.anio}
          </option>
        ))}
      </Filtro>
      <Filtro nombre="tipo" etiqueta="Tipo de reporte" valor={filtros.tipo} todos="Todos">
        {props.tipos.map((tipo) => (
          <option key={tipo} value={tipo}>
            {NOMBRE_TIPO_REPORTE[tipo]}
          </option>
        ))}
      </Filtro>
      <Filtro nombre="periodo" etiqueta="Periodo" valor={filtros.periodo} todos="Todos">
        {props.periodos.map((p) => (
          <option key={p.codigo} value={p.codigo}>
            {p.etiqueta}
          </option>
        ))}
      </Filtro>
      {props.regionales.length > 0 ? (
        <Filtro nombre="regional" etiqueta="Regional" valor={filtros.regional} todos="Todas">
          {props.regionales.map((r) => (
            <option key={r.id} value={r.id}>
              {r.nombre}
            </option>
          ))}
        </Filtro>
      ) : null}
      <div className="col-span-2 flex items-end gap-3 lg:col-span-1">
        <button
          type="submit"
          className="rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800"
        >
          Filtrar
        </button>
        <Link href="/revision" className="py-2 text-sm font-medium text-sena-700 underline">
          Quitar filtros
        </Link>
      </div>
    </form>
  );
}
