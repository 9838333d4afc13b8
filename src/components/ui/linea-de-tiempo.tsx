import type { ReactNode } from "react";
import { formatearFechaHora } from "@/lib/fechas";

export interface EntradaDeHistorial {
  id: string | number;
  quien: string;
  /** What was done, as a predicate: "editó el centro", "devolvió el reporte". */
  que: string;
  cuando: Date;
  /** A comment written with it (the reason of a return, say), quoted below. */
  comentario?: string | null;
  /** "Campo: antes → después", one per changed field. */
  cambios: string[];
}

/** The history of a thing (a report, a centro, an account), newest first: who did what, when. */
export function LineaDeTiempo(props: { entradas: EntradaDeHistorial[]; vacia: ReactNode }) {
  if (props.entradas.length === 0) return <p className="text-sm text-slate-600">{props.vacia}</p>;
  return (
    <ol className="space-y-3">
      {props.entradas.map((e) => (
        <li key={e.id} className="border-l-2 border-slate-300 pl-3 text-sm">
          <p>
            <span className="font-semibold">{e.quien}</span> {e.que}
            <span className="text-slate-600"> · {formatearFechaHora(e.cuando)}</span>
          </p>
          {e.comentario ? (
            <blockquote className="mt-1 border-l-2 border-red-300 pl-2 whitespace-pre-line text-slate-700">
              {e.comentario}
            </blockquote>
          ) : null}
          {e.cambios.length > 0 ? (
            <ul className="mt-1 text-slate-700 wrap-anywhere">
              {e.cambios.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
