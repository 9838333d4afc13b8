import type { ReactNode } from "react";

const TONOS = {
  gris: "bg-slate-100 text-slate-800 ring-slate-300",
  azul: "bg-blue-50 text-blue-800 ring-blue-300",
  verde: "bg-green-50 text-green-800 ring-green-300",
  ambar: "bg-amber-50 text-amber-900 ring-amber-300",
  rojo: "bg-red-50 text-red-800 ring-red-300",
} as const;

export type Tono = keyof typeof TONOS;

export function Insignia({ tono, children }: { tono: Tono; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset ${TONOS[tono]}`}
    >
      {children}
    </span>
  );
}
