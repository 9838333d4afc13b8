import type { PlanEditable, TemaEditable } from "../queries";
import { Agregar } from "./agregar";
import { Anuncios } from "./anuncios";
import { BotonEliminar } from "./boton-eliminar";
import { bloqueoDeEliminacion, plural, seguimientosDe, clavesEnUso } from "./conteos";
import { Desplegable } from "./desplegable";
import { FormularioTextos } from "./formulario-textos";
import { NodoLineamiento } from "./nodo-lineamiento";
import { ReglasDeEdicion } from "./reglas-de-edicion";

function NodoTema(props: { vigenciaId: number; tema: TemaEditable; enUso: string[] }) {
  const { vigenciaId, tema: t } = props;
  const seguimientos = seguimientosDe(t).length;
  return (
    <Desplegable
      id={`tema-${t.id}`}
      className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4"
      resumen={
        <h2 className="text-lg font-bold text-sena-800">
          {t.codigo} {t.nombre}
          <span className="block text-sm font-normal text-slate-600">
            {plural(t.lineamientos.length, "lineamiento", "lineamientos")} ·{" "}
            {plural(seguimientos, "seguimiento", "seguimientos")}
          </span>
        </h2>
      }
    >
      <div className="mt-4 space-y-4">
        <FormularioTextos
          tipo="editar-tema"
          idBase={`tema-${t.id}-editar`}
          valores={{ vigenciaId, temaId: t.id, version: t.version, codigo: t.codigo, nombre: t.nombre }}
        />
        <BotonEliminar
          tipo="tema"
          valores={{ vigenciaId, temaId: t.id, version: t.version }}
          descripcion={`el tema «${t.codigo} ${t.nombre}» con ${plural(t.lineamientos.length, "lineamiento", "lineamientos")} y todo lo que contienen`}
          bloqueo={bloqueoDeEliminacion("este tema", t)}
          enfocar="#agregar-tema > summary"
        />
        <ol className="space-y-3" aria-label={`Lineamientos del tema ${t.codigo}`}>
          {t.lineamientos.map((l, i) => (
            <li key={l.id}>
              <NodoLineamiento
                vigenciaId={vigenciaId}
                lineamiento={l}
                numero={i + 1}
                clavesEnUso={props.enUso}
              />
            </li>
          ))}
        </ol>
        <Agregar id={`agregar-lineamiento-${t.id}`} titulo="Agregar lineamiento a este tema">
          <FormularioTextos
            tipo="crear-lineamiento"
            idBase={`tema-${t.id}-nuevo-lineamiento`}
            valores={{ vigenciaId, temaId: t.id, texto: "" }}
          />
        </Agregar>
      </div>
    </Desplegable>
  );
}

/** The whole plan of one vigencia, one collapsible section and one small form per node. */
export function EditorPlan({ plan }: { plan: PlanEditable }) {
  const enUso = clavesEnUso(plan);
  return (
    <Anuncios>
      <ReglasDeEdicion />
      {plan.temas.length === 0 ? (
        <p className="mb-4 text-slate-700">Esta vigencia aún no tiene temas. Agregue el primero.</p>
      ) : (
        <ol className="mb-4 space-y-4" aria-label={`Temas del ${plan.nombre}`}>
          {plan.temas.map((t) => (
            <li key={t.id}>
              <NodoTema vigenciaId={plan.id} tema={t} enUso={enUso} />
            </li>
          ))}
        </ol>
      )}
      <Agregar id="agregar-tema" titulo="Agregar tema al plan">
        <FormularioTextos
          tipo="crear-tema"
          idBase="nuevo-tema"
          valores={{ vigenciaId: plan.id, codigo: "", nombre: "" }}
        />
      </Agregar>
    </Anuncios>
  );
}
