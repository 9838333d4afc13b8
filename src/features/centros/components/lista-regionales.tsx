import Link from "next/link";
import { Tabla, type ColumnaDeTabla } from "@/components/ui/tabla";
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

const COLUMNAS: ColumnaDeTabla<FilaRegional>[] = [
  { titulo: "Código", clase: "font-mono text-xs", celda: (r) => r.codigo },
  {
    titulo: "Regional",
    nombraLaFila: true,
    clase: "font-medium text-slate-900",
    celda: (r) => <EnlaceCentros regional={r}>{r.nombre}</EnlaceCentros>,
  },
  { titulo: "Centros", numerica: true, celda: (r) => numero(r.centros) },
  { titulo: "Activos", numerica: true, celda: (r) => numero(r.activos) },
  { titulo: "Activos con aprovechamiento", numerica: true, celda: (r) => numero(r.conAprovechamiento) },
  { titulo: null, clase: "text-right", celda: (r) => <EnlaceEditar regional={r} /> },
];

function Tarjeta({ regional: r }: { regional: FilaRegional }) {
  return (
    <>
      <p className="font-semibold text-slate-900">
        <EnlaceCentros regional={r}>{r.nombre}</EnlaceCentros>{" "}
        <span className="font-mono text-xs font-normal text-slate-700">({r.codigo})</span>
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {numero(r.centros)} centros · {numero(r.activos)} activos · {numero(r.conAprovechamiento)} generan
        aprovechamiento
      </p>
      <p className="mt-2 text-right text-sm">
        <EnlaceEditar regional={r} />
      </p>
    </>
  );
}

/** A table on wide screens and cards on phones; each regional links to its centros. */
export function ListaRegionales({ regionales }: { regionales: FilaRegional[] }) {
  return (
    <Tabla
      descripcion="Regionales con sus centros activos y los que generan aprovechamiento"
      columnas={COLUMNAS}
      filas={regionales}
      clave={(r) => r.id}
      tarjeta={(r) => <Tarjeta regional={r} />}
      testId="fila-regional"
    />
  );
}
