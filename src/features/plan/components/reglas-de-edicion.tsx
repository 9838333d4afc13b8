import type { TipoReporte } from "@/generated/prisma/enums";
import { COMBINACION_DEL_TIPO, explicarCombinacion } from "../reglas";

/** What the editor enforces and why, in the administrator's terms (docs/decisions/0010). */
export function ReglasDeEdicion() {
  return (
    <details className="mb-6 rounded-lg border border-sena-100 bg-white p-4 text-sm text-slate-800">
      <summary className="cursor-pointer font-semibold text-sena-800">
        Reglas que mantienen el plan coherente con los reportes y los tableros
      </summary>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li>
          Cada tipo de reporte tiene un formulario y un tablero hechos para una periodicidad y un alcance:
          <ul className="mt-1 list-[circle] space-y-1 pl-5">
            {(Object.keys(COMBINACION_DEL_TIPO) as TipoReporte[]).map((tipo) => (
              <li key={tipo}>{explicarCombinacion(tipo)}</li>
            ))}
          </ul>
        </li>
        <li>
          Cada tipo de reporte va en un solo seguimiento por vigencia: los tableros y las metas suman todos
          los reportes de un tipo.
        </li>
        <li>
          Entre los responsables debe estar quien presenta el reporte: el coordinador en los nacionales, el
          subdirector de centro en los de cada centro.
        </li>
        <li>
          Cuando un seguimiento ya tiene reportes (también borradores), su periodicidad, alcance y tipo de
          reporte quedan bloqueados, y ni él ni el tema, lineamiento o acción que lo contiene se pueden
          eliminar. Los textos, la herramienta y los responsables siempre se pueden corregir.
        </li>
        <li>
          Los días de oportunidad fijan la fecha límite de cada periodo en «Mis obligaciones», los
          recordatorios y los tableros. Solo se cambian mientras ningún plazo de la vigencia haya vencido (ni
          quedaría vencido con el valor nuevo): los reportes ya se juzgaron contra esos plazos.
        </li>
        <li>
          Si otra persona guarda el mismo elemento mientras usted lo edita, su guardado se rechaza sin borrar
          nada: lo escrito sigue en el formulario para que lo vuelva a aplicar sobre la versión actual.
        </li>
      </ul>
    </details>
  );
}
