import Link from "next/link";
import type { VigenciaAdministrable } from "../queries";
import { Anuncios } from "./anuncios";
import { BotonEliminar } from "./boton-eliminar";

const numero = new Intl.NumberFormat("es-CO");

function Cifra(props: { children: number }) {
  return <td className="px-3 py-2 text-right tabular-nums">{numero.format(props.children)}</td>;
}

/** Every vigencia with what it holds; a table on wide screens, one card per vigencia on phones. */
export function TablaVigencias({ vigencias }: { vigencias: VigenciaAdministrable[] }) {
  if (vigencias.length === 0) return <p className="text-slate-700">Aún no hay vigencias.</p>;
  return (
    <Anuncios>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Vigencias y lo que contienen</caption>
          <thead className="bg-slate-100 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                Vigencia
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Temas
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Seguimientos
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Reportes presentados
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Reportes (con borradores)
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Metas
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Acciones</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {vigencias.map((v) => (
              <tr key={v.id}>
                <th scope="row" className="px-3 py-2 text-left font-semibold text-slate-900">
                  {v.nombre}
                </th>
                <Cifra>{v.temas}</Cifra>
                <Cifra>{v.seguimientos}</Cifra>
                <Cifra>{v.reportesPresentados}</Cifra>
                <Cifra>{v.reportes}</Cifra>
                <Cifra>{v.metas}</Cifra>
                <td className="space-y-2 px-3 py-2">
                  <EnlacesDeVigencia anio={v.anio} nombre={v.nombre} />
                  <Eliminar vigencia={v} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 md:hidden">
        {vigencias.map((v) => (
          <li key={v.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="font-semibold text-slate-900">{v.nombre}</h3>
            <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
              {(
                [
                  ["Temas", v.temas],
                  ["Seguimientos", v.seguimientos],
                  ["Reportes presentados", v.reportesPresentados],
                  ["Reportes (con borradores)", v.reportes],
                  ["Metas", v.metas],
                ] as const
              ).map(([termino, valor]) => (
                <div key={termino} className="contents">
                  <dt className="text-slate-600">{termino}</dt>
                  <dd className="text-right tabular-nums text-slate-900">{numero.format(valor)}</dd>
                </div>
              ))}
            </dl>
            <div className="mt-3 space-y-3">
              <EnlacesDeVigencia anio={v.anio} nombre={v.nombre} />
              <Eliminar vigencia={v} />
            </div>
          </li>
        ))}
      </ul>
    </Anuncios>
  );
}

/** Only a vigencia nobody has started to use (no report, no meta) can be deleted. */
function Eliminar({ vigencia: v }: { vigencia: VigenciaAdministrable }) {
  if (v.reportes > 0 || v.metas > 0) return null;
  return (
    <BotonEliminar
      tipo="vigencia"
      valores={{ vigenciaId: v.id }}
      descripcion={`la vigencia ${v.anio} con su plan (${v.temas === 1 ? "1 tema" : `${v.temas} temas`})`}
      bloqueo={null}
      enfocar="#titulo-vigencias"
      nombreAccesible={`Eliminar la vigencia ${v.anio}`}
    />
  );
}

function EnlacesDeVigencia(props: { anio: number; nombre: string }) {
  return (
    <span className="flex flex-wrap gap-x-4 gap-y-1">
      <Link
        href={`/admin/plan/${props.anio}`}
        aria-label={`Editar el plan: ${props.nombre}`}
        className="font-semibold text-sena-700 underline hover:text-sena-800"
      >
        Editar el plan
      </Link>
      <Link
        href={`/plan?vigencia=${props.anio}`}
        aria-label={`Ver el plan publicado: ${props.nombre}`}
        className="text-sena-700 underline hover:text-sena-800"
      >
        Ver
      </Link>
    </span>
  );
}
