"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Aviso } from "@/components/ui/aviso";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { marcarErroresDelServidor } from "@/components/ui/formulario";
import { useAccion } from "@/components/ui/use-accion";
import { guardarConfiguracion } from "../actions";
import { configuracionSchema, type ConfiguracionFormulario } from "../schemas";
import { BotonEnviar } from "@/components/ui/boton-enviar";

export const DIAS_DE_LA_SEMANA = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"];

/** The settings that are a number of days, with what each one means. */
const DIAS = [
  {
    campo: "diasEscalamiento",
    etiqueta: "Informar a la coordinación con este atraso (días)",
    ayuda:
      "Al día siguiente del vencimiento se avisa al responsable; con este atraso, también a la coordinación.",
    minimo: 2,
  },
  {
    campo: "diasCorreccion",
    etiqueta: "Plazo para corregir un reporte devuelto (días)",
    ayuda: "Se cuenta desde la devolución.",
    minimo: 1,
  },
  {
    campo: "diasRevision",
    etiqueta: "Plazo para revisar un reporte enviado (días)",
    ayuda: "Se cuenta desde el envío.",
    minimo: 1,
  },
] as const;

const CAMPOS = [
  "diasAntes",
  "diasEscalamiento",
  "diasCorreccion",
  "diasRevision",
  "diaResumenSemanal",
] as const;

export function FormularioConfiguracion({ inicial }: { inicial: ConfiguracionFormulario }) {
  const [version, setVersion] = useState(Number(inicial.version));
  const { aviso, setAviso, pendiente, ejecutar } = useAccion();
  const { register, handleSubmit, getValues, setError, formState } = useForm<
    ConfiguracionFormulario,
    unknown,
    z.output<typeof configuracionSchema>
  >({
    resolver: zodResolver(configuracionSchema),
    defaultValues: inicial,
  });
  const { errors } = formState;
  const error = (campo: (typeof CAMPOS)[number]) => errors[campo]?.message;

  const enviar = handleSubmit(
    async () => {
      // What the user typed goes to the server, which checks it with the same schema.
      const resultado = await ejecutar(() => guardarConfiguracion({ ...getValues(), version }), {
        exito: "Se guardó la configuración. Los plazos ya dados conservan su fecha.",
        alRechazar: (e) => marcarErroresDelServidor(setError, e, CAMPOS),
      });
      if (resultado.ok) setVersion(resultado.data.version);
    },
    () => setAviso({ tipo: "error", texto: "Revise los campos marcados: no se guardó nada." }),
  );

  return (
    <form
      noValidate
      onSubmit={enviar}
      aria-label="Configuración de recordatorios"
      className="max-w-xl space-y-5"
    >
      <Campo
        id="diasAntes"
        etiqueta="Recordar antes de la fecha límite (días)"
        ayuda="Separados por comas, por ejemplo 7, 1. Solo a quien no ha enviado su reporte."
        error={error("diasAntes")}
      >
        {(a) => <input {...a} {...register("diasAntes")} inputMode="numeric" className={CLASE_ENTRADA} />}
      </Campo>
      {DIAS.map((d) => (
        <Campo key={d.campo} id={d.campo} etiqueta={d.etiqueta} ayuda={d.ayuda} error={error(d.campo)}>
          {(a) => (
            <input
              {...a}
              {...register(d.campo)}
              type="number"
              min={d.minimo}
              max={90}
              className={CLASE_ENTRADA}
            />
          )}
        </Campo>
      ))}
      <Campo
        id="diaResumenSemanal"
        etiqueta="Día del resumen semanal"
        ayuda="Para la coordinación y los administradores: centros atrasados por regional."
        error={error("diaResumenSemanal")}
      >
        {(a) => (
          <select {...a} {...register("diaResumenSemanal")} className={CLASE_ENTRADA}>
            {DIAS_DE_LA_SEMANA.map((dia, i) => (
              <option key={dia} value={i + 1}>
                {dia}
              </option>
            ))}
          </select>
        )}
      </Campo>
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      <BotonEnviar pendiente={pendiente} enviando="Guardando…">
        Guardar configuración
      </BotonEnviar>
    </form>
  );
}
