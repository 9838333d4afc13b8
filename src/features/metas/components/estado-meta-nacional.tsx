import { Insignia } from "@/components/ui/insignia";
import { formatearCop } from "@/lib/dinero";
import type { Consistencia } from "@/lib/metas";

function Descuadre({ consistencia }: { consistencia: Extract<Consistencia, { tipo: "DESCUADRADA" }> }) {
  const registrada = consistencia.nacional === null ? "ninguna" : formatearCop(consistencia.nacional);
  const diferencia = consistencia.diferencia < 0n ? -consistencia.diferencia : consistencia.diferencia;
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
      <p className="flex flex-wrap items-center gap-2 font-semibold">
        <Insignia tono="rojo">No coincide</Insignia>
        Diferencia: {formatearCop(diferencia)}
      </p>
      <p className="mt-1">
        Meta nacional registrada: {registrada}. Suma de las metas regionales:{" "}
        {formatearCop(consistencia.suma)}. Al guardar el semestre, la meta nacional pasa a ser la suma.
      </p>
    </div>
  );
}

const DISTINTIVO = {
  SIN_METAS: <Insignia tono="gris">Sin metas fijadas</Insignia>,
  SOLO_NACIONAL: <Insignia tono="azul">Solo nacional, sin metas regionales</Insignia>,
  CALCULADA: <Insignia tono="verde">Calculada: suma de las regionales</Insignia>,
};

/** The stored national goal of a semester and how it stands against the regional goals. */
export function EstadoMetaNacional({ consistencia, testId }: { consistencia: Consistencia; testId: string }) {
  if (consistencia.tipo === "DESCUADRADA") return <Descuadre consistencia={consistencia} />;
  return (
    <p className="flex flex-wrap items-center gap-2 text-slate-800">
      <span className="font-medium">Meta nacional:</span>
      <span data-testid={testId} className="font-semibold tabular-nums">
        {consistencia.tipo === "SIN_METAS" ? "Sin meta" : formatearCop(consistencia.nacional)}
      </span>
      {DISTINTIVO[consistencia.tipo]}
    </p>
  );
}
