import { camposCambiados } from "@/features/auditoria/cambios";
import { LineaDeTiempo } from "@/components/ui/linea-de-tiempo";
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
  const entradas = eventos.map((e) => ({
    id: e.id,
    quien: e.actor?.nombre ?? "Sistema",
    que: verbo(e),
    cuando: e.createdAt,
    cambios: (e.antes ? camposCambiados(e.antes, e.despues).filter((c) => c.campo in ETIQUETA) : []).map(
      (c) => `${ETIQUETA[c.campo]}: ${mostrar(c.antes)} → ${mostrar(c.despues)}`,
    ),
  }));
  return <LineaDeTiempo entradas={entradas} vacia="Sin cambios registrados." />;
}
