"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { Aviso } from "@/components/ui/aviso";
import type { ResultadoAccion } from "@/server/operacion";
import * as acciones from "../actions";
import {
  crearAccionSchema,
  crearLineamientoSchema,
  crearTemaSchema,
  editarAccionSchema,
  editarLineamientoSchema,
  editarTemaSchema,
} from "../schemas";
import { CRECE_CON_EL_TEXTO } from "./estilos";
import { useGuardado } from "./use-guardado";
import { BotonEnviar } from "@/components/ui/boton-enviar";

interface CampoDeTexto {
  nombre: string;
  etiqueta: string;
  /** Rows of the textarea; a one-line input when absent. */
  filas?: number;
  ayuda?: string;
}

const CAMPOS_TEMA: CampoDeTexto[] = [
  {
    nombre: "codigo",
    etiqueta: "Código",
    ayuda: "Números separados por puntos, como en el documento: 2.1.4.1.",
  },
  { nombre: "nombre", etiqueta: "Nombre del tema", filas: 2 },
];
const CAMPOS_LINEAMIENTO: CampoDeTexto[] = [{ nombre: "texto", etiqueta: "Texto del lineamiento", filas: 4 }];
const CAMPOS_ACCION: CampoDeTexto[] = [
  { nombre: "texto", etiqueta: "Acción", filas: 4 },
  { nombre: "resultadoEsperado", etiqueta: "Resultado esperado", filas: 4 },
];

type Resultado = ResultadoAccion<{ id: number } | { version: number }>;

interface Configuracion {
  schema: z.ZodType;
  accion: (input: unknown) => Promise<Resultado>;
  campos: CampoDeTexto[];
  boton: string;
  exito: string;
  /** For creation: the anchor of the new node, which opens it once the page shows it. */
  ancla?: (id: number) => string;
}

const CONFIGURACION = {
  "crear-tema": {
    schema: crearTemaSchema,
    accion: acciones.crearTema,
    campos: CAMPOS_TEMA,
    boton: "Agregar tema",
    exito: "Tema agregado al final del plan.",
    ancla: (id) => `tema-${id}`,
  },
  "editar-tema": {
    schema: editarTemaSchema,
    accion: acciones.editarTema,
    campos: CAMPOS_TEMA,
    boton: "Guardar tema",
    exito: "Tema guardado.",
  },
  "crear-lineamiento": {
    schema: crearLineamientoSchema,
    accion: acciones.crearLineamiento,
    campos: CAMPOS_LINEAMIENTO,
    boton: "Agregar lineamiento",
    exito: "Lineamiento agregado al final del tema.",
    ancla: (id) => `lineamiento-${id}`,
  },
  "editar-lineamiento": {
    schema: editarLineamientoSchema,
    accion: acciones.editarLineamiento,
    campos: CAMPOS_LINEAMIENTO,
    boton: "Guardar lineamiento",
    exito: "Lineamiento guardado.",
  },
  "crear-accion": {
    schema: crearAccionSchema,
    accion: acciones.crearAccion,
    campos: CAMPOS_ACCION,
    boton: "Agregar acción",
    exito: "Acción agregada al final del lineamiento.",
    ancla: (id) => `accion-${id}`,
  },
  "editar-accion": {
    schema: editarAccionSchema,
    accion: acciones.editarAccion,
    campos: CAMPOS_ACCION,
    boton: "Guardar acción",
    exito: "Acción guardada.",
  },
} satisfies Record<string, Configuracion>;

export type TipoDeFormulario = keyof typeof CONFIGURACION;

function mensajeDe(errores: FieldValues, campo: string): string | undefined {
  const mensaje: unknown = errores[campo]?.message;
  return typeof mensaje === "string" ? mensaje : undefined;
}

/**
 * The form of a tema, lineamiento or acción, to edit it or to add one. `valores` carries the ids
 * and the version read along with the texts, as the server expects them.
 */
export function FormularioTextos(props: { tipo: TipoDeFormulario; idBase: string; valores: FieldValues }) {
  const config: Configuracion = CONFIGURACION[props.tipo];
  const form = useForm<FieldValues>({
    resolver: zodResolver(config.schema as never),
    defaultValues: props.valores,
  });
  const { enviar, aviso } = useGuardado(form, config.accion, (data, valores) => {
    if ("version" in data) {
      form.reset({ ...valores, version: data.version });
    } else {
      form.reset(props.valores);
      if (config.ancla) window.history.replaceState(null, "", `#${config.ancla(data.id)}`);
    }
    return config.exito;
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={enviar} noValidate className="space-y-3">
      {config.campos.map((campo) => (
        <Campo
          key={campo.nombre}
          id={`${props.idBase}-${campo.nombre}`}
          etiqueta={campo.etiqueta}
          ayuda={campo.ayuda}
          error={mensajeDe(errors, campo.nombre)}
        >
          {(atributos) =>
            campo.filas ? (
              <textarea
                {...atributos}
                {...form.register(campo.nombre)}
                rows={campo.filas}
                className={`${CLASE_ENTRADA} ${CRECE_CON_EL_TEXTO}`}
              />
            ) : (
              <input
                {...atributos}
                {...form.register(campo.nombre)}
                type="text"
                autoComplete="off"
                className={`${CLASE_ENTRADA} sm:max-w-xs`}
              />
            )
          }
        </Campo>
      ))}
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      <BotonEnviar pendiente={isSubmitting} enviando="Guardando…">
        {config.boton}
      </BotonEnviar>
    </form>
  );
}
