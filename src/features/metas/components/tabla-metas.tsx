import { formatearCop } from "@/lib/dinero";
import { sumarMetas } from "@/lib/metas";
import type { SemestreDeMetas } from "../queries";
import { FilaDeMeta, TablaDeSemestre } from "./tabla-de-semestre";

/** Read-only goals of one semester, for those who may not change them. */
export function TablaMetas({ semestre }: { semestre: SemestreDeMetas }) {
  const suma = sumarMetas(semestre.regionales.map((r) => r.monto));
  const pie = (
    <FilaDeMeta encabezado="Suma de las metas regionales">
      <span data-testid={`suma-${semestre.periodo.codigo}`}>{formatearCop(suma)}</span>
    </FilaDeMeta>
  );
  return (
    <TablaDeSemestre etiqueta={semestre.periodo.etiqueta} pie={pie}>
      {semestre.regionales.map((r) => (
        <FilaDeMeta key={r.id} encabezado={r.nombre}>
          {r.monto === null ? <span className="text-slate-500">Sin meta</span> : formatearCop(r.monto)}
        </FilaDeMeta>
      ))}
    </TablaDeSemestre>
  );
}
