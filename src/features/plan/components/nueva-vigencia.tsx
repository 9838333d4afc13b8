"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { Aviso } from "@/components/ui/aviso";
import { marcarErroresDelServidor } from "@/components/ui/formulario";
import { useAccion } from "@/components/ui/use-accion";
import { crearVigencia } from "../actions";
import { nombrePorOmision } from "../reglas";
import { crearVigenciaSchema, type CrearVigenciaFormulario } from "../schemas";
import { BotonEnviar } from "@/components/ui/boton-enviar";

const NINGUNA = "";

/**
 * Creates a vigencia, by default copying the plan of the most recent one; on success the editor
 * of the new plan opens. The name follows the year until the user writes one of their own.
 */
export function NuevaVigencia(props: { vigencias: { id: number; anio: number; nombre: string }[] }) {
  const router = useRouter();
  const { aviso, setAviso, ejecutar } = useAccion();
  const ultima = props.vigencias[0];
  const anioSugerido = String((ultima?.anio ?? new Date().getFullYear() - 1) + 1);
  const form = useForm<CrearVigenciaFormulario, unknown, z.output<typeof crearVigenciaSchema>>({
    resolver: zodResolver(crearVigenciaSchema),
    defaultValues: {
      anio: anioSugerido,
      nombre: nombrePorOmision(Number(anioSugerido)),
      origenId: ultima?.id ?? null,
    },
  });
  const { register, formState, setValue, getValues, handleSubmit, setError: setErrorDeCampo } = form;
  const { errors, isSubmitting, dirtyFields } = formState;

  const enviar = handleSubmit(
    async () => {
      const resultado = await ejecutar(() => crearVigencia(getValues()), {
        alRechazar: (errores) =>
          marcarErroresDelServidor(setErrorDeCampo, errores, ["anio", "nombre", "origenId"]),
      });
      if (resultado.ok) router.push(`/admin/plan/${resultado.data.anio}`);
    },
    () => setAviso({ tipo: "error", texto: "Revise los campos marcados: no se creó la vigencia." }),
  );

  return (
    <form onSubmit={enviar} noValidate className="space-y-4" aria-labelledby="titulo-nueva-vigencia">
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr_1fr]">
        <Campo id="vigencia-anio" etiqueta="Año" error={errors.anio?.message}>
          {(a) => (
            <input
              {...a}
              {...register("anio", {
                onChange: (e) => {
                  if (!dirtyFields.nombre)
                    setValue("nombre", nombrePorOmision(Number(e.target.value.trim())));
                },
              })}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className={`${CLASE_ENTRADA} tabular-nums`}
            />
          )}
        </Campo>
        <Campo
          id="vigencia-nombre"
          etiqueta="Nombre"
          error={errors.nombre?.message}
          ayuda="Vacío: «Plan de Acción» y el año."
        >
          {(a) => (
            <input {...a} {...register("nombre")} type="text" autoComplete="off" className={CLASE_ENTRADA} />
          )}
        </Campo>
        <Campo
          id="vigencia-origen"
          etiqueta="Copiar el plan de"
          error={errors.origenId?.message}
          ayuda="Se copian temas, lineamientos, acciones, seguimientos y responsables; nunca reportes, evidencias ni metas."
        >
          {(a) => (
            <select
              {...a}
              {...register("origenId", {
                setValueAs: (v) => (v === NINGUNA || v === null ? null : Number(v)),
              })}
              className={CLASE_ENTRADA}
            >
              {props.vigencias.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.nombre}
                </option>
              ))}
              <option value={NINGUNA}>Ninguna: empezar con un plan vacío</option>
            </select>
          )}
        </Campo>
      </div>
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      <BotonEnviar pendiente={isSubmitting} enviando="Creando…">
        Crear vigencia
      </BotonEnviar>
    </form>
  );
}
