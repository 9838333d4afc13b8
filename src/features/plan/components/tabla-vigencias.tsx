import Link from "next/link";
import { Tabla, type ColumnaDeTabla } from "@/components/ui/tabla";
import type { VigenciaAdministrable } from "../queries";
import { Anuncios } from "./anuncios";
import { BotonEliminar } from "./boton-eliminar";

const numero = new Intl.NumberFormat("es-CO");

const CIFRAS = [
  ["Temas", (v: VigenciaAdministrable) => v.temas],
  ["Seguimientos", (v: VigenciaAdministrable) => v.seguimientos],
  ["Reportes presentados", (v: VigenciaAdministrable) => v.reportesPresentados],
  ["Reportes (con borradores)", (v: VigenciaAdministrable) => v.reportes],
  ["Metas", (v: VigenciaAdministrable) => v.metas],
] as const;

const COLUMNAS: ColumnaDeTabla<VigenciaAdministrable>[] = [
  { titulo: "Vigencia", nombraLaFila: true, clase: "font-semibold text-slate-900", celda: (v) => v.nombre },
  ...CIFRAS.map(([titulo, valor]) => ({
    titulo,
    numerica: true,
    celda: (v: VigenciaAdministrable) => numero.format(valor(v)),
  })),
  {
    titulo: null,
    clase: "space-y-2",
    celda: (v) => (
      <>
        <EnlacesDeVigencia anio={v.anio} nombre={v.nombre} />
        <Eliminar vigencia={v} />
      </>
    ),
  },
];

function Tarjeta({ vigencia: v }: { vigencia: VigenciaAdministrable }) {
  return (
    <>
      <h3 className="font-semibold text-slate-900">{v.nombre}</h3>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        {CIFRAS.map(([termino, valor]) => (
          <div key={termino} className="contents">
            <dt className="text-slate-600">{termino}</dt>
            <dd className="text-right tabular-nums text-slate-900">{numero.format(valor(v))}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-3 space-y-3">
        <EnlacesDeVigencia anio={v.anio} nombre={v.nombre} />
        <Eliminar vigencia={v} />
      </div>
    </>
  );
}

/** Every vigencia with what it holds; a table on wide screens, one card per vigencia on phones. */
export function TablaVigencias({ vigencias }: { vigencias: VigenciaAdministrable[] }) {
  if (vigencias.length === 0) return <p className="text-slate-700">Aún no hay vigencias.</p>;
  return (
    <Anuncios>
      <Tabla
        descripcion="Vigencias y lo que contienen"
        columnas={COLUMNAS}
        filas={vigencias}
        clave={(v) => v.id}
        tarjeta={(v) => <Tarjeta vigencia={v} />}
      />
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
