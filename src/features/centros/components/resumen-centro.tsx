import Link from "next/link";
import type { ReactNode } from "react";
import { ESTADO } from "@/lib/etiquetas";
import type { CentroParaEditar } from "../queries";

function Bloque(props: { titulo: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="mb-2 font-semibold text-slate-900">{props.titulo}</h2>
      {props.children}
    </section>
  );
}

/** Who files the centro's reports and how many it has, next to the form that may change both. */
export function ResumenCentro({ centro }: { centro: CentroParaEditar }) {
  const total = centro.reportes.reduce((suma, r) => suma + r.cantidad, 0);
  return (
    <>
      <Bloque titulo="Subdirectores activos">
        {centro.subdirectores.length === 0 ? (
          <p className="text-sm text-slate-700">
            Ninguno. Sin subdirector, nadie presenta los reportes del centro: asígnelo en{" "}
            <Link href="/admin/usuarios" className="font-medium text-sena-700 underline">
              Usuarios y roles
            </Link>
            .
          </p>
        ) : (
          <ul className="space-y-1 text-sm">
            {centro.subdirectores.map((s) => (
              <li key={s.id}>
                <span className="font-medium text-slate-900">{s.nombre}</span>
                <span className="block break-all text-slate-600">{s.email}</span>
              </li>
            ))}
          </ul>
        )}
      </Bloque>
      <Bloque titulo={`Reportes (${total.toLocaleString("es-CO")})`}>
        <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
          {centro.reportes.map((r) => (
            <div key={r.estado} className="contents">
              <dt className="text-slate-700">{ESTADO[r.estado].nombre}</dt>
              <dd className="text-right tabular-nums text-slate-900">{r.cantidad.toLocaleString("es-CO")}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-xs text-slate-600">
          Ningún cambio de este formulario borra reportes: los ya presentados se conservan.
        </p>
      </Bloque>
    </>
  );
}
