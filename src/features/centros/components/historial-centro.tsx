import { camposCambiados } from "@/features/auditoria/cambios";
import { formatearFechaHora } from "@/lib/fechas";
import type { EventoDeCentro } from "../queries";

const VERBO: Record<string, string> = {
  CREAR: "creó el centro",
  EDITAR: "editó el centro",
  ACTIVAR: "activó el centro",
  DESACTIVAR: "desactivó el centro",
  IMPORTAR: "lo importó desde un archivo",
};

/** The verb of an event; a change in one vigencia says which. */
function verbo(e: EventoDeCentro): string {
  const vigencia = (e.despues as { vigencia?: unknown } | null)?.vigencia;
  if (e.accion === "EDITAR_VIGENCIA") return `cambió el centro en la vigencia ${String(vigencia)}`;
  return VERBO[e.accion] ?? e.accion;
}

const ETIQUETA: Record<string, string> = {
  codigo: "Código",
  nombre: "Nombre",
  regional: "Regional",
  generaAprovechamiento: "Genera aprovechamiento",
  requiereRecursos: "Requiere recursos de formación - producción",
  activo: "Activo",
};

function mostrar(valor: unknown): string {
  if (valor === undefined || valor === null || valor === "") return "vacío";
  if (typeof valor === "boolean") return valor ? "Sí" : "No";
  return String(valor);
}

/** Who changed the centro and what, newest first; the regional id is shown through its name. */
export function HistorialCentro({ eventos }: { eventos: EventoDeCentro[] }) {
  if (eventos.length === 0) return <p className="text-sm text-slate-600">Sin cambios registrados.</p>;
  return (
    <ol className="space-y-3">
      {eventos.map((e) => {
        const cambios = e.antes ? camposCambiados(e.antes, e.despues).filter((c) => c.campo in ETIQUETA) : [];
        return (
          <li key={e.id} className="border-l-2 border-slate-300 pl-3 text-sm">
            <p>
              <span className="font-semibold">{e.actor?.nombre ?? "Sistema"}</span> {verbo(e)}
              <span className="text-slate-600"> · {formatearFechaHora(e.createdAt)}</span>
            </p>
            {cambios.length > 0 ? (
              <ul className="mt-1 text-slate-700">
                {cambios.map((c) => (
                  <li key={c.campo}>
                    {ETIQUETA[c.campo]}: {mostrar(c.antes)} → {mostrar(c.despues)}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
