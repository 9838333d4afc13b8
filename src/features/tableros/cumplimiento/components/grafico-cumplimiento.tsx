"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

export interface BarraCumplimiento {
  etiqueta: string;
  aTiempo: number;
  tarde: number;
  faltantes: number;
}

const SERIES = [
  { clave: "aTiempo", nombre: "A tiempo", color: "#2b7a0b" },
  { clave: "tarde", nombre: "Con atraso", color: "#b45309" },
  { clave: "faltantes", nombre: "Faltantes", color: "#b91c1c" },
] as const;

const entero = new Intl.NumberFormat("es-CO");
const porcentaje = new Intl.NumberFormat("es-CO", { style: "percent", maximumFractionDigits: 0 });
const ALTO_BARRA = 34;

/**
 * Stacked horizontal bars, one per report and period: the share of the expected reports received on
 * time, late and missing (each bar is 100 %, so the single national report compares with the many
 * of the centros; the tooltip gives the counts). The figures are in the table below it; `resumen`
 * is what a screen reader announces instead.
 */
export function GraficoCumplimiento({ barras, resumen }: { barras: BarraCumplimiento[]; resumen: string }) {
  return (
    <div role="img" aria-label={resumen} className="mt-4 w-full">
      <BarChart
        responsive
        accessibilityLayer={false}
        data={barras}
        layout="vertical"
        stackOffset="expand"
        margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
        style={{ width: "100%", height: 80 + barras.length * ALTO_BARRA }}
      >
        <CartesianGrid horizontal={false} stroke="#e2e8f0" />
        <XAxis
          type="number"
          tickFormatter={(v: number) => porcentaje.format(v)}
          tick={{ fontSize: 12, fill: "#334155" }}
        />
        <YAxis
          type="category"
          dataKey="etiqueta"
          width={128}
          tick={{ fontSize: 12, fill: "#334155" }}
          interval={0}
        />
        <Tooltip formatter={(valor) => entero.format(Number(valor))} />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        {SERIES.map((s) => (
          <Bar
            key={s.clave}
            dataKey={s.clave}
            name={s.nombre}
            stackId="reportes"
            fill={s.color}
            stroke="#ffffff"
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
