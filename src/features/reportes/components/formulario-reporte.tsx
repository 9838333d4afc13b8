"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { useForm, useWatch, type FieldValues, type Resolver, type UseFormRegister } from "react-hook-form";
import { Aviso } from "@/components/ui/aviso";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { ListaDeDatos } from "@/components/ui/lista-de-datos";
import { useAccion } from "@/components/ui/use-accion";
import { useAvisoDeSalida } from "@/components/ui/use-aviso-de-salida";
import type { TipoReporte } from "@/generated/prisma/enums";
import { guardarReporte } from "../actions";
import { CAMPOS, type DescripcionCampo } from "../campos";
import { resumenEnVivo } from "../resumen-en-vivo";
import { datosReporteSchema, type Modo } from "../schemas";
import { DesgloseRegional } from "./desglose-regional";

type Valores = FieldValues & { desglose?: boolean; regionales?: unknown[] };

export interface PropsFormulario {
  reporteId: number;
  version: number;
  tipo: TipoReporte;
  valoresIniciales: Valores;
  limites: { desde: string; hasta: string };
  /** National meta of the semester (digits), for RECAUDO. */
  meta: string | null;
  regionales: { id: number; nombre: string }[];
}

/** What is sent: the breakdown per regional only when the user chose to include it. */
function aDatos(tipo: TipoReporte, valores: Valores) {
  const { desglose, regionales, ...resto } = valores;
  return tipo === "RECAUDO" ? { ...resto, tipo, regionales: desglose ? regionales : [] } : { ...resto, tipo };
}

function errorDe(errores: Record<string, unknown>, nombre: string): string | undefined {
  const error = nombre
    .split(".")
    .reduce<unknown>((nodo, parte) => (nodo as Record<string, unknown> | undefined)?.[parte], errores);
  const mensaje = (error as { message?: unknown } | undefined)?.message;
  return typeof mensaje === "string" ? mensaje : undefined;
}

function EntradaCampo({
  campo,
  register,
  atributos,
}: {
  campo: DescripcionCampo;
  register: UseFormRegister<Valores>;
  atributos: { id: string; "aria-invalid"?: true; "aria-describedby"?: string };
}) {
  {
    if (campo.tipo === "textoLargo")
      return <textarea rows={6} {...atributos} {...register(campo.nombre)} className={CLASE_ENTRADA} />;
    if (campo.tipo === "siNo") {
      return (
        <select
          {...atributos}
          {...register(campo.nombre, {
            setValueAs: (v) => (v === "" ? undefined : v === "true" || v === true),
          })}
          className={CLASE_ENTRADA}
        >
          <option value="">Seleccione…</option>
          <option value="true">Sí</option>
          <option value="false">No</option>
        </select>
      );
    }
    const numerico = campo.tipo === "pesos" || campo.tipo === "cantidad";
    return (
      <input
        {...atributos}
        {...register(campo.nombre)}
        type={campo.tipo === "fecha" ? "date" : "text"}
        inputMode={numerico ? "numeric" : undefined}
        autoComplete="off"
        className={`${CLASE_ENTRADA} ${numerico ? "text-right tabular-nums" : ""}`}
      />
    );
  }
}

export function FormularioReporte(props: PropsFormulario) {
  const router = useRouter();
  const [version, setVersion] = useState(props.version);
  const { aviso, ejecutar } = useAccion();
  // The same schema as the server's: a draft checks only types, a submission everything.
  const esquemas = useMemo(
    () => ({
      borrador: datosReporteSchema(props.limites, "borrador"),
      envio: datosReporteSchema(props.limites, "envio"),
    }),
    [props.limites],
  );
  const modo = useRef<Modo>("borrador");
  const resolver: Resolver<Valores> = (valores, contexto, opciones) =>
    (zodResolver(esquemas[modo.current]) as unknown as Resolver<Valores>)(
      aDatos(props.tipo, valores),
      contexto,
      opciones,
    );
  const form = useForm<Valores>({ defaultValues: props.valoresIniciales, resolver });
  const { register, formState, watch } = form;
  const valores = useWatch({ control: form.control });
  const resumen = resumenEnVivo(props.tipo, valores, props.meta === null ? null : BigInt(props.meta));
  useAvisoDeSalida(formState.isDirty);

  const guardar = (enviar: boolean) => {
    modo.current = enviar ? "envio" : "borrador";
    return form.handleSubmit(async () => {
      const datos = aDatos(props.tipo, form.getValues());
      const resultado = await ejecutar(
        () => guardarReporte({ reporteId: props.reporteId, version, enviar, datos }),
        {
          exito: enviar ? "Reporte enviado para revisión." : "Borrador guardado.",
          // The fields depend on the kind of report (and the regional breakdown): each error by its path.
          alRechazar: (errores) => {
            for (const [campo, mensajes] of Object.entries(errores ?? {})) {
              form.setError(campo, { message: mensajes[0] });
            }
          },
        },
      );
      if (!resultado.ok) return;
      setVersion(resultado.data.version);
      // What was saved is the new starting point: leaving now asks nothing.
      form.reset(form.getValues());
      router.refresh();
    })();
  };

  return (
    <form
      noValidate
      onSubmit={(e) => e.preventDefault()}
      className="space-y-5"
      aria-label="Datos del reporte"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {CAMPOS[props.tipo].map((campo) => (
          <div key={campo.nombre} className={campo.tipo === "textoLargo" ? "sm:col-span-2" : undefined}>
            <Campo
              id={campo.nombre}
              etiqueta={campo.etiqueta}
              ayuda={campo.ayuda}
              error={errorDe(formState.errors, campo.nombre)}
            >
              {(atributos) => <EntradaCampo campo={campo} register={register} atributos={atributos} />}
            </Campo>
          </div>
        ))}
      </div>
      {props.tipo === "RECAUDO" ? (
        <DesgloseRegional
          regionales={props.regionales}
          register={register}
          errores={formState.errors}
          watch={watch}
          errorDe={errorDe}
        />
      ) : null}
      {resumen.cifras.length > 0 ? (
        <section aria-label="Cifras calculadas" aria-live="polite" className="rounded-md bg-slate-50 p-3">
          <ListaDeDatos filas={resumen.cifras} compacta />
        </section>
      ) : null}
      {resumen.advertencias.map((a) => (
        <p
          key={a}
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {a}
        </p>
      ))}
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => guardar(false)}
          disabled={formState.isSubmitting}
          className="rounded-md border border-sena-700 px-4 py-2 font-semibold text-sena-800 hover:bg-sena-50 disabled:opacity-60"
        >
          Guardar borrador
        </button>
        <button
          type="button"
          onClick={() => guardar(true)}
          disabled={formState.isSubmitting}
          className="rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800 disabled:opacity-60"
        >
          {formState.isSubmitting ? "Guardando…" : "Enviar reporte"}
        </button>
      </div>
    </form>
  );
}
