import Link from "next/link";
import { NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import { TipoReporte } from "@/generated/prisma/enums";
import { periodosDeVigencia } from "@/lib/periodos";
import type { Filtros } from "../filtros";
import type { AmbitoTablero } from "../tipos";

const CLASE_SELECT = "mt-1 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900";

/** A GET form: applying filters produces a link that can be sent to someone else. */
export function FiltrosTablero(props: {
  ambito: AmbitoTablero;
  filtros: Filtros;
  vigencias: { anio: number; nombre: string }[];
  regionales: { id: number; nombre: string }[];
  puedeElegirRegional: boolean;
}) {
  const { ambito, filtros } = props;
  const periodos = [
    ...periodosDeVigencia(ambito.vigencia.anio, "TRIMESTRAL"),
    ...periodosDeVigencia(ambito.vigencia.anio, "SEMESTRAL"),
  ];
  return (
    <form
      method="get"
      aria-label="Filtros del tablero"
      className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
    >
      {ambito.centroId !== undefined && props.puedeElegirRegional ? (
        <input type="hidden" name="centro" value={ambito.centroId} />
      ) : null}
      <label className="text-sm font-medium text-slate-700">
        Vigencia
        <select name="vigencia" defaultValue={ambito.vigencia.anio} className={CLASE_SELECT}>
          {props.vigencias.map((v) => (
            <option key={v.anio} value={v.anio}>
              {v.anio}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        Periodo
        <select name="periodo" defaultValue={ambito.periodo ?? ""} className={CLASE_SELECT}>
          <option value="">Todo el año</option>
          {periodos.map((p) => (
            <option key={p.codigo} value={p.codigo}>
              {p.etiqueta}
            </option>
          ))}
        </select>
      </label>
      {props.puedeElegirRegional && ambito.centroId === undefined ? (
        <label className="text-sm font-medium text-slate-700">
          Regional
          <select name="regional" defaultValue={ambito.regionalId ?? ""} className={CLASE_SELECT}>
            <option value="">Todas (nacional)</option>
            {props.regionales.map((r) => (
              <option key={r.id} value={r.id}>
                {r.nombre}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="text-sm font-medium text-slate-700">
        Tipo de reporte
        <select name="tipo" defaultValue={ambito.tipo ?? ""} className={CLASE_SELECT}>
          <option value="">Todos</option>
          {Object.values(TipoReporte).map((t) => (
            <option key={t} value={t}>
              {NOMBRE_TIPO_REPORTE[t]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-slate-700">
        Datos
        <select name="datos" defaultValue={filtros.datos} className={CLASE_SELECT}>
          <option value="aprobados">Solo aprobados</option>
          <option value="enviados">Todo lo enviado (incluye sin aprobar)</option>
        </select>
      </label>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800"
        >
          Aplicar
        </button>
        <Link href="/tableros" className="text-sm text-sena-700 underline">
          Quitar filtros
        </Link>
      </div>
    </form>
  );
}
