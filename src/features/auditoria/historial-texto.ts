import { camposCambiados, etiquetaDeCampo, mostrarValor } from "./cambios";
import type { EventoHistorial } from "./queries";
import type { Formulario } from "@/lib/seguimientos/declaracion";
import type { EntradaDeHistorial } from "@/components/ui/linea-de-tiempo";

const VERBO: Record<string, string> = {
  CREAR: "abrió el reporte",
  EDITAR: "guardó datos",
  ENVIAR: "envió el reporte",
  APROBAR: "aprobó el reporte",
  DEVOLVER: "devolvió el reporte",
  REABRIR: "reabrió el reporte",
  SUBIR_EVIDENCIA: "adjuntó un archivo",
  DESCARGAR_EVIDENCIA: "descargó un archivo",
  ELIMINAR_EVIDENCIA: "eliminó un archivo",
};

/** The reviewer's comment of a return or a reopening, kept in the event's "after". */
function comentarioDe(evento: EventoHistorial): string | null {
  if (evento.accion !== "DEVOLVER" && evento.accion !== "REABRIR") return null;
  const despues = evento.despues as { comentarioRevision?: unknown } | null;
  return typeof despues?.comentarioRevision === "string" ? despues.comentarioRevision : null;
}

/** A report's history in words, the same on its page and in its PDF; its fields as its form names them. */
export function lineasDelHistorial(eventos: EventoHistorial[], formulario: Formulario): EntradaDeHistorial[] {
  return eventos.map((e) => ({
    id: e.id,
    quien: e.actor?.nombre ?? "Sistema",
    que: VERBO[e.accion] ?? e.accion,
    cuando: e.createdAt,
    comentario: comentarioDe(e),
    cambios:
      e.accion === "EDITAR" || e.accion.endsWith("EVIDENCIA")
        ? camposCambiados(e.antes, e.despues).map(
            (c) =>
              `${etiquetaDeCampo(c.campo, formulario)}: ${mostrarValor(c.campo, c.antes, formulario)} → ` +
              mostrarValor(c.campo, c.despues, formulario),
          )
        : [],
  }));
}
