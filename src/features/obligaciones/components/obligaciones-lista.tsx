import Link from "next/link";
import { EstadoBadge } from "@/features/reportes/components/estado-badge";
import { OportunidadBadge } from "@/features/reportes/components/oportunidad-badge";
import { Badge } from "@/components/ui/badge";
import { describirPlazo, NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import { formatearFecha } from "@/lib/fechas";
import { BotonDiligenciar } from "./boton-diligenciar";
import type { Obligacion } from "@/lib/obligaciones";

/** The first-submission timeliness, and for a returned report the deadline of its correction. */
function Plazo({ obligacion }: { obligacion: Obligacion }) {
  const { correccion } = obligacion;
  return (
    <div className="flex flex-col items-start gap-1">
      <OportunidadBadge oportunidad={obligacion.oportunidad} />
      {correccion ? (
        <span className="text-xs text-slate-700">
          Corregir a más tardar el {formatearFecha(correccion.venceEl)}:{" "}
          <Badge tono={describirPlazo("CORRECCION", correccion.oportunidad).tono}>
            {describirPlazo("CORRECCION", correccion.oportunidad).texto}
          </Badge>
        </span>
      ) : null}
    </div>
  );
}

function claveDe(o: Obligacion): string {
  return `${o.seguimientoId}-${o.periodo.codigo}`;
}

const TEXTO_ENLACE: Partial<Record<Obligacion["estado"], string>> = {
  BORRADOR: "Continuar",
  DEVUELTO: "Corregir",
};

function AccionObligacion({ obligacion }: { obligacion: Obligacion }) {
  const descripcion = `${NOMBRE_TIPO_REPORTE[obligacion.tipoReporte]}, ${obligacion.periodo.etiqueta}`;
  if (obligacion.reporteId === null) {
    return (
      <BotonDiligenciar
        seguimientoId={obligacion.seguimientoId}
        periodo={obligacion.periodo.codigo}
        descripcion={descripcion}
      />
    );
  }
  return (
    <Link
      href={`/reportes/${obligacion.reporteId}`}
      className="font-medium text-sena-700 underline hover:text-sena-800"
    >
      {TEXTO_ENLACE[obligacion.estado] ?? "Ver reporte"}
      <span className="sr-only"> {descripcion}</span>
    </Link>
  );
}

/** A table on wide screens and a list of cards on phones, with the same content. */
export function ObligacionesLista({ obligaciones }: { obligaciones: Obligacion[] }) {
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Reportes esperados con su periodo, fecha límite y estado</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3">
                Reporte
              </th>
              <th scope="col" className="px-4 py-3">
                Periodo
              </th>
              <th scope="col" className="px-4 py-3">
                Fecha límite
              </th>
              <th scope="col" className="px-4 py-3">
                Estado
              </th>
              <th scope="col" className="px-4 py-3">
                Plazo
              </th>
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">Acción</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {obligaciones.map((o) => (
              <tr key={claveDe(o)} data-testid="obligacion">
                <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                  {NOMBRE_TIPO_REPORTE[o.tipoReporte]}
                </th>
                <td className="px-4 py-3">{o.periodo.etiqueta}</td>
                <td className="px-4 py-3 whitespace-nowrap">{formatearFecha(o.fechaLimite)}</td>
                <td className="px-4 py-3">
                  <EstadoBadge estado={o.estado} />
                </td>
                <td className="px-4 py-3">
                  <Plazo obligacion={o} />
                </td>
                <td className="px-4 py-3 text-right">
                  <AccionObligacion obligacion={o} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 md:hidden">
        {obligaciones.map((o) => (
          <li key={claveDe(o)} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <p className="font-semibold text-slate-900">{NOMBRE_TIPO_REPORTE[o.tipoReporte]}</p>
            <p className="text-sm text-slate-600">
              {o.periodo.etiqueta} · vence el {formatearFecha(o.fechaLimite)}
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              <EstadoBadge estado={o.estado} />
              <Plazo obligacion={o} />
            </div>
            <div className="mt-2">
              <AccionObligacion obligacion={o} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
