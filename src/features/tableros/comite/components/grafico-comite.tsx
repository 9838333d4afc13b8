"use client";

import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";

export interface PorcionComite {
  nombre: string;
  centros: number;
  color: string;
}

const centros = (valor: unknown) =>
  typeof valor === "number" ? `${valor} ${valor === 1 ? "centro" : "centros"}` : "";

/** Obliged centros by the situation of their act; the legend and the tables carry the numbers. */
export function GraficoComite(props: { porciones: PorcionComite[]; cobertura: string; descripcion: string }) {
  return (
    <figure className="mt-4 flex flex-col items-center gap-4 sm:flex-row">
      <div role="img" aria-label={props.descripcion} className="relative h-56 w-56 shrink-0">
        <ResponsiveContainer width="100%" height="100%">
          <PieChart accessibilityLayer={false}>
            <Pie
              data={props.porciones}
              dataKey="centros"
              nameKey="nombre"
              innerRadius="60%"
              outerRadius="95%"
              stroke="#ffffff"
              isAnimationActive={false}
            >
              {props.porciones.map((p) => (
                <Cell key={p.nombre} fill={p.color} />
              ))}
            </Pie>
            <Tooltip formatter={(valor, nombre) => [centros(valor), nombre]} />
          </PieChart>
        </ResponsiveContainer>
        <p
          aria-hidden="true"
          className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center"
        >
          <span className="text-2xl font-bold text-slate-900">{props.cobertura}</span>
          <span className="text-xs text-slate-600">cobertura</span>
        </p>
      </div>
      <figcaption>
        <ul className="space-y-1 text-sm text-slate-800">
          {props.porciones.map((p) => (
            <li key={p.nombre}>
              <span
                aria-hidden="true"
                className="mr-2 inline-block size-3 rounded-sm align-middle"
                style={{ background: p.color }}
              />
              {p.nombre}: {centros(p.centros)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
