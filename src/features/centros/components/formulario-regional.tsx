"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { marcarErroresDelServidor } from "@/components/ui/formulario";
import { Aviso } from "@/components/ui/aviso";
import { useAccion } from "@/components/ui/use-accion";
import { crearRegional, editarRegional } from "../actions";
import { datosRegionalSchema, type DatosRegional, type ValoresRegional } from "../schemas";
import { BotonEnviar } from "@/components/ui/boton-enviar";

/**
 * Creates or edits a regional. When editing, the version it loaded travels with the save, so a
 * change made meanwhile by someone else is refused on the server instead of overwritten.
 */
export function FormularioRegional(props: {
  edicion?: { id: number; version: number; valores: DatosRegional };
}) {
  const router = useRouter();
  const [version, setVersion] = useState(props.edicion?.version);
  const { aviso: mensaje, setAviso: setMensaje, ejecutar } = useAccion();
  const { register, handleSubmit, setError, formState } = useForm<ValoresRegional, unknown, DatosRegional>({
    resolver: zodResolver(datosRegionalSchema),
    defaultValues: props.edicion?.valores ?? { codigo: "", nombre: "" },
  });
  const { errors, isSubmitting } = formState;

  const enviar = handleSubmit(
    async (datos) => {
      const { edicion } = props;
      const resultado = await ejecutar(
        () =>
          edicion && version !== undefined
            ? editarRegional({ ...datos, id: edicion.id, version })
            : crearRegional(datos),
        {
          exito: edicion ? "Cambios guardados." : undefined,
          alRechazar: (errores) => marcarErroresDelServidor(setError, errores, ["codigo", "nombre"]),
        },
      );
      if (!resultado.ok) return;
      if (!edicion) {
        router.push(`/admin/centros/regionales?creada=${resultado.data.id}`);
        return;
      }
      setVersion(resultado.data.version);
      router.refresh();
    },
    () => setMensaje({ tipo: "error", texto: "Revise los campos marcados: no se guardó nada." }),
  );

  return (
    <form noValidate onSubmit={enviar} className="space-y-5" aria-label="Datos de la regional">
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <Campo
          id="codigo"
          etiqueta="Código"
          error={errors.codigo?.message}
          ayuda="Único; para las regionales, el código DANE del departamento."
        >
          {(a) => <input {...a} {...register("codigo")} autoComplete="off" className={CLASE_ENTRADA} />}
        </Campo>
        <Campo
          id="nombre"
          etiqueta="Nombre de la regional"
          error={errors.nombre?.message}
          ayuda="Único, aunque se escriba con otras tildes o mayúsculas: la importación de centros lo reconoce así."
        >
          {(a) => <input {...a} {...register("nombre")} autoComplete="off" className={CLASE_ENTRADA} />}
        </Campo>
      </div>
      {mensaje ? <Aviso tipo={mensaje.tipo}>{mensaje.texto}</Aviso> : null}
      <div className="flex flex-wrap items-center gap-3">
        <BotonEnviar pendiente={isSubmitting} enviando="Guardando…">
          {props.edicion ? "Guardar cambios" : "Crear regional"}
        </BotonEnviar>
        <Link
          href="/admin/centros/regionales"
          className="py-2 font-medium text-sena-700 underline hover:text-sena-800"
        >
          Volver a las regionales
        </Link>
      </div>
    </form>
  );
}
