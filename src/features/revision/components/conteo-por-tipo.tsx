import Link from "next/link";
import type { TipoReporte } from "@/generated/prisma/enums";
import { NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import type { FiltrosCola } from "../schemas";
import { urlDeCola } from "../url";

function Opcion(props: { href: string; actual: boolean; etiqueta: string; cantidad: number }) {
  return (
    <li>
      <Link
        href={props.href}
        aria-current={props.actual ? "page" : undefined}
        className={`inline-flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm font-medium ${
          props.actual
            ? "border-sena-700 bg-sena-700 text-white"
            : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
        }`}
      >
        {props.etiqueta}
        <span className="font-bold tabular-nums">{props.cantidad}</span>
      </Link>
    </li>
  );
}

/** How many reports wait per kind under the other filters; each count filters by its kind. */
export function ConteoPorTipo(props: {
  filtros: FiltrosCola;
  porTipo: { tipo: TipoReporte; cantidad: number }[];
}) {
  const { filtros } = props;
  if (props.porTipo.length === 0) return null;
  const total = props.porTipo.reduce((suma, c) => suma + c.cantidad, 0);
  return (
    <nav aria-label="Pendientes por tipo de reporte" className="mb-4">
      <ul className="flex flex-wrap gap-2">
        <Opcion
          href={urlDeCola({ ...filtros, tipo: undefined, pagina: 1 })}
          actual={!filtros.tipo}
          etiqueta="Todos"
          cantidad={total}
        />
        {props.porTipo.map((c) => (
          <Opcion
            key={c.tipo}
            href={urlDeCola({ ...filtros, tipo: c.tipo, pagina: 1 })}
            actual={filtros.tipo === c.tipo}
            etiqueta={NOMBRE_TIPO_REPORTE[c.tipo]}
            cantidad={c.cantidad}
          />
        ))}
      </ul>
    </nav>
  );
}
