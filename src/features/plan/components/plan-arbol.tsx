import { ListaDeDatos } from "@/components/ui/lista-de-datos";
import { NOMBRE_ALCANCE, NOMBRE_HERRAMIENTA, NOMBRE_OBLIGADOS, NOMBRE_PERIODICIDAD } from "@/lib/etiquetas";
import type { PlanDeVigencia } from "../queries";

type Seguimiento = PlanDeVigencia[number]["lineamientos"][number]["acciones"][number]["seguimientos"][number];

function aQuienAplica(s: Seguimiento): string {
  return s.alcance === "NACIONAL" ? "Un reporte nacional" : NOMBRE_OBLIGADOS[s.obligados];
}

function FichaSeguimiento({ seguimiento: s }: { seguimiento: Seguimiento }) {
  const filas: [string, string][] = [
    ["Herramienta", NOMBRE_HERRAMIENTA[s.herramienta]],
    ["Periodicidad", NOMBRE_PERIODICIDAD[s.periodicidad]],
    ["Alcance", NOMBRE_ALCANCE[s.alcance]],
    ["Aplica a", aQuienAplica(s)],
    ["Reporte", s.nombre],
    ["Plazo para ser oportuno", `${s.diasOportunidad} días después del cierre del periodo`],
    ["Observación", s.observacion],
  ];
  return (
    <div className="mt-3 rounded-md bg-slate-50 p-3">
      <h5 className="text-sm font-semibold text-slate-800">Seguimiento</h5>
      <div className="mt-2">
        <ListaDeDatos filas={filas} compacta />
      </div>
      <h6 className="mt-3 text-sm font-semibold text-slate-800">Responsables operativos</h6>
      <ul className="mt-1 list-disc pl-5 text-sm text-slate-900">
        {s.responsables.map((r) => (
          <li key={r.id}>{r.cargo}</li>
        ))}
      </ul>
    </div>
  );
}

export function PlanArbol({ temas }: { temas: PlanDeVigencia }) {
  return (
    <div className="space-y-8">
      {temas.map((tema) => (
        <section key={tema.id} aria-labelledby={`tema-${tema.id}`}>
          <h2 id={`tema-${tema.id}`} className="text-xl font-bold text-sena-800">
            {tema.codigo} {tema.nombre}
          </h2>
          <div className="mt-3 space-y-5">
            {tema.lineamientos.map((lineamiento) => (
              <article
                key={lineamiento.id}
                className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              >
                <h3 className="font-semibold text-slate-900">
                  <span className="text-slate-600">Lineamiento: </span>
                  {lineamiento.texto}
                </h3>
                {lineamiento.acciones.map((accion) => (
                  <div key={accion.id} className="mt-4 border-t border-slate-100 pt-3">
                    <h4 className="text-sm font-semibold text-slate-600">Acción</h4>
                    <p className="text-slate-900">{accion.texto}</p>
                    <h4 className="mt-2 text-sm font-semibold text-slate-600">Resultado esperado</h4>
                    <p className="text-slate-900">{accion.resultadoEsperado}</p>
                    {accion.seguimientos.map((s) => (
                      <FichaSeguimiento key={s.id} seguimiento={s} />
                    ))}
                  </div>
                ))}
              </article>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
