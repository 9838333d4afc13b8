"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { marcarErroresDelServidor } from "@/components/ui/formulario";
import { useAccion } from "@/components/ui/use-accion";
import { crearUsuario } from "../actions";
import type { RegionalConCentros } from "../queries";
import { crearUsuarioSchema, type UsuarioNuevo, type UsuarioNuevoDelFormulario } from "../schemas";
import { AvisoFormulario } from "./aviso-de-formulario";
import { CamposDeCuenta } from "./campos-de-cuenta";
import { ClaveEntregada } from "./clave-entregada";
import { BotonEnviar } from "@/components/ui/boton-enviar";

const VACIO: UsuarioNuevoDelFormulario = { email: "", nombre: "", rol: "", centroId: "" };
const CAMPOS = ["email", "nombre", "rol", "centroId"] as const;

type Creado = { usuarioId: number; email: string; nombre: string; claveTemporal: string };

export function FormularioNuevoUsuario({ regionales }: { regionales: RegionalConCentros[] }) {
  const [creado, setCreado] = useState<Creado | null>(null);
  const { aviso, setAviso, ejecutar } = useAccion();
  const { register, handleSubmit, getValues, setValue, setError, reset, control, formState } = useForm<
    UsuarioNuevoDelFormulario,
    unknown,
    UsuarioNuevo
  >({ resolver: zodResolver(crearUsuarioSchema), defaultValues: VACIO });
  const { errors, isSubmitting } = formState;
  const esSubdirector = useWatch({ control, name: "rol" }) === "SUBDIRECTOR";

  const enviar = handleSubmit(
    async () => {
      const resultado = await ejecutar(() => crearUsuario(getValues()), {
        alRechazar: (errores) => marcarErroresDelServidor(setError, errores, CAMPOS),
      });
      if (resultado.ok) setCreado(resultado.data);
    },
    () => setAviso({ tipo: "error", texto: "Revise los campos marcados: no se creó la cuenta." }),
  );

  if (creado) {
    return (
      <div className="space-y-4">
        <ClaveEntregada
          titulo="Cuenta creada"
          nombre={creado.nombre}
          email={creado.email}
          clave={creado.claveTemporal}
        />
        <div className="flex flex-wrap gap-3">
          <Link
            href={`/admin/usuarios/${creado.usuarioId}`}
            className="rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50"
          >
            Ver la cuenta
          </Link>
          <button
            type="button"
            onClick={() => {
              reset(VACIO);
              setAviso(null);
              setCreado(null);
            }}
            className="rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800"
          >
            Crear otro usuario
          </button>
        </div>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={enviar} className="max-w-xl space-y-5" aria-label="Datos de la cuenta nueva">
      <AvisoFormulario aviso={aviso} />
      <Campo
        id="email"
        etiqueta="Correo electrónico"
        error={errors.email?.message}
        ayuda="Con él ingresará. Se guarda en minúsculas."
      >
        {(atributos) => (
          <input
            {...atributos}
            {...register("email")}
            type="email"
            autoComplete="off"
            className={CLASE_ENTRADA}
          />
        )}
      </Campo>
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
        regionales={regionales}
      />
      <p className="text-sm text-slate-700">
        Al crear la cuenta se genera una contraseña temporal que verá una sola vez para entregarla.
      </p>
      <BotonEnviar pendiente={isSubmitting} enviando="Creando…">
        Crear usuario
      </BotonEnviar>
    </form>
  );
}
