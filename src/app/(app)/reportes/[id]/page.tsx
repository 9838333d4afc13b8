import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { DetalleReporte } from "@/features/reportes/components/detalle-reporte";
import { EstadoBadge } from "@/features/reportes/components/estado-badge";
import { OportunidadBadge } from "@/features/reportes/components/oportunidad-badge";
import { NOMBRE_TIPO_REPORTE } from "@/features/reportes/etiquetas";
import { reporteParaVer } from "@/features/reportes/queries";
import { fechaEnBogota, formatearFecha, formatearFechaHora } from "@/lib/fechas";
import { calcularOportunidad } from "@/lib/oportunidad";
import { fechaLimite, parsePeriodo } from "@/lib/periodos";
import { requerirUsuario } from "@/server/session";

export const metadata: Metadata = { title: "Reporte" };

export default async function ReportePage(props: { params: Promise<{ id: string }> }) {
  const usuario = await requerirUsuario();
  const reporte = await reporteParaVer(usuario, Number((await props.params).id));
  const periodo = reporte ? parsePeriodo(reporte.periodo) : null;
  if (!reporte || !periodo) notFound();
  const limite = fechaLimite(periodo, reporte.seguimiento.diasOportunidad);
  const oportunidad = calcularOportunidad({
    fechaLimite: limite,
    primerEnvioEn: reporte.primerEnvioEn,
    hoy: fechaEnBogota(new Date()),
  });
  const unidad = reporte.centro
    ? `${reporte.centro.nombre} · Regional ${reporte.centro.regional.nombre}`
    : "Nivel nacional";
  return (
    <>
      <PageHeader title={`${NOMBRE_TIPO_REPORTE[reporte.tipo]} · ${periodo.etiqueta}`} description={unidad} />
      <section
        aria-label="Estado del reporte"
        className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <div className="flex flex-wrap items-center gap-2">
          <EstadoBadge estado={reporte.estado} />
          <OportunidadBadge oportunidad={oportunidad} />
        </div>
        <ul className="mt-3 space-y-1 text-sm text-slate-700">
          <li>Fecha límite para ser oportuno: {formatearFecha(limite)}</li>
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
      </section>
      <section
        aria-labelledby="titulo-datos"
        className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id="titulo-datos" className="mb-4 text-lg font-semibold text-slate-900">
          Datos reportados
        </h2>
        <DetalleReporte reporte={reporte} />
      </section>
    </>
  );
}
