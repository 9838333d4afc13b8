import { formatearFechaHora } from "@/lib/fechas";
import { formatearTamano, shaCorto } from "../formato";
import { limiteEvidenciaMb, limitesPorReporte } from "../limite";
import type { Documento } from "../documentos";
import type { EvidenciaVista } from "../queries";
import { EliminarEvidencia } from "./eliminar-evidencia";
import { SubirEvidencia } from "./subir-evidencia";

function FilaEvidencia(props: {
  evidencia: EvidenciaVista;
  documento: string | null;
  puedeModificar: boolean;
}) {
  const e = props.evidencia;
  return (
    <li className="flex flex-col gap-3 rounded-md border border-slate-200 p-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium break-words text-slate-900">{e.nombreArchivo}</p>
        {props.documento ? <p className="text-sm text-slate-700">{props.documento}</p> : null}
        <p className="text-sm text-slate-600">
          {formatearTamano(e.tamanoBytes)} · {formatearFechaHora(e.subidoEn)} · {e.subidoPor.nombre}
        </p>
        <p className="text-xs text-slate-600">
          SHA-256{" "}
          <span title={e.sha256} className="font-mono">
            {shaCorto(e.sha256)}…
          </span>
        </p>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <a
          href={`/api/evidencias/${e.id}`}
          className="rounded-md border border-sena-700 px-3 py-1.5 text-center text-sm font-semibold text-sena-800 hover:bg-sena-50"
        >
          Descargar<span className="sr-only"> {e.nombreArchivo}</span>
        </a>
        {props.puedeModificar ? (
          <EliminarEvidencia evidenciaId={e.id} nombreArchivo={e.nombreArchivo} />
        ) : null}
      </div>
    </li>
  );
}

/**
 * The files attached to a report (the documents its form declares, or any supporting PDF), with
 * download links, and the upload and delete controls when the user may still change the report.
 */
export function EvidenciasPanel(props: {
  reporteId: number;
  documentos: Documento[];
  evidencias: EvidenciaVista[];
  puedeModificar: boolean;
}) {
  // With several declared documents, each file says which one it backs.
  const documento = (campo: string | null) =>
    props.documentos.length < 2
      ? null
      : (props.documentos.find((d) => d.clave === campo)?.etiqueta ?? "Otro archivo de soporte");
  return (
    <div className="space-y-4">
      {props.evidencias.length === 0 ? (
        <p className="text-sm text-slate-600">Aún no hay archivos adjuntos.</p>
      ) : (
        <ul className="space-y-2" aria-label="Archivos adjuntos">
          {props.evidencias.map((e) => (
            <FilaEvidencia
              key={e.id}
              evidencia={e}
              documento={documento(e.campo)}
              puedeModificar={props.puedeModificar}
            />
          ))}
        </ul>
      )}
      {props.puedeModificar ? (
        <>
          <SubirEvidencia
            reporteId={props.reporteId}
            limiteMb={limiteEvidenciaMb()}
            documentos={props.documentos}
          />
          <p className="text-xs text-slate-600">
            Hasta {limitesPorReporte().archivos} archivos y {limitesPorReporte().mb} MB en total por reporte.
          </p>
        </>
      ) : null}
    </div>
  );
}
