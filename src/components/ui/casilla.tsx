import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/** A checkbox with its label beside it, and its help and error tied to it for screen readers. */
export function Casilla(props: {
  id: string;
  etiqueta: string;
  registro: UseFormRegisterReturn;
  ayuda: ReactNode;
  error?: string;
  children?: ReactNode;
}) {
  const idAyuda = `${props.id}-ayuda`;
  const idError = props.error ? `${props.id}-error` : undefined;
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
      <div className="flex items-start gap-3">
        <input
          id={props.id}
          type="checkbox"
          {...props.registro}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={[idAyuda, idError].filter(Boolean).join(" ")}
          className="mt-0.5 size-5 shrink-0 accent-sena-700"
        />
        <div className="min-w-0">
          <label htmlFor={props.id} className="font-medium text-slate-900">
            {props.etiqueta}
          </label>
          <div id={idAyuda} className="mt-1 text-sm text-slate-700">
            {props.ayuda}
          </div>
        </div>
      </div>
      {props.error ? (
        <p id={idError} className="mt-2 text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}
