"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { marcarErroresDelServidor } from "@/components/ui/formulario";
import { useAccion } from "@/components/ui/use-accion";
import { Aviso } from "@/components/ui/aviso";
import type { ResultadoAccion } from "@/server/operacion";
import { crearCentro, editarCentro } from "../actions";
import { datosCentroSchema, type DatosCentro, type ValoresCentro } from "../schemas";
import { Casilla } from "@/components/ui/casilla";
import {
  ConsecuenciaActivo,
  ConsecuenciaAprovechamiento,
  ConsecuenciaRecursos,
  ConsecuenciaRegional,
  desdeLaVigencia,
  type EstadoOriginal,
} from "./consecuencias";
import { BotonEnviar } from "@/components/ui/boton-enviar";

/** The three marks of a centro, each with what saving its change does to the obligations. */
const MARCAS = [
  {
    campo: "generaAprovechamiento",
    etiqueta: "Genera aprovechamiento (producción de centros)",
    ayuda:
      "Los centros que generan aprovechamiento presentan el acta del comité de precios (anual) y la trazabilidad de ventas con DEF (trimestral).",
    Consecuencia: ConsecuenciaAprovechamiento,
  },
  {
    campo: "requiereRecursos",
    etiqueta: "Requiere recursos para los proyectos de formación - producción",
    ayuda:
      "En el presupuesto de apertura. Solo estos centros presentan cada año el reporte de ejecución de recursos.",
    Consecuencia: ConsecuenciaRecursos,
  },
  {
    campo: "activo",
    etiqueta: "Centro activo",
    ayuda:
      "Un centro inactivo no recibe obligaciones nuevas y no se cuenta entre los obligados en los tableros de esas vigencias. Los reportes que ya presentó se conservan.",
    Consecuencia: ConsecuenciaActivo,
  },
] as const;

type Guardado = { id: number; version: number; cambio?: boolean };

const CAMPOS = [
  "codigo",
  "nombre",
  "regionalId",
  "generaAprovechamiento",
  "requiereRecursos",
  "activo",
] as const;

export interface PropsFormularioCentro {
  regionales: { id: number; codigo: string; nombre: string }[];
  valores: ValoresCentro;
  /** The running vigencia's year: the marks saved here reach it and the later ones. */
  anioEnCurso: number;
  /** Present when editing: the centro, the version loaded and its state before any change. */
  edicion?: { id: number; version: number; original: EstadoOriginal };
}

/**
 * Creates or edits a centro with the schema the server uses. On any refusal (a taken code, a save
 * made by someone else meanwhile, the deactivation rule) what the admin typed stays in the form.
 */
export function FormularioCentro(props: PropsFormularioCentro) {
  const router = useRouter();
  const [version, setVersion] = useState(props.edicion?.version);
  const [original, setOriginal] = useState(props.edicion?.original ?? null);
  const { aviso: mensaje, setAviso: setMensaje, ejecutar } = useAccion();
  const { register, handleSubmit, setError, control, formState } = useForm<
    ValoresCentro,
    unknown,
    DatosCentro
  >({
    resolver: zodResolver(datosCentroSchema),
    defaultValues: props.valores,
  });
  const { errors, isSubmitting } = formState;
  const [generaAprovechamiento, requiereRecursos, activo, regionalId] = useWatch({
    control,
    name: ["generaAprovechamiento", "requiereRecursos", "activo", "regionalId"],
  });
  const marcas = { generaAprovechamiento, requiereRecursos, activo };
  const anio = props.anioEnCurso;

  function guardar(datos: DatosCentro): Promise<ResultadoAccion<Guardado>> {
    if (!props.edicion || version === undefined) return crearCentro(datos);
    return editarCentro({ ...datos, id: props.edicion.id, version });
  }

  const enviar = handleSubmit(
    async (datos) => {
      const resultado = await ejecutar(() => guardar(datos), {
        exito: props.edicion
          ? (data) => (data.cambio === false ? "No había cambios que guardar." : "Cambios guardados.")
          : undefined,
        alRechazar: (errores) => marcarErroresDelServidor(setError, errores, CAMPOS),
      });
      if (!resultado.ok) return;
      if (!props.edicion) {
        router.push(`/admin/centros/${resultado.data.id}?creado=1`);
        return;
      }
      setVersion(resultado.data.version);
      if (original) setOriginal({ ...original, ...datos });
      router.refresh();
    },
    () => setMensaje({ tipo: "error", texto: "Revise los campos marcados: no se guardó nada." }),
  );

  return (
    <form noValidate onSubmit={enviar} className="space-y-5" aria-label="Datos del centro">
      <div className="sm:max-w-sm">
        <Campo
          id="codigo"
          etiqueta="Código"
          error={errors.codigo?.message}
          ayuda="Único. Letras sin tilde, números y guiones; se guarda en mayúsculas."
        >
          {(a) => <input {...a} {...register("codigo")} autoComplete="off" className={CLASE_ENTRADA} />}
        </Campo>
      </div>
      <Campo id="nombre" etiqueta="Nombre del centro" error={errors.nombre?.message}>
        {(a) => <input {...a} {...register("nombre")} autoComplete="off" className={CLASE_ENTRADA} />}
      </Campo>
      <div>
        <Campo id="regionalId" etiqueta="Regional" error={errors.regionalId?.message}>
          {(a) => (
            <select {...a} {...register("regionalId")} className={CLASE_ENTRADA}>
              <option value="">Seleccione…</option>
              {props.regionales.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.nombre} ({r.codigo})
                </option>
              ))}
            </select>
          )}
        </Campo>
        <ConsecuenciaRegional original={original} ahora={Number(regionalId)} />
      </div>
      <fieldset className="space-y-3" aria-describedby="alcance-marcas">
        <legend className="text-sm font-semibold text-slate-900">Obligaciones del centro</legend>
        <p id="alcance-marcas" className="text-sm text-slate-700">
          Estas marcas valen para {desdeLaVigencia(anio)}. Las vigencias anteriores conservan las que tenían;
          se corrigen una por una en «Por vigencia».
        </p>
        {MARCAS.map((marca) => (
          <Casilla
            key={marca.campo}
            id={marca.campo}
            etiqueta={marca.etiqueta}
            registro={register(marca.campo)}
            error={errors[marca.campo]?.message}
            ayuda={marca.ayuda}
          >
            <div aria-live="polite">
              {errors[marca.campo] ? null : (
                <marca.Consecuencia original={original} ahora={marcas[marca.campo]} anio={anio} />
              )}
            </div>
          </Casilla>
        ))}
      </fieldset>
      {mensaje ? <Aviso tipo={mensaje.tipo}>{mensaje.texto}</Aviso> : null}
      <div className="flex flex-wrap items-center gap-3">
        <BotonEnviar pendiente={isSubmitting} enviando="Guardando…">
          {props.edicion ? "Guardar cambios" : "Crear centro"}
        </BotonEnviar>
        <Link href="/admin/centros" className="py-2 font-medium text-sena-700 underline hover:text-sena-800">
          Volver a la lista
        </Link>
      </div>
    </form>
  );
}
