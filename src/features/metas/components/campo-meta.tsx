import type { UseFormRegisterReturn } from "react-hook-form";

/** A money input typed as es-CO text, with its error right below it. */
export function CampoMeta(props: {
  id: string;
  registro: UseFormRegisterReturn;
  error: string | undefined;
  ayudaId?: string;
}) {
  const idError = `${props.id}-error`;
  const describe = [props.ayudaId, props.error ? idError : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col items-end">
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="Sin meta"
        {...props.registro}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describe || undefined}
        className="w-full max-w-[14rem] rounded-md border border-slate-400 px-2 py-1 text-right tabular-nums text-slate-900 aria-invalid:border-red-600"
      />
      {props.error ? (
        <p id={idError} className="mt-1 max-w-[22rem] text-right text-sm text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
