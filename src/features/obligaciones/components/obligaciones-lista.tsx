import Link from "next/link";
import { Tabla, type ColumnaDeTabla } from "@/components/ui/tabla";
import { InsigniaDeEstado } from "@/features/reportes/components/insignia-de-estado";
import { InsigniaDeOportunidad } from "@/features/reportes/components/insignia-de-oportunidad";
import { Insignia } from "@/components/ui/insignia";
import { describirPlazo } from "@/lib/etiquetas";
import { formatearFecha } from "@/lib/fechas";
import { BotonDiligenciar } from "./boton-diligenciar";
import type { Obligacion } from "@/lib/obligaciones";

/** The first-submission timeliness, and for a returned report the deadline of its correction. */
function Plazo({ obligacion }: { obligacion: Obligacion }) {
  const { correccion } = obligacion;
  return (
    <div className="flex flex-col items-start gap-1">
      <InsigniaDeOportunidad oportunidad={obligacion.oportunidad} />
      {correccion ? (
        <span className="text-xs text-slate-700">
          Corregir a más tardar el {formatearFecha(correccion.venceEl)}:{" "}
          <Insignia tono={describirPlazo("CORRECCION", correccion.oportunidad).tono}>
            {describirPlazo("CORRECCION", correccion.oportunidad).texto}
          </Insignia>
        </span>
      ) : null}
    </div>
  );
}

function claveDe(o: Obligacion): string {
  return `${o.seguimientoId}-${o.periodo.codigo}`;
}

const TEXTO_ENLACE: Partial<Record<Obligacion["estado"], string>> = {
  BORRADOR: "Continuar",
  DEVUELTO: "Corregir",
};

function AccionObligacion({ obligacion }: { obligacion: Obligacion }) {
  const descripcion = `${obligacion.seguimiento}, ${obligacion.periodo.etiqueta}`;
  if (obligacion.reporteId === null) {
    return (
      <BotonDiligenciar
        seguimientoId={obligacion.seguimientoId}
        periodo={obligacion.periodo.codigo}
        descripcion={descripcion}
      />
    );
  }
  return (
    <Link
      href={`/reportes/${obligacion.reporteId}`}
      className="font-medium text-sena-700 underline hover:text-sena-800"
    >
      {TEXTO_ENLACE[obligacion.estado] ?? "Ver reporte"}
      <span className="sr-only"> {descripcion}</span>
    </Link>
  );
}

const COLUMNAS: ColumnaDeTabla<Obligacion>[] = [
  {
    titulo: "Reporte",
    nombraLaFila: true,
    clase: "font-medium text-slate-900",
    celda: (o) => o.seguimiento,
  },
  { titulo: "Periodo", celda: (o) => o.periodo.etiqueta },
  { titulo: "Fecha límite", clase: "whitespace-nowrap", celda: (o) => formatearFecha(o.fechaLimite) },
  { titulo: "Estado", celda: (o) => <InsigniaDeEstado estado={o.estado} /> },
  { titulo: "Plazo", celda: (o) => <Plazo obligacion={o} /> },
  { titulo: null, clase: "text-right", celda: (o) => <AccionObligacion obligacion={o} /> },
];

function Tarjeta({ obligacion: o }: { obligacion: Obligacion }) {
  return (
    <>
      <p className="font-semibold text-slate-900">{o.seguimiento}</p>
      <p className="text-sm text-slate-600">
        {o.periodo.etiqueta} · vence el {formatearFecha(o.fechaLimite)}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <InsigniaDeEstado estado={o.estado} />
        <Plazo obligacion={o} />
      </div>
      <div className="mt-2">
        <AccionObligacion obligacion={o} />
      </div>
    </>
  );
}

/** A table on wide screens and a list of cards on phones, with the same content. */
export function ObligacionesLista({ obligaciones }: { obligaciones: Obligacion[] }) {
  return (
    <Tabla
      descripcion="Reportes esperados con su periodo, fecha límite y estado"
      columnas={COLUMNAS}
      filas={obligaciones}
      clave={claveDe}
      tarjeta={(o) => <Tarjeta obligacion={o} />}
      testId="obligacion"
    />
  );
}
