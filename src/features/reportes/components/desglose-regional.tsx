"use client";

import type { FieldErrors, FieldValues, UseFormRegister, UseFormWatch } from "react-hook-form";
import { CLASE_ENTRADA } from "@/components/ui/campo";

/**
 * The amounts a form declares per regional (optional as a whole): once included, each row is
 * required and each column must add up to its field's total.
 */
export function DesgloseRegional(props: {
  regionales: { id: number; nombre: string }[];
  /** The breakdown's fields: their key and their label. */
  columnas: { clave: string; etiqueta: string }[];
  register: UseFormRegister<FieldValues>;
  watch: UseFormWatch<FieldValues>;
  errores: FieldErrors;
  errorDe: (errores: Record<string, unknown>, nombre: string) => string | undefined;
}) {
  const incluido = Boolean(props.watch("desglose"));
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-800">Desglose por regional (opcional)</legend>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" {...props.register("desglose")} className="h-4 w-4" />
        Incluir las cifras de cada regional
      </label>
      {props.errorDe(props.errores, "regionales") ? (
        <p className="mt-1 text-sm text-red-700">{props.errorDe(props.errores, "regionales")}</p>
      ) : null}
      <div className={incluido ? "mt-3 max-h-96 overflow-auto" : "hidden"}>
        <table className="w-full text-sm">
          <thead className="sticky top-0 bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-1 text-left">
                Regional
              </th>
              {props.columnas.map((c) => (
                <th key={c.clave} scope="col" className="px-2 py-1 text-right">
                  {c.etiqueta}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.regionales.map((regional, i) => (
              <tr key={regional.id} className="border-t border-slate-100">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {regional.nombre}
                  <input
                    type="hidden"
                    {...props.register(`regionales.${i}.regionalId`, { valueAsNumber: true })}
                  />
                </th>
                {props.columnas.map((columna) => {
                  const nombre = `regionales.${i}.${columna.clave}`;
                  const error = props.errorDe(props.errores, nombre);
                  return (
                    <td key={columna.clave} className="px-2 py-1">
                      <input
                        {...props.register(nombre)}
                        aria-label={`${columna.etiqueta.replace(/\s*\(COP\)$/, "")}, ${regional.nombre}`}
                        aria-invalid={error ? true : undefined}
                        title={error}
                        inputMode="numeric"
                        className={`${CLASE_ENTRADA} mt-0 text-right tabular-nums`}
                      />
                      {error ? <span className="text-xs text-red-700">{error}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
