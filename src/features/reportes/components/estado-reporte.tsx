import { fechaLimite, type Periodo } from "@/lib/periodos";
import { formatearFecha, formatearFechaHora, type FechaCalendario } from "@/lib/fechas";
import { calcularOportunidad } from "@/lib/oportunidad";
import type { PlazoVista } from "../plazos";
import type { ReporteDetalle } from "../queries";
import { InsigniaDeEstado } from "./insignia-de-estado";
import { InsigniaDeOportunidad } from "./insignia-de-oportunidad";
import { PlazosReporte } from "./plazos-reporte";

/** Status, timeliness, who submitted and reviewed, the reviewer's comment and the running deadline. */
export function EstadoReporte(props: {
  reporte: ReporteDetalle;
  periodo: Periodo;
  hoy: FechaCalendario;
  plazos: PlazoVista[];
}) {
  const { reporte } = props;
  const limite = fechaLimite(props.periodo, reporte.seguimiento.diasOportunidad);
  const oportunidad = calcularOportunidad({
    fechaLimite: limite,
    primerEnvioEn: reporte.primerEnvioEn,
    hoy: props.hoy,
  });
  return (
    <section
      aria-label="Estado del reporte"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2">
        <InsigniaDeEstado estado={reporte.estado} />
        <InsigniaDeOportunidad oportunidad={oportunidad} />
      </div>
      <ul className="mt-3 space-y-1 text-sm text-slate-700">
        <li>Fecha límite para ser oportuno: {formatearFecha(limite)}</li>
        {reporte.primerEnvioEn &&
        reporte.enviadoEn &&
        reporte.primerEnvioEn.getTime() !== reporte.enviadoEn.getTime() ? (
          <li>Primer envío: {formatearFechaHora(reporte.primerEnvioEn)}</li>
        ) : null}
        {reporte.enviadoEn ? (
          <li>
            Enviado el {formatearFechaHora(reporte.enviadoEn)}
            {reporte.enviadoPor ? ` por ${reporte.enviadoPor.nombre}` : ""}
          </li>
        ) : null}
        {reporte.revisadoEn ? (
          <li>
            Revisado el {formatearFechaHora(reporte.revisadoEn)}
            {reporte.revisadoPor ? ` por ${reporte.revisadoPor.nombre}` : ""}
          </li>
        ) : null}
      </ul>
      {reporte.comentarioRevision ? (
        <div className="mt-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">Comentario de la revisión</p>
          <p className="whitespace-pre-line">{reporte.comentarioRevision}</p>
        </div>
      ) : null}
      <PlazosReporte plazos={props.plazos} hoy={props.hoy} />
    </section>
  );
}
