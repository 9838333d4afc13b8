"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { CLASE_ENTRADA } from "@/components/ui/campo";
import { Rol } from "@/generated/prisma/enums";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import { MAXIMO_RESPONSABLES, type CamposDeSeguimiento } from "../schemas";
import { BOTON_NEUTRO, BOTON_PEQUENO } from "@/components/ui/botones";

const ROLES = Object.values(Rol);

/** The responsables of a seguimiento, in order: add, remove and move them up or down. */
export function Responsables(props: { form: UseFormReturn<CamposDeSeguimiento>; idBase: string }) {
  const { control, register, formState } = props.form;
  const { fields, append, remove, move } = useFieldArray({ control, name: "responsables" });
  const errores = formState.errors.responsables;
  const errorDeLista = errores?.message ?? errores?.root?.message;
  const idError = `${props.idBase}-responsables-error`;
  return (
    <fieldset aria-describedby={errorDeLista ? idError : undefined} className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">Responsables operativos, en orden</legend>
      <ol className="space-y-2">
        {fields.map((campo, i) => {
          const id = `${props.idBase}-responsable-${i}`;
          const errorCargo = errores?.[i]?.cargo?.message;
          const errorRol = errores?.[i]?.rol?.message;
          return (
            <li key={campo.id} className="rounded-md border border-slate-300 bg-white p-3">
              <div className="grid gap-3 md:grid-cols-[1fr_auto]">
                <div>
                  <label htmlFor={`${id}-cargo`} className="block text-sm font-medium text-slate-800">
                    Cargo del responsable {i + 1}
                  </label>
                  <input
                    id={`${id}-cargo`}
                    type="text"
                    autoComplete="off"
                    {...register(`responsables.${i}.cargo`)}
                    aria-invalid={errorCargo ? true : undefined}
                    aria-describedby={errorCargo ? `${id}-cargo-error` : undefined}
                    className={CLASE_ENTRADA}
                  />
                  {errorCargo ? (
                    <p id={`${id}-cargo-error`} className="mt-1 text-sm text-red-700">
                      {errorCargo}
                    </p>
                  ) : null}
                </div>
                <div>
                  <label htmlFor={`${id}-rol`} className="block text-sm font-medium text-slate-800">
                    Rol en la aplicación
                  </label>
                  <select
                    id={`${id}-rol`}
                    {...register(`responsables.${i}.rol`)}
                    aria-invalid={errorRol ? true : undefined}
                    className={CLASE_ENTRADA}
                  >
                    {ROLES.map((rol) => (
                      <option key={rol} value={rol}>
                        {NOMBRE_ROL[rol]}
                      </option>
                    ))}
                  </select>
                  {errorRol ? <p className="mt-1 text-sm text-red-700">{errorRol}</p> : null}
                </div>
              </div>
              <div className="mt-2 flex flex-wrap gap-2">
                <button
                  type="button"
                  onClick={() => move(i, i - 1)}
                  disabled={i === 0}
                  aria-label={`Subir responsable ${i + 1}`}
                  className={BOTON_PEQUENO}
                >
                  ↑ Subir
                </button>
                <button
                  type="button"
                  onClick={() => move(i, i + 1)}
                  disabled={i === fields.length - 1}
                  aria-label={`Bajar responsable ${i + 1}`}
                  className={BOTON_PEQUENO}
                >
                  ↓ Bajar
                </button>
                <button
                  type="button"
                  onClick={() => remove(i)}
                  aria-label={`Quitar responsable ${i + 1}`}
                  className={BOTON_PEQUENO}
                >
                  Quitar
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {errorDeLista ? (
        <p id={idError} className="text-sm text-red-700">
          {errorDeLista}
        </p>
      ) : null}
      {fields.length < MAXIMO_RESPONSABLES ? (
        <button
          type="button"
          onClick={() => append({ cargo: "", rol: "SUBDIRECTOR" })}
          className={BOTON_NEUTRO}
        >
          Agregar responsable
        </button>
      ) : null}
    </fieldset>
  );
}
