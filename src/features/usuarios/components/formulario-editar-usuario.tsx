"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useForm, useWatch } from "react-hook-form";
import { marcarErroresDelServidor } from "@/components/ui/formulario";
import { useAccion } from "@/components/ui/use-accion";
import { Casilla } from "@/components/ui/casilla";
import { editarUsuario } from "../actions";
import type { RegionalConCentros } from "../queries";
import { editarUsuarioSchema, type EdicionDelFormulario, type EdicionValidada } from "../schemas";
import { AvisoFormulario } from "./aviso-de-formulario";
import { CamposDeCuenta } from "./campos-de-cuenta";
import { BotonEnviar } from "@/components/ui/boton-enviar";

const CAMPOS = ["nombre", "rol", "centroId", "activo"] as const;

/**
 * Name, role, centro and whether the account is active. The version it loaded travels with every
 * save; a refusal (stale version, guard rail, invalid field) leaves everything typed in place.
 */
export function FormularioEditarUsuario(props: {
  valores: EdicionDelFormulario;
  regionales: RegionalConCentros[];
  esUstedMismo: boolean;
}) {
  const router = useRouter();
  const { aviso, setAviso, ejecutar } = useAccion();
  const { register, handleSubmit, getValues, setValue, setError, reset, control, formState } = useForm<
    EdicionDelFormulario,
    unknown,
    EdicionValidada
  >({ resolver: zodResolver(editarUsuarioSchema), defaultValues: props.valores });
  const { errors, isSubmitting, isDirty } = formState;
  const esSubdirector = useWatch({ control, name: "rol" }) === "SUBDIRECTOR";

  // The account changed under an untouched form (its password was reset on this page, say): take
  // the new version and values. Once the user typed, a stale version stays, and saving says so.
  useEffect(() => {
    if (!isDirty) reset(props.valores);
  }, [props.valores.version]); // eslint-disable-line react-hooks/exhaustive-deps

  const enviar = handleSubmit(
    async () => {
      const resultado = await ejecutar(() => editarUsuario(getValues()), {
        exito: ({ cambio }) => (cambio ? "Cambios guardados." : "No había cambios que guardar."),
        alRechazar: (errores) => marcarErroresDelServidor(setError, errores, CAMPOS),
      });
      if (!resultado.ok) return;
      reset({ ...getValues(), version: resultado.data.version });
      router.refresh();
    },
    () => setAviso({ tipo: "error", texto: "Revise los campos marcados: no se guardó nada." }),
  );

  return (
    <form noValidate onSubmit={enviar} className="max-w-xl space-y-5" aria-label="Datos de la cuenta">
      <AvisoFormulario aviso={aviso} />
      <CamposDeCuenta
        nombre={register("nombre")}
        rol={register("rol")}
        centro={register("centroId")}
        quitarCentro={() => setValue("centroId", "")}
        errores={{
          nombre: errors.nombre?.message,
          rol: errors.rol?.message,
          centroId: errors.centroId?.message,
        }}
        esSubdirector={esSubdirector}
        regionales={props.regionales}
        ayudaRol={
          props.esUstedMismo ? "Es su propia cuenta: no puede quitarse el rol de administrador." : undefined
        }
      />
      <Casilla
        id="activo"
        etiqueta="Cuenta activa"
        registro={register("activo")}
        error={errors.activo?.message}
        ayuda={
          props.esUstedMismo
            ? "Es su propia cuenta: no puede desactivarla."
            : "Una cuenta inactiva no puede ingresar ni hacer nada; sus reportes y su historial se conservan."
        }
      />
      <BotonEnviar pendiente={isSubmitting} enviando="Guardando…">
        Guardar cambios
      </BotonEnviar>
    </form>
  );
}
