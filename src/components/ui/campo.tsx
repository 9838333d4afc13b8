import type { ReactNode } from "react";

export const CLASE_ENTRADA =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-600 disabled:bg-slate-100";

/** A labelled form field with its help text and its error next to it, tied for screen readers. */
export function Campo(props: {
  id: string;
  etiqueta: string;
  error?: string;
  ayuda?: string;
  children: (atributos: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}) {
  const idAyuda = props.ayuda ? `${props.id}-ayuda` : undefined;
  const idError = props.error ? `${props.id}-error` : undefined;
  const describedBy = [idAyuda, idError].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.etiqueta}
      </label>
      {props.children({
        id: props.id,
        "aria-invalid": props.error ? true : undefined,
        "aria-describedby": describedBy,
      })}
      {props.ayuda ? (
        <p id={idAyuda} className="mt-1 text-xs text-slate-600">
          {props.ayuda}
        </p>
      ) : null}
      {props.error ? (
        <p id={idError} className="mt-1 text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
