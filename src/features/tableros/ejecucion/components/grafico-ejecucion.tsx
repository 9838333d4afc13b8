"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatearPorcentaje } from "@/lib/razones";

export interface BarraEjecucion {
  etiqueta: string;
  razon: number | null;
}

const ALTO_DE_BARRA = 32;
const porcentaje = (valor: unknown) => (typeof valor === "number" ? formatearPorcentaje(valor) : "");

/** Axis marks at a round step (25 % up to 100 %), reaching at least the highest value. */
function marcasHasta(maximo: number): number[] {
  const paso = maximo <= 1 ? 0.25 : Math.ceil(maximo / 2) * 0.5;
  const pasos = Math.ceil(maximo / paso);
  return Array.from({ length: pasos + 1 }, (_, i) => i * paso);
}

/** Executed share of the assigned resources, one horizontal bar per regional or centro. */
export function GraficoEjecucion({ barras, descripcion }: { barras: BarraEjecucion[]; descripcion: string }) {
  const marcas = marcasHasta(Math.max(1, ...barras.map((b) => b.razon ?? 0)));
  return (
    <figure className="mt-4">
      <div
        role="img"
        aria-label={descripcion}
        className="w-full"
        style={{ height: barras.length * ALTO_DE_BARRA + 48 }}
      >
        <BarChart
          responsive
          accessibilityLayer={false}
          layout="vertical"
          data={barras}
          margin={{ top: 16, right: 56, bottom: 0, left: 0 }}
          style={{ width: "100%", height: "100%" }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            orientation="top"
            domain={[0, marcas.at(-1)!]}
            ticks={marcas}
            tickFormatter={porcentaje}
          />
          <YAxis type="category" dataKey="etiqueta" width={132} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(valor) => [porcentaje(valor), "Ejecutado sobre asignado"]} />
          <ReferenceLine x={1} stroke="#334155" />
          <Bar dataKey="razon" fill="#2b7a0b" isAnimationActive={false}>
            <LabelList dataKey="razon" position="right" formatter={porcentaje} fill="#1e293b" />
          </Bar>
        </BarChart>
      </div>
      <figcaption className="mt-2 text-sm text-slate-700">
        Línea vertical: ejecución del {formatearPorcentaje(1)} de lo asignado. Sin barra: nada asignado («No
        aplica»).
      </figcaption>
    </figure>
  );
}
