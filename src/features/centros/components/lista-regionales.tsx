import Link from "next/link";
import type { FilaRegional } from "../queries";

function EnlaceCentros({ regional, children }: { regional: FilaRegional; children: string }) {
  return (
    <Link
      href={`/admin/centros?regional=${regional.id}`}
      className="text-sena-700 underline hover:text-sena-800"
    >
      {children}
    </Link>
  );
}

function EnlaceEditar({ regional }: { regional: FilaRegional }) {
  return (
    <Link
      href={`/admin/centros/regionales/${regional.id}`}
      className="font-medium text-sena-700 underline hover:text-sena-800"
    >
      Editar<span className="sr-only"> la regional {regional.nombre}</span>
    </Link>
  );
}

const numero = (n: number) => n.toLocaleString("es-CO");

/** A table on wide screens and cards on phones; each regional links to its centros. */
export function ListaRegionales({ regionales }: { regionales: FilaRegional[] }) {
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Regionales con sus centros activos y los que generan aprovechamiento
          </caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3">
                Código
              </th>
              <th scope="col" className="px-4 py-3">
                Regional
              </th>
              <th scope="col" className="px-4 py-3 text-right">
                Centros
              </th>
              <th scope="col" className="px-4 py-3 text-right">
                Activos
              </th>
              <th scope="col" className="px-4 py-3 text-right">
                Activos con aprovechamiento
              </th>
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">Acción</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {regionales.map((r) => (
              <tr key={r.id} data-testid="fila-regional">
                <td className="px-4 py-2 font-mono text-xs">{r.codigo}</td>
                <th scope="row" className="px-4 py-2 font-medium text-slate-900">
                  <EnlaceCentros regional={r}>{r.nombre}</EnlaceCentros>
                </th>
                <td className="px-4 py-2 text-right tabular-nums">{numero(r.centros)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{numero(r.activos)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{numero(r.conAprovechamiento)}</td>
                <td className="px-4 py-2 text-right">
                  <EnlaceEditar regional={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 md:hidden">
        {regionales.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <p className="font-semibold text-slate-900">
              <EnlaceCentros regional={r}>{r.nombre}</EnlaceCentros>{" "}
              <span className="font-mono text-xs font-normal text-slate-700">({r.codigo})</span>
            </p>
            <p className="mt-1 text-sm text-slate-700">
              {numero(r.centros)} centros · {numero(r.activos)} activos · {numero(r.conAprovechamiento)}{" "}
              generan aprovechamiento
            </p>
            <p className="mt-2 text-right text-sm">
              <EnlaceEditar regional={r} />
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
