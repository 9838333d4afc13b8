import type { ReactNode } from "react";

const CLASES = {
  error: "border-red-300 bg-red-50 text-red-800",
  exito: "border-green-300 bg-green-50 text-green-900",
} as const;

/** An outcome message: errors interrupt screen readers, successes are announced politely. */
export function Aviso(props: { tipo: keyof typeof CLASES; children: ReactNode }) {
  return (
    <p
      role={props.tipo === "error" ? "alert" : "status"}
      className={`rounded-md border px-3 py-2 text-sm ${CLASES[props.tipo]}`}
    >
      {props.children}
    </p>
  );
}
