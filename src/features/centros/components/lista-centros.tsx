import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { FilaCentro, GrupoDeCentros } from "../queries";

function EnlaceEditar({ centro }: { centro: FilaCentro }) {
  return (
    <Link
      href={`/admin/centros/${centro.id}`}
      className="font-medium text-sena-700 underline hover:text-sena-800"
    >
      Editar<span className="sr-only"> el centro {centro.nombre}</span>
    </Link>
  );
}

function Aprovechamiento({ centro }: { centro: FilaCentro }) {
  return centro.generaAprovechamiento ? (
    <Badge tono="verde">Genera</Badge>
  ) : (
    <Badge tono="gris">No genera</Badge>
  );
}

function Estado({ centro }: { centro: FilaCentro }) {
  return centro.activo ? <Badge tono="azul">Activo</Badge> : <Badge tono="rojo">Inactivo</Badge>;
}

function Subdirectores({ centro }: { centro: FilaCentro }) {
  if (centro.subdirectores.length === 0) {
    return centro.activo ? (
      <Badge tono="ambar">Sin subdirector</Badge>
    ) : (
      <span className="text-slate-600">—</span>
    );
  }
  return (
    <ul>
      {centro.subdirectores.map((s) => (
        <li key={s.id}>
          <span className="text-slate-900">{s.nombre}</span>
          <span className="block text-xs break-all text-slate-600">{s.email}</span>
        </li>
      ))}
    </ul>
  );
}

function reportes(n: number): string {
  return n === 1 ? "1 reporte" : `${n.toLocaleString("es-CO")} reportes`;
}

function resumenDeGrupo(grupo: GrupoDeCentros): string {
  const n = grupo.centros.length;
  const activos = grupo.centros.filter((c) => c.activo).length;
  const conAprovechamiento = grupo.centros.filter((c) => c.activo && c.generaAprovechamiento).length;
  const centros = n === 1 ? "1 centro" : `${n} centros`;
  const activosTexto = activos === 1 ? "1 activo" : `${activos} activos`;
  return `${centros} · ${activosTexto} · ${conAprovechamiento} con aprovechamiento`;
}

function Tabla({ grupo }: { grupo: GrupoDeCentros }) {
  return (
    <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
      <table className="w-full table-fixed text-left text-sm">
        <caption className="sr-only">Centros de la regional {grupo.regional.nombre}</caption>
        <colgroup>
          <col className="w-32" />
          <col />
          <col className="w-56" />
          <col className="w-24" />
          <col className="w-40" />
          <col className="w-24" />
          <col className="w-20" />
        </colgroup>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Código
            </th>
            <th scope="col" className="px-3 py-2">
              Centro
            </th>
            <th scope="col" className="px-3 py-2">
              Subdirector
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Reportes
            </th>
            <th scope="col" className="px-3 py-2">
              Aprovechamiento
            </th>
            <th scope="col" className="px-3 py-2">
              Estado
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">Acción</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {grupo.centros.map((c) => (
            <tr key={c.id} data-testid="fila-centro" className={c.activo ? undefined : "bg-slate-50"}>
              <td className="px-3 py-2 font-mono text-xs break-all text-slate-800">{c.codigo}</td>
              <th scope="row" className="px-3 py-2 font-medium text-slate-900">
                {c.nombre}
              </th>
              <td className="px-3 py-2">
                <Subdirectores centro={c} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{c.reportes.toLocaleString("es-CO")}</td>
              <td className="px-3 py-2">
                <Aprovechamiento centro={c} />
              </td>
              <td className="px-3 py-2">
                <Estado centro={c} />
              </td>
              <td className="px-3 py-2 text-right">
                <EnlaceEditar centro={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Tarjetas({ grupo }: { grupo: GrupoDeCentros }) {
  return (
    <ul className="space-y-3 md:hidden">
      {grupo.centros.map((c) => (
        <li
          key={c.id}
          data-testid="tarjeta-centro"
          className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        >
          <p className="font-semibold text-slate-900">{c.nombre}</p>
          <p className="font-mono text-xs text-slate-700">{c.codigo}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Estado centro={c} />
            <Aprovechamiento centro={c} />
          </div>
          <div className="mt-2 text-sm">
            <p className="text-slate-600">Subdirector</p>
            <Subdirectores centro={c} />
          </div>
          <div className="mt-2 flex items-center justify-between gap-2 text-sm">
            <span className="text-slate-700">{reportes(c.reportes)}</span>
            <EnlaceEditar centro={c} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** One section per regional: a table on wide screens and cards on phones, with the same content. */
export function ListaCentros({ grupos }: { grupos: GrupoDeCentros[] }) {
  return (
    <div className="space-y-6">
      {grupos.map((grupo) => (
        <section key={grupo.regional.id} aria-labelledby={`regional-${grupo.regional.id}`}>
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4">
            <h2 id={`regional-${grupo.regional.id}`} className="text-lg font-semibold text-slate-900">
              {grupo.regional.nombre}{" "}
              <span className="font-normal text-slate-600">({grupo.regional.codigo})</span>
            </h2>
            <p className="text-sm text-slate-700">{resumenDeGrupo(grupo)}</p>
          </div>
          <Tabla grupo={grupo} />
          <Tarjetas grupo={grupo} />
        </section>
      ))}
    </div>
  );
}
