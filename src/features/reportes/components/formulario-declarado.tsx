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
import {
  cifrasEscritas,
  camposConDatos,
  esquemaDeDatos,
  type LimitesDeFechas,
  type Modo,
} from "@/lib/seguimientos/datos";
import type { Campo as CampoDeclarado, Formulario } from "@/lib/seguimientos/declaracion";
import { filasDeIndicadores } from "@/lib/seguimientos/indicadores";
import { admiteJustificacion, incumplimientos, JUSTIFICACION_MAXIMA } from "@/lib/seguimientos/reglas";
import { guardarReporte } from "../actions";
import { DesgloseRegional } from "./desglose-regional";

type Valores = FieldValues & { desglose?: boolean; regionales?: unknown[] };

export interface PropsFormularioDeclarado {
  reporteId: number;
  version: number;
  formulario: Formulario;
  valoresIniciales: Valores;
  limites: LimitesDeFechas;
  /** The meta of the report's unit and period (digits), for an indicator compared with metas. */
  meta: string | null;
  /** "semestre", "trimestre"…: what the meta is of. */
  periodo: string;
  regionales: { id: number; nombre: string }[];
}

/** What is sent: the breakdown per regional only when the user chose to include it. */
function aDatos(valores: Valores) {
  const { desglose, regionales, ...resto } = valores;
  return { ...resto, regionales: desglose ? regionales : [] };
}

function errorDe(errores: Record<string, unknown>, nombre: string): string | undefined {
  const error = nombre
    .split(".")
    .reduce<unknown>((nodo, parte) => (nodo as Record<string, unknown> | undefined)?.[parte], errores);
  const mensaje = (error as { message?: unknown } | undefined)?.message;
  return typeof mensaje === "string" ? mensaje : undefined;
}

type Atributos = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

