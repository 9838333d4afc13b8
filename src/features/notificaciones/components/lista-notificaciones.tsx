import { Insignia } from "@/components/ui/insignia";
import { formatearFechaHora } from "@/lib/fechas";
import { abrirNotificacion } from "../actions";
import type { NotificacionVista } from "../queries";

function textoDelBoton(enlace: string): string {
  if (enlace.startsWith("/reportes/")) return "Abrir el reporte";
  if (enlace.startsWith("/tableros")) return "Abrir el tablero";
  if (enlace.startsWith("/obligaciones")) return "Abrir mis obligaciones";
  if (enlace.startsWith("/revision")) return "Abrir la cola de revisión";
  return "Abrir";
}

const LINEAS_VISIBLES = 6;

/** A long message (a digest) shows its first lines; the rest opens on demand. */
function Mensaje({ texto }: { texto: string }) {
  const lineas = texto.split("\n");
  const clase = "mt-2 text-sm break-words whitespace-pre-line text-slate-800";
  if (lineas.length <= LINEAS_VISIBLES + 2) return <p className={clase}>{texto}</p>;
  return (
    <>
      <p className={clase}>{lineas.slice(0, LINEAS_VISIBLES).join("\n")}</p>
      <details className="mt-1">
        <summary className="cursor-pointer text-sm font-medium text-sena-700">
          Ver el mensaje completo ({lineas.length - LINEAS_VISIBLES} líneas más)
        </summary>
        <p className={clase}>{lineas.slice(LINEAS_VISIBLES).join("\n")}</p>
      </details>
    </>
  );
}

/** Newest first; unread ones stand out and say so to screen readers too. */
export function ListaNotificaciones({ filas }: { filas: NotificacionVista[] }) {
  return (
    <ul className="space-y-3" aria-label="Notificaciones">
      {filas.map((n) => {
        const nueva = n.leidaEn === null;
        const idTitulo = `notificacion-${n.id}`;
        return (
          <li
            key={n.id}
            data-testid="notificacion"
            aria-labelledby={idTitulo}
            className={`rounded-lg border bg-white p-4 shadow-sm ${nueva ? "border-sena-600 border-l-4" : "border-slate-200"}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h2 id={idTitulo} className="min-w-0 font-semibold break-words text-slate-900">
                {nueva ? <span className="sr-only">Sin leer: </span> : null}
                {n.titulo}
              </h2>
              <div className="flex items-center gap-2 text-sm text-slate-600">
                {nueva ? <Insignia tono="verde">Nueva</Insignia> : null}
                <time dateTime={n.createdAt.toISOString()}>{formatearFechaHora(n.createdAt)}</time>
              </div>
            </div>
            <Mensaje texto={n.mensaje} />
            <form action={abrirNotificacion} className="mt-3">
              <input type="hidden" name="notificacionId" value={n.id} />
              <button type="submit" className="font-medium text-sena-700 underline hover:text-sena-800">
                {textoDelBoton(n.enlace)}
              </button>
            </form>
          </li>
        );
      })}
    </ul>
  );
}
