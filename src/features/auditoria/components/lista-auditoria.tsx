import Link from "next/link";
import { Insignia, type Tono } from "@/components/ui/insignia";
import { Dato } from "@/components/ui/lista-de-datos";
import { Tabla, type ColumnaDeTabla } from "@/components/ui/tabla";
import { formatearFechaHora } from "@/lib/fechas";
import type { FilaAuditoria } from "../queries";

/** Before/after changes shown before the rest fold away. */
const VISIBLES = 3;

const TONO: Record<string, Tono> = {
  INGRESO: "verde",
  INGRESO_FALLIDO: "rojo",
  INGRESO_LIMITADO: "rojo",
  SALIDA: "gris",
  SALIDA_TODOS: "gris",
  CAMBIAR_CLAVE: "ambar",
  RESTABLECER_CLAVE: "ambar",
};

function Evento({ fila }: { fila: FilaAuditoria }) {
  return <Insignia tono={TONO[fila.accion] ?? "azul"}>{fila.evento}</Insignia>;
}

function Quien({ fila }: { fila: FilaAuditoria }) {
  if (fila.actor) {
    return (
      <>
        <span className="block font-medium text-slate-900">{fila.actor.nombre}</span>
        <span className="block text-slate-600">{fila.actor.email}</span>
      </>
    );
  }
  if (fila.correoEscrito) {
    return (
      <>
        <span className="block font-medium text-slate-900">{fila.correoEscrito}</span>
        <span className="block text-slate-600">Correo escrito al ingresar</span>
      </>
    );
  }
  return <span className="text-slate-600">Sistema</span>;
}

function Que({ fila }: { fila: FilaAuditoria }) {
  const esElReporte = fila.entidad === `Reporte #${fila.reporteId}`;
  return (
    <>
      {esElReporte ? null : <span className="block">{fila.entidad}</span>}
      {fila.reporteId === null ? null : (
        <Link
          href={`/reportes/${fila.reporteId}`}
          className="font-medium text-sena-700 underline hover:text-sena-800"
        >
          {esElReporte ? `Reporte #${fila.reporteId}` : `del reporte #${fila.reporteId}`}
        </Link>
      )}
      {fila.detalle ? <span className="block text-slate-600">{fila.detalle}</span> : null}
    </>
  );
}

function Origen({ fila }: { fila: FilaAuditoria }) {
  if (!fila.ip && !fila.navegador) return <span className="text-slate-600">—</span>;
  return (
    <>
      <span className="block font-mono text-xs text-slate-900">{fila.ip ?? "Dirección desconocida"}</span>
      {fila.navegador ? (
        <span className="block text-slate-600" title={fila.userAgent ?? undefined}>
          {fila.navegador}
        </span>
      ) : null}
    </>
  );
}

function Cambio({ cambio }: { cambio: FilaAuditoria["cambios"][number] }) {
  return (
    <li>
      <span className="font-medium">{cambio.campo}:</span> {cambio.antes} → {cambio.despues}
    </li>
  );
}

/** The fields an event changed, the first few in view and the rest behind "N más". */
function Cambios({ fila }: { fila: FilaAuditoria }) {
  if (fila.cambios.length === 0) return null;
  const resto = fila.cambios.slice(VISIBLES);
  return (
    <div className="text-sm text-slate-700 wrap-anywhere">
      <ul>
        {fila.cambios.slice(0, VISIBLES).map((c) => (
          <Cambio key={c.campo} cambio={c} />
        ))}
      </ul>
      {resto.length > 0 ? (
        <details>
          <summary className="cursor-pointer font-medium text-sena-700">
            {resto.length === 1 ? "1 campo más" : `${resto.length} campos más`}
          </summary>
          <ul>
            {resto.map((c) => (
              <Cambio key={c.campo} cambio={c} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

const COLUMNAS: ColumnaDeTabla<FilaAuditoria>[] = [
  {
    titulo: "Fecha y hora",
    nombraLaFila: true,
    clase: "font-normal",
    celda: (f) => (
      <>
        <span className="block whitespace-nowrap text-slate-900">{formatearFechaHora(f.fecha)}</span>
        <span className="block text-xs text-slate-600">Registro #{f.id}</span>
      </>
    ),
  },
  { titulo: "Evento", celda: (f) => <Evento fila={f} /> },
  { titulo: "Quién", clase: "break-words", celda: (f) => <Quien fila={f} /> },
  { titulo: "Sobre qué", clase: "max-w-48 min-w-32 break-words", celda: (f) => <Que fila={f} /> },
  { titulo: "Desde dónde", clase: "max-w-48 min-w-40 break-words", celda: (f) => <Origen fila={f} /> },
  { titulo: "Antes → después", clase: "min-w-48", celda: (f) => <Cambios fila={f} /> },
];

function Tarjeta({ fila: f }: { fila: FilaAuditoria }) {
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Evento fila={f} />
        <p className="text-sm text-slate-600">
          {formatearFechaHora(f.fecha)} · #{f.id}
        </p>
      </div>
      <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
        <Dato termino="Quién">
          <Quien fila={f} />
        </Dato>
        <Dato termino="Sobre qué">
          <Que fila={f} />
        </Dato>
        <Dato termino="Desde dónde">
          <Origen fila={f} />
        </Dato>
        {f.cambios.length > 0 ? (
          <Dato termino="Antes → después">
            <Cambios fila={f} />
          </Dato>
        ) : null}
      </dl>
    </>
  );
}

/** A table on wide screens and cards on phones, with the same content. */
export function ListaAuditoria({ filas }: { filas: FilaAuditoria[] }) {
  return (
    <Tabla
      descripcion="Eventos de la auditoría, del más reciente al más antiguo"
      columnas={COLUMNAS}
      filas={filas}
      clave={(f) => f.id}
      tarjeta={(f) => <Tarjeta fila={f} />}
      testId="evento-auditoria"
      testIdTarjeta="evento-auditoria-tarjeta"
      desde="lg"
      alinearArriba
    />
  );
}
