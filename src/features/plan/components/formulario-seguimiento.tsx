"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch, type Path } from "react-hook-form";
import { Campo, CLASE_ENTRADA } from "@/components/ui/campo";
import { Alcance, Herramienta, Obligados, Periodicidad, TipoReporte } from "@/generated/prisma/enums";
import {
  NOMBRE_ALCANCE,
  NOMBRE_HERRAMIENTA,
  NOMBRE_OBLIGADOS,
  NOMBRE_PERIODICIDAD,
  NOMBRE_TIPO_REPORTE,
} from "@/lib/etiquetas";
import { Aviso } from "@/components/ui/aviso";
import type { ResultadoAccion } from "@/server/operacion";
import { crearSeguimiento, editarSeguimiento } from "../actions";
import { declaracionDelTipo, tipoReporteDeClave } from "../declaraciones-2020";
import { explicarCombinacion } from "../reglas";
import {
  crearSeguimientoSchema,
  editarSeguimientoSchema,
  type CamposDeSeguimiento,
  type CrearSeguimiento,
  type EditarSeguimiento,
} from "../schemas";
import { Candado } from "./candado";
import { plantillaDelTipo } from "./conteos";
import { CRECE_CON_EL_TEXTO } from "./estilos";
import { Responsables } from "./responsables";
import { useGuardado } from "./use-guardado";
import { BotonEnviar } from "@/components/ui/boton-enviar";

type Props =
  | { modo: "crear"; idBase: string; valores: CrearSeguimiento; clavesEnUso: string[] }
  | {
      modo: "editar";
      idBase: string;
      valores: EditarSeguimiento;
      clavesEnUso: string[];
      reportes: number;
    };

const AYUDA_DIAS =
  "Días calendario después del cierre de cada periodo. Cambiarlo mueve la fecha límite de todos los " +
  "periodos, también la oportunidad de los reportes ya enviados.";

function mensajeDeBloqueo(reportes: number): string {
  const cuantos = reportes === 1 ? "un reporte" : `${reportes.toLocaleString("es-CO")} reportes`;
  return (
    `Clave, periodicidad y alcance bloqueados: este seguimiento ya tiene ${cuantos} ` +
    "(contando borradores), que perderían su seguimiento, sus periodos o quién los presenta."
  );
}

/** A field that can no longer change, shown as its value; the reason is given once, above. */
function Bloqueado(props: { etiqueta: string; valor: string; id: string; idMotivo: string }) {
  return (
    <div>
      <p id={`${props.id}-etiqueta`} className="block text-sm font-medium text-slate-800">
        {props.etiqueta}
      </p>
      <p
        id={props.id}
        aria-labelledby={`${props.id}-etiqueta ${props.id}`}
        aria-describedby={props.idMotivo}
        className="mt-1 rounded-md border border-slate-300 bg-slate-100 px-3 py-2 text-slate-900"
      >
        <Candado />
        {props.valor}
      </p>
    </div>
  );
}

