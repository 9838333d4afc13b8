import { formatearFechaHora } from "@/lib/fechas";
import { lineasDelHistorial } from "../historial-texto";
import type { EventoHistorial } from "../queries";

export function Historial({ eventos }: { eventos: EventoHistorial[] }) {
  if (eventos.length === 0)
    return <p className="text-sm text-slate-600">Aún no hay movimientos registrados.</p>;
  return (
    <ol className="space-y-3">
      {lineasDelHistorial(eventos).map((l) => (
        <li key={l.id} className="border-l-2 border-slate-300 pl-3 text-sm">
          <p>
            <span className="font-semibold">{l.quien}</span> {l.que}
            <span className="text-slate-600"> · {formatearFechaHora(l.cuando)}</span>
          </p>
          {l.comentario ? (
            <blockquote className="mt-1 border-l-2 border-red-300 pl-2 whitespace-pre-line text-slate-700">
              {l.comentario}
            </blockquote>
          ) : null}
          {l.cambios.length > 0 ? (
            <ul className="mt-1 text-slate-700 wrap-anywhere">
              {l.cambios.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
