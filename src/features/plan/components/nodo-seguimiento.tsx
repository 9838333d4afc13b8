import { Insignia } from "@/components/ui/insignia";
import { NOMBRE_ALCANCE, NOMBRE_PERIODICIDAD } from "@/lib/etiquetas";
import type { SeguimientoEditable } from "../queries";
import { BotonEliminar } from "./boton-eliminar";
import { bloqueoDeEliminacion, plural, valoresDeSeguimiento } from "./conteos";
import { Desplegable } from "./desplegable";
import { FormularioSeguimiento } from "./formulario-seguimiento";

export function NodoSeguimiento(props: {
  vigenciaId: number;
  seguimiento: SeguimientoEditable;
  clavesEnUso: string[];
}) {
  const s = props.seguimiento;
  const reportes = s._count.reportes;
  const otros = props.clavesEnUso.filter((clave) => clave !== s.clave);
  return (
    <Desplegable
      id={`seguimiento-${s.id}`}
      className="rounded-md border border-slate-200 bg-slate-50 p-2 sm:p-3"
      resumen={
        <h5 className="flex flex-wrap items-center gap-x-2 gap-y-1 font-semibold text-slate-900">
          <span>Seguimiento: {s.nombre}</span>
          <span className="text-sm font-normal text-slate-600">
            {NOMBRE_PERIODICIDAD[s.periodicidad]} · {NOMBRE_ALCANCE[s.alcance]} · {s.diasOportunidad} días
          </span>
          {reportes > 0 ? <Insignia tono="azul">{plural(reportes, "reporte", "reportes")}</Insignia> : null}
        </h5>
      }
    >
      <div className="mt-3 space-y-4">
        <FormularioSeguimiento
          modo="editar"
          idBase={`seguimiento-${s.id}-editar`}
          valores={valoresDeSeguimiento(props.vigenciaId, s)}
          clavesEnUso={otros}
          reportes={reportes}
        />
        <BotonEliminar
          tipo="seguimiento"
          valores={{ vigenciaId: props.vigenciaId, seguimientoId: s.id, version: s.version }}
          descripcion={`el seguimiento «${s.nombre}» con sus responsables`}
          bloqueo={bloqueoDeEliminacion("este seguimiento", s)}
          enfocar={`#accion-${s.accionId} > summary`}
        />
      </div>
    </Desplegable>
  );
}
