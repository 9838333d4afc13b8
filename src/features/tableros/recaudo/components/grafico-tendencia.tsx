"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { COLOR, pesos, pesosCompactos } from "./formato-grafico";

export interface PuntoTendencia {
  /** Short period code for the axis ("2025-S1"). */
  periodo: string;
  total: number;
}

/** Total recaudo per semester across every vigencia in the database. */
export function GraficoTendencia({ puntos, descripcion }: { puntos: PuntoTendencia[]; descripcion: string }) {
  return (
    <div role="img" aria-label={descripcion} className="mt-4 h-48 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={puntos}
          accessibilityLayer={false}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="periodo" tick={{ fontSize: 12 }} minTickGap={8} />
          <YAxis tickFormatter={pesosCompactos} width={88} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(valor) => [pesos(valor), "Total recaudado"]} />
          <Line
            type="monotone"
            dataKey="total"
            name="Total recaudado"
            stroke={COLOR.fiscalizacion}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
