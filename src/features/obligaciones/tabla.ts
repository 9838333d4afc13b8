import { describirOportunidad, ESTADO, NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import type { TablaExportable } from "@/features/tableros/tipos";
import { formatearFecha } from "@/lib/fechas";
import type { Obligacion } from "@/lib/obligaciones";

/** Mis obligaciones as a table to download, in the order of the screen (by deadline). */
export function tablaDeObligaciones(unidad: string, obligaciones: Obligacion[]): TablaExportable {
  return {
    nombre: "mis-obligaciones",
    titulo: `Obligaciones · ${unidad}`,
    columnas: [
      { clave: "reporte", titulo: "Reporte", tipo: "texto" },
      { clave: "periodo", titulo: "Periodo", tipo: "texto" },
      { clave: "fechaLimite", titulo: "Fecha límite", tipo: "texto" },
      { clave: "estado", titulo: "Estado", tipo: "texto" },
      { clave: "oportunidad", titulo: "Oportunidad", tipo: "texto" },
      { clave: "correccion", titulo: "Plazo de corrección", tipo: "texto" },
      { clave: "enlace", titulo: "Enlace", tipo: "texto" },
    ],
    filas: obligaciones.map((o) => ({
      reporte: NOMBRE_TIPO_REPORTE[o.tipoReporte],
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
