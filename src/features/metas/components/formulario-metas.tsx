"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, type Path } from "react-hook-form";
import { marcarErroresDelServidor } from "@/components/ui/formulario";
import { useAccion } from "@/components/ui/use-accion";
import { Aviso } from "@/components/ui/aviso";
import { formatearCop } from "@/lib/dinero";
import { textoDeMeta } from "@/lib/metas";
import { guardarMetas } from "../actions";
import type { SemestreDeMetas } from "../queries";
import { guardarMetasSchema, type MetasDelFormulario, type MetasValidadas } from "../schemas";
import { CampoMeta } from "./campo-meta";
import { SumaEnVivo } from "./suma-en-vivo";
import { FilaDeMeta, TablaDeSemestre } from "./tabla-de-semestre";
import { BotonEnviar } from "@/components/ui/boton-enviar";

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

/** The fields whose server errors go next to them: the national meta and each regional one. */
function camposDelFormulario(semestre: SemestreDeMetas): Path<MetasDelFormulario>[] {
  return ["nacional", ...semestre.regionales.map((_, i) => `regionales.${i}.monto` as const)];
}

export function FormularioMetas({ vigenciaId, semestre }: { vigenciaId: number; semestre: SemestreDeMetas }) {
  const router = useRouter();
  const { aviso, setAviso, ejecutar } = useAccion();
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
      const resultado = await ejecutar(() => guardarMetas(getValues()), {
        exito: ({ nacional }) =>
          `Metas del ${nombre} guardadas: ${nacional === null ? "queda sin meta nacional" : `meta nacional ${formatearCop(nacional)}`}.`,
        alRechazar: (errores) => marcarErroresDelServidor(setError, errores, camposDelFormulario(semestre)),
      });
      if (!resultado.ok) return;
      reset({ ...getValues(), huella: resultado.data.huella });
      router.refresh();
    },
    () => setAviso({ tipo: "error", texto: "Revise los montos marcados: no se guardó nada." }),
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
      {aviso ? <Aviso tipo={aviso.tipo}>{aviso.texto}</Aviso> : null}
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
      <BotonEnviar
        pendiente={isSubmitting}
        enviando="Guardando…"
      >{`Guardar metas del ${nombre}`}</BotonEnviar>
    </form>
  );
}
