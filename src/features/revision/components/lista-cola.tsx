import Link from "next/link";
import { Tabla, type ColumnaDeTabla } from "@/components/ui/tabla";
import { InsigniaDeOportunidad } from "@/features/reportes/components/insignia-de-oportunidad";
import { Insignia } from "@/components/ui/insignia";
import { describirPlazo, NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import { formatearFecha, formatearFechaHora } from "@/lib/fechas";
import type { FilaCola } from "../queries";

const NACIONAL = "Nivel nacional";

function unidad(f: FilaCola): string {
  return f.centro ?? NACIONAL;
}

function enviado(f: FilaCola): string {
  return f.enviadoEn ? formatearFechaHora(f.enviadoEn) : "Sin fecha";
}

function EnlaceRevisar({ fila }: { fila: FilaCola }) {
  return (
    <Link href={`/reportes/${fila.id}`} className="font-medium text-sena-700 underline hover:text-sena-800">
      Revisar
      <span className="sr-only">
        {" "}
        {NOMBRE_TIPO_REPORTE[fila.tipo]}, {fila.periodo.etiqueta}, {unidad(fila)}
      </span>
    </Link>
  );
}

function espera(f: FilaCola): string {
  if (f.diasEsperando === 0) return "Espera desde hoy";
  return f.diasEsperando === 1 ? "1 día en espera" : `${f.diasEsperando} días en espera`;
}

/** The reviewers' own deadline: how long is left, or how late the review is. */
function PlazoRevision({ fila }: { fila: FilaCola }) {
  if (!fila.revision) return <span className="text-slate-600">—</span>;
  const { texto, tono } = describirPlazo("REVISION", fila.revision.oportunidad);
  return (
    <span className="flex flex-col items-start gap-1">
      <Insignia tono={tono}>{texto}</Insignia>
      <span className="text-xs text-slate-700">Hasta el {formatearFecha(fila.revision.venceEl)}</span>
    </span>
  );
}

/** Figures that break a rule of decision 0018, with the author's justification to read. */
function Justificada({ fila }: { fila: FilaCola }) {
  if (!fila.justificada) return null;
  return (
    <span className="mt-1 block">
      <Insignia tono="ambar">Cifras con justificación</Insignia>
    </span>
  );
}

const COLUMNAS: ColumnaDeTabla<FilaCola>[] = [
  { titulo: "Centro", nombraLaFila: true, clase: "font-medium text-slate-900", celda: unidad },
  { titulo: "Regional", celda: (f) => f.regional ?? NACIONAL },
  {
    titulo: "Reporte",
    celda: (f) => (
      <>
        {NOMBRE_TIPO_REPORTE[f.tipo]}
        <span className="block text-slate-600">{f.periodo.etiqueta}</span>
        <Justificada fila={f} />
      </>
    ),
  },
  {
    titulo: "Enviado",
    celda: (f) => (
      <>
        <span className="whitespace-nowrap">{enviado(f)}</span>
        <span className="block text-xs font-medium text-slate-700">{espera(f)}</span>
      </>
    ),
  },
  { titulo: "Plazo de revisión", celda: (f) => <PlazoRevision fila={f} /> },
  { titulo: "Oportunidad", celda: (f) => <InsigniaDeOportunidad oportunidad={f.oportunidad} /> },
  { titulo: null, clase: "text-right", celda: (f) => <EnlaceRevisar fila={f} /> },
];

function Tarjeta({ fila: f }: { fila: FilaCola }) {
  return (
    <>
      <p className="font-semibold text-slate-900">{unidad(f)}</p>
      <p className="text-sm text-slate-600">{f.regional ? `Regional ${f.regional}` : NACIONAL}</p>
      <p className="mt-1 text-sm text-slate-800">
        {NOMBRE_TIPO_REPORTE[f.tipo]} · {f.periodo.etiqueta}
      </p>
      <Justificada fila={f} />
      <p className="text-sm text-slate-600">
        Enviado el {enviado(f)} · {espera(f).toLowerCase()}
      </p>
      <div className="mt-1">
        <PlazoRevision fila={f} />
      </div>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <InsigniaDeOportunidad oportunidad={f.oportunidad} />
        <EnlaceRevisar fila={f} />
      </div>
    </>
  );
}

/** A table on wide screens and cards on phones, with the same content. */
export function ListaCola({ filas }: { filas: FilaCola[] }) {
  return (
    <Tabla
      descripcion="Reportes enviados que esperan revisión, del más antiguo al más reciente"
      columnas={COLUMNAS}
      filas={filas}
      clave={(f) => f.id}
      tarjeta={(f) => <Tarjeta fila={f} />}
      testId="fila-revision"
    />
  );
}
