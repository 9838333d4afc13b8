import { describirOportunidad, ESTADO } from "@/lib/etiquetas";
import type { TablaExportable } from "@/features/tableros/tipos";
import { formatearFecha } from "@/lib/fechas";
import type { Obligacion } from "@/lib/obligaciones";
import { columna, FECHA_LIMITE, PERIODO, REPORTE } from "@/features/tableros/columnas";

/** Mis obligaciones as a table to download, in the order of the screen (by deadline). */
export function tablaDeObligaciones(unidad: string, obligaciones: Obligacion[]): TablaExportable {
  return {
    nombre: "mis-obligaciones",
    titulo: `Obligaciones · ${unidad}`,
    columnas: [
      REPORTE,
      PERIODO,
      FECHA_LIMITE,
      columna("estado", "Estado"),
      columna("oportunidad", "Oportunidad"),
      columna("correccion", "Plazo de corrección"),
      columna("enlace", "Enlace"),
    ],
    filas: obligaciones.map((o) => ({
      reporte: o.seguimiento,
      periodo: o.periodo.etiqueta,
      fechaLimite: formatearFecha(o.fechaLimite),
      estado: ESTADO[o.estado].nombre,
      oportunidad: describirOportunidad(o.oportunidad).texto,
      correccion: o.correccion
        ? `${formatearFecha(o.correccion.venceEl)} (${describirOportunidad(o.correccion.oportunidad).texto})`
        : null,
      enlace: o.reporteId ? `/reportes/${o.reporteId}` : null,
    })),
  };
}
