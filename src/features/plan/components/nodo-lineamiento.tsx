import type { AccionEditable, LineamientoEditable } from "../queries";
import { Agregar } from "./agregar";
import { BotonEliminar } from "./boton-eliminar";
import { bloqueoDeEliminacion, plural, seguimientoNuevo } from "./conteos";
import { Desplegable } from "./desplegable";
import { FormularioSeguimiento } from "./formulario-seguimiento";
import { FormularioTextos } from "./formulario-textos";
import { NodoSeguimiento } from "./nodo-seguimiento";

function NodoAccion(props: {
  vigenciaId: number;
  accion: AccionEditable;
  numero: number;
  clavesEnUso: string[];
}) {
  const { vigenciaId, accion: a, clavesEnUso } = props;
  const nuevo = seguimientoNuevo(vigenciaId, a.id, clavesEnUso);
  return (
    <Desplegable
      id={`accion-${a.id}`}
      className="border-l-4 border-slate-300 pl-2 sm:pl-3"
      resumen={
        <h4 className="text-slate-900">
          <span className="font-semibold">Acción {props.numero}</span>
          <span className="text-sm text-slate-600">
            {" "}
            · {plural(a.seguimientos.length, "seguimiento", "seguimientos")}
          </span>
          <span className="mt-0.5 line-clamp-2 [details[open]>summary_&]:hidden">{a.texto}</span>
        </h4>
      }
    >
      <div className="mt-3 space-y-4">
        <FormularioTextos
          tipo="editar-accion"
          idBase={`accion-${a.id}-editar`}
          valores={{
            vigenciaId,
            accionId: a.id,
            version: a.version,
            texto: a.texto,
            resultadoEsperado: a.resultadoEsperado,
          }}
        />
        <BotonEliminar
          tipo="accion"
          valores={{ vigenciaId, accionId: a.id, version: a.version }}
          descripcion={`la acción ${props.numero} con ${plural(a.seguimientos.length, "seguimiento", "seguimientos")}`}
          bloqueo={bloqueoDeEliminacion("esta acción", a)}
          enfocar={`#lineamiento-${a.lineamientoId} > summary`}
        />
        <ul className="space-y-3" aria-label={`Seguimientos de la acción ${props.numero}`}>
          {a.seguimientos.map((s) => (
            <li key={s.id}>
              <NodoSeguimiento vigenciaId={vigenciaId} seguimiento={s} clavesEnUso={clavesEnUso} />
            </li>
          ))}
        </ul>
        <Agregar id={`agregar-seguimiento-${a.id}`} titulo="Agregar seguimiento a esta acción">
          {nuevo ? (
            <FormularioSeguimiento
              modo="crear"
              idBase={`accion-${a.id}-nuevo-seguimiento`}
              valores={nuevo}
              clavesEnUso={clavesEnUso}
            />
          ) : (
            <p className="text-sm text-slate-700">
              Los cuatro formularios de partida ya tienen su seguimiento en esta vigencia (cada clave va en un
              solo seguimiento). Para mover uno a esta acción, elimínelo donde está (si aún no tiene reportes)
              y agréguelo aquí; un seguimiento con otro formulario se agrega con el archivo del plan.
            </p>
          )}
        </Agregar>
      </div>
    </Desplegable>
  );
}

export function NodoLineamiento(props: {
  vigenciaId: number;
  lineamiento: LineamientoEditable;
  numero: number;
  clavesEnUso: string[];
}) {
  const { vigenciaId, lineamiento: l, clavesEnUso } = props;
  return (
    <Desplegable
      id={`lineamiento-${l.id}`}
      className="border-l-4 border-sena-600 pl-2 sm:pl-3"
      resumen={
        <h3 className="text-slate-900">
          <span className="font-semibold">Lineamiento {props.numero}</span>
          <span className="text-sm text-slate-600"> · {plural(l.acciones.length, "acción", "acciones")}</span>
          <span className="mt-0.5 line-clamp-2 [details[open]>summary_&]:hidden">{l.texto}</span>
        </h3>
      }
    >
      <div className="mt-3 space-y-4">
        <FormularioTextos
          tipo="editar-lineamiento"
          idBase={`lineamiento-${l.id}-editar`}
          valores={{ vigenciaId, lineamientoId: l.id, version: l.version, texto: l.texto }}
        />
        <BotonEliminar
          tipo="lineamiento"
          valores={{ vigenciaId, lineamientoId: l.id, version: l.version }}
          descripcion={`el lineamiento ${props.numero} con ${plural(l.acciones.length, "acción", "acciones")} y sus seguimientos`}
          bloqueo={bloqueoDeEliminacion("este lineamiento", l)}
          enfocar={`#tema-${l.temaId} > summary`}
        />
        <ol className="space-y-3" aria-label={`Acciones del lineamiento ${props.numero}`}>
          {l.acciones.map((a, i) => (
            <li key={a.id}>
              <NodoAccion vigenciaId={vigenciaId} accion={a} numero={i + 1} clavesEnUso={clavesEnUso} />
            </li>
          ))}
        </ol>
        <Agregar id={`agregar-accion-${l.id}`} titulo="Agregar acción a este lineamiento">
          <FormularioTextos
            tipo="crear-accion"
            idBase={`lineamiento-${l.id}-nueva-accion`}
            valores={{ vigenciaId, lineamientoId: l.id, texto: "", resultadoEsperado: "" }}
          />
        </Agregar>
      </div>
    </Desplegable>
  );
}
