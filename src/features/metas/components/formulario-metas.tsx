"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { formatearCop } from "@/lib/dinero";
import { textoDeMeta } from "@/lib/metas";
import { guardarMetas } from "../actions";
import type { SemestreDeMetas } from "../queries";
import { guardarMetasSchema, type MetasDelFormulario, type MetasValidadas } from "../schemas";
import { CampoMeta } from "./campo-meta";
import { SumaEnVivo } from "./suma-en-vivo";
import { FilaDeMeta, TablaDeSemestre } from "./tabla-de-semestre";

type Aviso = { tono: "exito" | "error"; texto: string } | null;

function valoresIniciales(vigenciaId: number, semestre: SemestreDeMetas): MetasDelFormulario {
  return {
    vigenciaId,
    periodo: semestre.periodo.codigo,
    huella: semestre.huella,
    // With regional goals the national one is their sum: left empty, it is computed again on save.
    nacional: semestre.consistencia.tipo === "SOLO_NACIONAL" ? textoDeMeta(semestre.nacional) : "",
    regionales: semestre.regionales.map((r) => ({ regionalId: r.id, monto: textoDeMeta(r.monto) })),
  };
}

function esCampoDelFormulario(campo: string): campo is Path<MetasDelFormulario> {
  return campo === "nacional" || /^regionales\.\d+\.monto$/.test(campo);
}

export function FormularioMetas({ vigenciaId, semestre }: { vigenciaId: number; semestre: SemestreDeMetas }) {
  const router = useRouter();
  const [aviso, setAviso] = useState<Aviso>(null);
  const { register, handleSubmit, getValues, setError, reset, control, formState } = useForm<
    MetasDelFormulario,
    unknown,
    MetasValidadas
  >({ resolver: zodResolver(guardarMetasSchema), defaultValues: valoresIniciales(vigenciaId, semestre) });
  const { errors, isSubmitting } = formState;
  const periodo = semestre.periodo.codigo;
  const nombre = semestre.periodo.etiqueta.toLowerCase();

  const enviar = handleSubmit(
    async () => {
      setAviso(null);
      const resultado = await guardarMetas(getValues());
      if (!resultado.ok) {
        for (const [campo, mensajes] of Object.entries(resultado.fieldErrors ?? {})) {
          if (esCampoDelFormulario(campo)) setError(campo, { type: "server", message: mensajes[0] });
        }
        setAviso({ tono: "error", texto: resultado.message });
        return;
      }
      reset({ ...getValues(), huella: resultado.data.huella });
      const { nacional } = resultado.data;
      const total = nacional === null ? "queda sin meta nacional" : `meta nacional ${formatearCop(nacional)}`;
      setAviso({ tono: "exito", texto: `Metas del ${nombre} guardadas: ${total}.` });
      router.refresh();
    },
    () => setAviso({ tono: "error", texto: "Revise los montos marcados: no se guardó nada." }),
  );

  const pie = (
    <>
      <FilaDeMeta encabezado="Suma de las metas regionales">
        <SumaEnVivo control={control} testId={`suma-${periodo}`} />
      </FilaDeMeta>
      <FilaDeMeta
        encabezado={
          <>
            <label htmlFor={`meta-${periodo}-nacional`}>Meta nacional</label>
            <p id={`ayuda-${periodo}-nacional`} className="mt-1 max-w-md text-xs font-normal text-slate-600">
              Con metas regionales, la meta nacional es su suma y se calcula al guardar; si escribe un total
              de control, debe coincidir. Sin metas regionales, escriba aquí la meta nacional.
            </p>
          </>
        }
      >
        <CampoMeta
          id={`meta-${periodo}-nacional`}
          registro={register("nacional")}
          error={errors.nacional?.message}
          ayudaId={`ayuda-${periodo}-nacional`}
        />
      </FilaDeMeta>
    </>
  );

  return (
    <form onSubmit={enviar} noValidate className="space-y-4">
      {aviso ? (
        <p
          role={aviso.tono === "error" ? "alert" : "status"}
          className={`rounded-md border px-3 py-2 text-sm ${aviso.tono === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-900"}`}
        >
          {aviso.texto}
        </p>
      ) : null}
      <TablaDeSemestre etiqueta={semestre.periodo.etiqueta} pie={pie}>
        {semestre.regionales.map((r, i) => (
          <FilaDeMeta key={r.id} encabezado={<label htmlFor={`meta-${periodo}-${r.id}`}>{r.nombre}</label>}>
            <CampoMeta
              id={`meta-${periodo}-${r.id}`}
              registro={register(`regionales.${i}.monto`)}
              error={errors.regionales?.[i]?.monto?.message}
            />
          </FilaDeMeta>
        ))}
      </TablaDeSemestre>
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded-md bg-sena-700 px-4 py-2.5 font-semibold text-white hover:bg-sena-800 disabled:opacity-60"
      >
        {isSubmitting ? "Guardando…" : `Guardar metas del ${nombre}`}
      </button>
    </form>
  );
}