/** A seguimiento with its responsables, saved together; once it has reports, its kind is locked. */
export function FormularioSeguimiento(props: Props) {
  const form = useForm<CamposDeSeguimiento>({
    resolver: zodResolver(
      (props.modo === "crear" ? crearSeguimientoSchema : editarSeguimientoSchema) as never,
    ),
    defaultValues: props.valores,
  });
  const { register, formState, setValue, control } = form;
  const { errors, isSubmitting } = formState;
  const clave = useWatch({ control, name: "clave" });
  const campos = useWatch({ control, name: "campos" });
  const tipo = tipoReporteDeClave(clave);
  const accion: (input: unknown) => Promise<ResultadoAccion<{ id: number } | { version: number }>> =
    props.modo === "crear" ? crearSeguimiento : editarSeguimiento;
  const { enviar, aviso } = useGuardado(form, accion, (data, valores) => {
    if ("version" in data) {
      form.reset({ ...valores, version: data.version } as CamposDeSeguimiento);
      return "Seguimiento guardado.";
    }
    form.reset(props.valores);
    window.history.replaceState(null, "", `#seguimiento-${data.id}`);
    return "Seguimiento agregado.";
  });
  const bloqueo = props.modo === "editar" && props.reportes > 0 ? mensajeDeBloqueo(props.reportes) : null;
  const id = (campo: string) => `${props.idBase}-${campo}`;
  const error = (campo: Path<CamposDeSeguimiento>) => {
    const mensaje = (errors as Record<string, { message?: unknown } | undefined>)[campo]?.message;
    return typeof mensaje === "string" ? mensaje : undefined;
  };

  const alElegirFormulario = (nuevo: TipoReporte) => {
    for (const [campo, valor] of Object.entries(plantillaDelTipo(nuevo))) {
      setValue(campo as Path<CamposDeSeguimiento>, valor as never);
    }
  };

  return (
    <form onSubmit={enviar} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Campo id={id("herramienta")} etiqueta="Herramienta" error={error("herramienta")}>
          {(a) => (
            <select {...a} {...register("herramienta")} className={CLASE_ENTRADA}>
              {Object.values(Herramienta).map((h) => (
                <option key={h} value={h}>
                  {NOMBRE_HERRAMIENTA[h]}
                </option>
              ))}
            </select>
          )}
        </Campo>
        {bloqueo ? (
          <>
            <p id={id("motivo-bloqueo")} className="text-sm text-slate-700 sm:col-span-2">
              <Candado />
              {bloqueo}
            </p>
            {(
              [
                ["clave", "Clave", props.valores.clave],
                ["periodicidad", "Periodicidad", NOMBRE_PERIODICIDAD[props.valores.periodicidad]],
                ["alcance", "Alcance", NOMBRE_ALCANCE[props.valores.alcance]],
              ] as const
            ).map(([campo, etiqueta, valor]) => (
              <Bloqueado
                key={campo}
                id={id(campo)}
                etiqueta={etiqueta}
                valor={valor}
                idMotivo={id("motivo-bloqueo")}
              />
            ))}
          </>
        ) : (
          <>
            {props.modo === "crear" ? (
              <Campo
                id={id("formulario")}
                etiqueta="Formulario"
                ayuda={tipo ? explicarCombinacion(tipo) : undefined}
              >
                {(a) => (
                  <select
                    {...a}
                    value={tipo ?? ""}
                    onChange={(e) => alElegirFormulario(e.target.value as TipoReporte)}
                    className={CLASE_ENTRADA}
                  >
                    {Object.values(TipoReporte).map((t) => {
                      const enUso = props.clavesEnUso.includes(declaracionDelTipo(t).clave);
                      return (
                        <option key={t} value={t} disabled={enUso}>
                          {NOMBRE_TIPO_REPORTE[t]}
                          {enUso ? " (ya tiene seguimiento en la vigencia)" : ""}
                        </option>
                      );
                    })}
                  </select>
                )}
              </Campo>
            ) : (
              <Campo id={id("clave")} etiqueta="Clave" error={error("clave")}>
                {(a) => <input {...a} {...register("clave")} autoComplete="off" className={CLASE_ENTRADA} />}
              </Campo>
            )}
            <Campo id={id("periodicidad")} etiqueta="Periodicidad" error={error("periodicidad")}>
              {(a) => (
                <select {...a} {...register("periodicidad")} className={CLASE_ENTRADA}>
                  {Object.values(Periodicidad).map((p) => (
                    <option key={p} value={p}>
                      {NOMBRE_PERIODICIDAD[p]}
                    </option>
                  ))}
                </select>
              )}
            </Campo>
            <Campo id={id("alcance")} etiqueta="Alcance" error={error("alcance")}>
              {(a) => (
                <select {...a} {...register("alcance")} className={CLASE_ENTRADA}>
                  {Object.values(Alcance).map((al) => (
                    <option key={al} value={al}>
                      {NOMBRE_ALCANCE[al]}
                    </option>
                  ))}
                </select>
              )}
            </Campo>
          </>
        )}
        <Campo
          id={id("nombre")}
          etiqueta="Nombre del seguimiento"
          error={error("nombre")}
          ayuda={`Su formulario tiene ${campos.length === 1 ? "1 campo" : `${campos.length} campos`}.`}
        >
          {(a) => <input {...a} {...register("nombre")} autoComplete="off" className={CLASE_ENTRADA} />}
        </Campo>
        <Campo
          id={id("obligados")}
          etiqueta="Centros obligados"
          error={error("obligados")}
          ayuda="Para seguimientos por centro, según las marcas de cada centro en la vigencia."
        >
          {(a) => (
            <select {...a} {...register("obligados")} className={CLASE_ENTRADA}>
              {Object.values(Obligados).map((o) => (
                <option key={o} value={o}>
                  {NOMBRE_OBLIGADOS[o]}
                </option>
              ))}
            </select>
          )}
        </Campo>
        <Campo
          id={id("diasOportunidad")}
          etiqueta="Días de oportunidad"
          error={error("diasOportunidad")}
          ayuda={AYUDA_DIAS}
        >
          {(a) => (
            <input
              {...a}
              {...register("diasOportunidad")}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className={`${CLASE_ENTRADA} text-right tabular-nums sm:max-w-[8rem]`}
            />
          )}
        </Campo>
      </div>
      <Campo
        id={id("observacion")}
        etiqueta="Observación (qué evidencia se espera)"
        error={error("observacion")}
      >
        {(a) => (
          <textarea
            {...a}
            {...register("observacion")}
            rows={3}
            className={`${CLASE_ENTRADA} ${CRECE_CON_EL_TEXTO}`}
          />
        )}
      </Campo>
      <Responsables form={form} idBase={props.idBase} />
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
      <BotonEnviar pendiente={isSubmitting} enviando="Guardando…">
        {props.modo === "crear" ? "Agregar seguimiento" : "Guardar seguimiento"}
      </BotonEnviar>
    </form>
  );
}
