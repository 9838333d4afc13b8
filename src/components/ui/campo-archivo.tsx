import type { Ref } from "react";

/** A file input with its label, help and error tied to it for screen readers. */
export function CampoArchivo({
  ref,
  ...props
}: {
  id: string;
  etiqueta: string;
  accept: string;
  ayuda: string;
  error: string | null;
  ref: Ref<HTMLInputElement>;
  alCambiar: () => void;
}) {
  const { id } = props;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {props.etiqueta}
      </label>
      <input
        ref={ref}
        id={id}
        name="archivo"
        type="file"
        accept={props.accept}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-ayuda ${id}-error` : `${id}-ayuda`}
        onChange={props.alCambiar}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 file:mr-3 file:rounded file:border-0 file:bg-sena-50 file:px-3 file:py-1 file:font-semibold file:text-sena-800 aria-invalid:border-red-600"
      />
      <p id={`${id}-ayuda`} className="mt-1 text-xs text-slate-600">
        {props.ayuda}
      </p>
      {props.error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
