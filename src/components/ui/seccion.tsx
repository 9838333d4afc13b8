import type { ReactNode } from "react";

/** A titled block of a page; the heading names the region for screen readers. */
export function Seccion(props: { titulo: string; id?: string; children: ReactNode; className?: string }) {
  const id = props.id ?? `seccion-${props.titulo.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section
      aria-labelledby={id}
      className={`mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 ${props.className ?? ""}`}
    >
      <h2 id={id} className="mb-4 text-lg font-semibold text-slate-900">
        {props.titulo}
      </h2>
      {props.children}
    </section>
  );
}
