import Link from "next/link";
import { Tabla, type ColumnaDeTabla } from "@/components/ui/tabla";
import { Insignia } from "@/components/ui/insignia";
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
    <Insignia tono="verde">Genera</Insignia>
  ) : (
    <Insignia tono="gris">No genera</Insignia>
  );
}

function Estado({ centro }: { centro: FilaCentro }) {
  return centro.activo ? <Insignia tono="azul">Activo</Insignia> : <Insignia tono="rojo">Inactivo</Insignia>;
}

function Subdirectores({ centro }: { centro: FilaCentro }) {
  if (centro.subdirectores.length === 0) {
    return centro.activo ? (
      <Insignia tono="ambar">Sin subdirector</Insignia>
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

const COLUMNAS: ColumnaDeTabla<FilaCentro>[] = [
  {
    titulo: "Código",
    ancho: "w-32",
    clase: "font-mono text-xs break-all text-slate-800",
    celda: (c) => c.codigo,
  },
  { titulo: "Centro", nombraLaFila: true, clase: "font-medium text-slate-900", celda: (c) => c.nombre },
  { titulo: "Subdirector", ancho: "w-56", celda: (c) => <Subdirectores centro={c} /> },
  { titulo: "Reportes", ancho: "w-24", numerica: true, celda: (c) => c.reportes.toLocaleString("es-CO") },
  { titulo: "Aprovechamiento", ancho: "w-40", celda: (c) => <Aprovechamiento centro={c} /> },
  { titulo: "Estado", ancho: "w-24", celda: (c) => <Estado centro={c} /> },
  { titulo: null, ancho: "w-20", clase: "text-right", celda: (c) => <EnlaceEditar centro={c} /> },
];

function Tarjeta({ centro: c }: { centro: FilaCentro }) {
  return (
    <>
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
    </>
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
          <Tabla
            descripcion={`Centros de la regional ${grupo.regional.nombre}`}
            columnas={COLUMNAS}
            filas={grupo.centros}
            clave={(c) => c.id}
            tarjeta={(c) => <Tarjeta centro={c} />}
            testId="fila-centro"
            testIdTarjeta="tarjeta-centro"
            claseDeFila={(c) => (c.activo ? undefined : "bg-slate-50")}
          />
        </section>
      ))}
    </div>
  );
}
