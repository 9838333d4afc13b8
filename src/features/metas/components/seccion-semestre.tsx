import type { SemestreDeMetas } from "../queries";
import { EstadoMetaNacional } from "./estado-meta-nacional";
import { FormularioMetas } from "./formulario-metas";
import { TablaMetas } from "./tabla-metas";

/** One semester: its national goal and the regional goals, editable only for those who may. */
export function SeccionSemestre(props: { vigenciaId: number; semestre: SemestreDeMetas; editable: boolean }) {
  const { codigo, etiqueta } = props.semestre.periodo;
  return (
    <section aria-labelledby={`titulo-${codigo}`} className="space-y-3">
      <h2 id={`titulo-${codigo}`} className="text-xl font-semibold text-slate-900">
        {etiqueta}
      </h2>
      <EstadoMetaNacional consistencia={props.semestre.consistencia} testId={`nacional-${codigo}`} />
      {props.editable ? (
        <FormularioMetas vigenciaId={props.vigenciaId} semestre={props.semestre} />
      ) : (
        <TablaMetas semestre={props.semestre} />
      )}
    </section>
  );
}
