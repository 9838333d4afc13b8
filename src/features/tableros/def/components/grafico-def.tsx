"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatearPorcentaje } from "@/lib/razones";
import { bajoElUmbral, META_DEF, UMBRAL_DEF } from "../umbral";

const VERDE = "#2b7a0b";
const AMBAR = "#b45309";

export interface PuntoDef {
  /** Short quarter label for the axis ("T1"). */
  etiqueta: string;
  razon: number | null;
}

const porcentaje = (valor: unknown) => (typeof valor === "number" ? formatearPorcentaje(valor) : "");

/** Axis marks at a round step, one step above the highest value so the labels over the bars fit. */
function marcasHasta(maximo: number): number[] {
  const paso = maximo <= 1 ? 0.25 : Math.ceil(maximo / 2) * 0.5;
  const pasos = Math.floor(maximo / paso) + 1;
  return Array.from({ length: pasos + 1 }, (_, i) => i * paso);
}

/** Share of sales invoiced with DEF per quarter; quarters below the threshold in amber. */
export function GraficoDef({ puntos, descripcion }: { puntos: PuntoDef[]; descripcion: string }) {
  const marcas = marcasHasta(Math.max(META_DEF, ...puntos.map((p) => p.razon ?? 0)));
  return (
    <figure className="mt-4">
      <div role="img" aria-label={descripcion} className="h-64 w-full">
        <BarChart
          responsive
          accessibilityLayer={false}
          data={puntos}
          margin={{ top: 20, right: 8, bottom: 0, left: 0 }}
          style={{ width: "100%", height: "100%" }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="etiqueta" />
          <YAxis domain={[0, marcas.at(-1)!]} ticks={marcas} tickFormatter={porcentaje} width={56} />
          <Tooltip formatter={(valor) => [porcentaje(valor), "Facturado con DEF"]} />
          <ReferenceLine y={META_DEF} stroke="#334155" />
          <ReferenceLine y={UMBRAL_DEF} stroke={AMBAR} strokeDasharray="4 4" />
          <Bar dataKey="razon" maxBarSize={96} isAnimationActive={false}>
            {puntos.map((p) => (
              <Cell key={p.etiqueta} fill={bajoElUmbral(p.razon) ? AMBAR : VERDE} />
            ))}
            <LabelList dataKey="razon" position="top" formatter={porcentaje} fill="#1e293b" />
          </Bar>
        </BarChart>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block size-3 rounded-sm"
            style={{ background: VERDE }}
          />
          En el umbral o por encima
        </span>
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block size-3 rounded-sm"
            style={{ background: AMBAR }}
          />
          Bajo el umbral ({formatearPorcentaje(UMBRAL_DEF)}, línea punteada)
        </span>
        <span>Línea continua: meta del {formatearPorcentaje(META_DEF)}</span>
      </figcaption>
    </figure>
  );
}
