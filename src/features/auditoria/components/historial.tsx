import { formatearFechaHora } from "@/lib/fechas";
import { camposCambiados, etiquetaDeCampo, mostrarValor } from "../cambios";
import type { EventoHistorial } from "../queries";

const VERBO: Record<string, string> = {
  CREAR: "abrió el reporte",
  EDITAR: "guardó datos",
  ENVIAR: "envió el reporte",
  APROBAR: "aprobó el reporte",
  DEVOLVER: "devolvió el reporte",
  REABRIR: "reabrió el reporte",
  SUBIR_EVIDENCIA: "adjuntó un archivo",
  DESCARGAR_EVIDENCIA: "descargó un archivo",
  ELIMINAR_EVIDENCIA: "eliminó un archivo",
};

/** The reviewer's comment of a return or a reopening, kept in the event's "after". */
function comentarioDe(evento: EventoHistorial): string | null {
  if (evento.accion !== "DEVOLVER" && evento.accion !== "REABRIR") return null;
  const despues = evento.despues as { comentarioRevision?: unknown } | null;
  return typeof despues?.comentarioRevision === "string" ? despues.comentarioRevision : null;
}

export function Historial({ eventos }: { eventos: EventoHistorial[] }) {
  if (eventos.length === 0)
    return <p className="text-sm text-slate-600">Aún no hay movimientos registrados.</p>;
  return (
    <ol className="space-y-3">
      {eventos.map((e) => {
        const cambios =
          e.accion === "EDITAR" || e.accion.endsWith("EVIDENCIA") ? camposCambiados(e.antes, e.despues) : [];
        return (
          <li key={e.id} className="border-l-2 border-slate-300 pl-3 text-sm">
            <p>
              <span className="font-semibold">{e.actor?.nombre ?? "Sistema"}</span>{" "}
              {VERBO[e.accion] ?? e.accion}
              <span className="text-slate-600"> · {formatearFechaHora(e.createdAt)}</span>
            </p>
            {comentarioDe(e) ? (
              <blockquote className="mt-1 border-l-2 border-red-300 pl-2 whitespace-pre-line text-slate-700">
                {comentarioDe(e)}
              </blockquote>
            ) : null}
            {cambios.length > 0 ? (
              <ul className="mt-1 text-slate-700 wrap-anywhere">
                {cambios.map((c) => (
                  <li key={c.campo}>
                    {etiquetaDeCampo(c.campo)}: {mostrarValor(c.campo, c.antes)} →{" "}
                    {mostrarValor(c.campo, c.despues)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