function Entrada({
  campo,
  register,
  atributos,
}: {
  campo: Exclude<CampoDeclarado, { tipo: "documento" }>;
  register: UseFormRegister<Valores>;
  atributos: Atributos;
}) {
  if (campo.tipo === "texto" && campo.largo === "largo") {
    return <textarea rows={6} {...atributos} {...register(campo.clave)} className={CLASE_ENTRADA} />;
  }
  if (campo.tipo === "siNo") {
    return (
      <select
        {...atributos}
        {...register(campo.clave, {
          setValueAs: (v) => (v === "" || v === undefined ? undefined : v === "true" || v === true),
        })}
        className={CLASE_ENTRADA}
      >
        <option value="">Seleccione…</option>
        <option value="true">Sí</option>
        <option value="false">No</option>
      </select>
    );
  }
  if (campo.tipo === "opcion") {
    return (
      <select {...atributos} {...register(campo.clave)} className={CLASE_ENTRADA}>
        <option value="">Seleccione…</option>
        {campo.opciones.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }
  const numerico = campo.tipo === "pesos" || campo.tipo === "cantidad" || campo.tipo === "porcentaje";
  return (
    <input
      {...atributos}
      {...register(campo.clave)}
      type={campo.tipo === "fecha" ? "date" : "text"}
      inputMode={numerico ? (campo.tipo === "porcentaje" ? "decimal" : "numeric") : undefined}
      autoComplete="off"
      className={`${CLASE_ENTRADA} ${numerico ? "text-right tabular-nums" : ""}`}
    />
  );
}

const AYUDA_JUSTIFICACION =
  "Obligatoria para enviar si las cifras incumplen una regla que admite justificación. Quien revisa el reporte la leerá.";

/**
 * A report's form, built from its seguimiento's declared form: its fields, the breakdown per
 * regional, the figures computed while the user types and the rules pointed out before sending.
 * The same schema as the server's: a draft checks only kinds, a submission everything.
 */
export function FormularioDeclarado(props: PropsFormularioDeclarado) {
  const router = useRouter();
  const [version, setVersion] = useState(props.version);
  const { aviso, ejecutar } = useAccion();
  const esquemas = useMemo(
    () => ({
      borrador: esquemaDeDatos(props.formulario, props.limites, "borrador"),
      envio: esquemaDeDatos(props.formulario, props.limites, "envio"),
    }),
    [props.formulario, props.limites],
  );
  const modo = useRef<Modo>("borrador");
  const resolver: Resolver<Valores> = (valores, contexto, opciones) =>
    (zodResolver(esquemas[modo.current]) as unknown as Resolver<Valores>)(
      aDatos(valores),
      contexto,
      opciones,
    );
  const form = useForm<Valores>({ defaultValues: props.valoresIniciales, resolver });
  const { register, formState, watch } = form;
  const valores = useWatch({ control: form.control });
  const cifras = cifrasEscritas(props.formulario, valores);
  const calculadas = filasDeIndicadores(props.formulario, cifras, {
    meta: props.meta === null ? null : BigInt(props.meta),
    periodo: props.periodo,
  });
  const advertencias = incumplimientos(props.formulario, cifras).map((r) =>
    r.justificable ? r.mensaje : `${r.mensaje} Así no se podrá enviar el reporte.`,
  );
  useAvisoDeSalida(formState.isDirty);

  const guardar = (enviar: boolean) => {
    modo.current = enviar ? "envio" : "borrador";
    return form.handleSubmit(async () => {
      const datos = aDatos(form.getValues());
      const resultado = await ejecutar(
        () => guardarReporte({ reporteId: props.reporteId, version, enviar, datos }),
        {
          exito: enviar ? "Reporte enviado para revisión." : "Borrador guardado.",
          alRechazar: (errores) => {
            for (const [campo, mensajes] of Object.entries(errores ?? {}))
              form.setError(campo, { message: mensajes[0] });
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

  const campos = camposConDatos(props.formulario);
  const desglose = props.formulario.desglosePorRegional?.campos ?? [];
  return (
    <form
      noValidate
      onSubmit={(e) => e.preventDefault()}
      className="space-y-5"
      aria-label="Datos del reporte"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {campos.map((campo) => (
          <div
            key={campo.clave}
            className={campo.tipo === "texto" && campo.largo === "largo" ? "sm:col-span-2" : undefined}
          >
            <Campo
              id={campo.clave}
              etiqueta={campo.obligatorio ? campo.etiqueta : `${campo.etiqueta} (opcional)`}
              ayuda={campo.ayuda}
              error={errorDe(formState.errors, campo.clave)}
            >
              {(atributos) => <Entrada campo={campo} register={register} atributos={atributos} />}
            </Campo>
          </div>
        ))}
        {admiteJustificacion(props.formulario) ? (
          <div className="sm:col-span-2">
            <Campo
              id="justificacion"
              etiqueta="Justificación de las cifras (si aplica)"
              ayuda={`${AYUDA_JUSTIFICACION} Hasta ${JUSTIFICACION_MAXIMA.toLocaleString("es-CO")} caracteres.`}
              error={errorDe(formState.errors, "justificacion")}
            >
              {(atributos) => (
                <textarea rows={4} {...atributos} {...register("justificacion")} className={CLASE_ENTRADA} />
              )}
            </Campo>
          </div>
        ) : null}
      </div>
      {desglose.length > 0 ? (
        <DesgloseRegional
          regionales={props.regionales}
          columnas={desglose.map((clave) => ({
            clave,
            etiqueta: campos.find((c) => c.clave === clave)!.etiqueta,
          }))}
          register={register}
          errores={formState.errors}
          watch={watch}
          errorDe={errorDe}
        />
      ) : null}
      {calculadas.length > 0 ? (
        <section aria-label="Cifras calculadas" aria-live="polite" className="rounded-md bg-slate-50 p-3">
          <ListaDeDatos filas={calculadas} compacta />
        </section>
      ) : null}
      {advertencias.map((a) => (
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
