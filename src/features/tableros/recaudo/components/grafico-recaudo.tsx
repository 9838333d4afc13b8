"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { COLOR, pesos, pesosCompactos } from "./formato-grafico";

export interface BarraSemestre {
  /** Short label for the axis ("Semestre 1"). */
  semestre: string;
  fiscalizacion: number | null;
  cobroPersuasivo: number | null;
  meta: number | null;
}

const SERIES = [
  { clave: "fiscalizacion", nombre: "Fiscalización", apilada: true },
  { clave: "cobroPersuasivo", nombre: "Cobro persuasivo", apilada: true },
  { clave: "meta", nombre: "Meta", apilada: false },
] as const;

/** Per semester, the recaudo stacked by source next to the goal; the table below has the figures. */
export function GraficoRecaudo({ barras, descripcion }: { barras: BarraSemestre[]; descripcion: string }) {
  return (
    <figure className="mt-4">
      <div role="img" aria-label={descripcion} className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={barras}
            accessibilityLayer={false}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="semestre" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={pesosCompactos} width={88} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(valor) => pesos(valor)} />
            {SERIES.map((s) => (
              <Bar
                key={s.clave}
                dataKey={s.clave}
                name={s.nombre}
                stackId={s.apilada ? "recaudo" : undefined}
                fill={COLOR[s.clave]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        {SERIES.map((s) => (
          <span key={s.clave}>
            <span
              aria-hidden="true"
              className="mr-1 inline-block size-3 rounded-sm align-middle"
              style={{ background: COLOR[s.clave] }}
            />
            {s.nombre}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
