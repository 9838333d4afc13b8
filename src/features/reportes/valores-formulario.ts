import type { ReporteDetalle } from "./queries";

const miles = new Intl.NumberFormat("es-CO", { useGrouping: true, maximumFractionDigits: 0 });

/** What the form's inputs hold: a field not typed yet is an empty input. */
function comoTexto(valor: unknown): unknown {
  if (valor === null) return "";
  if (typeof valor === "bigint" || typeof valor === "number") return miles.format(valor);
  if (valor instanceof Date) return valor.toISOString().slice(0, 10);
  return valor;
}

function textos(campos: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(campos)
      .filter(([clave]) => clave !== "reporteId")
      .map(([clave, valor]) => [clave, comoTexto(valor)]),
  );
}

/** The saved data as the form shows it: amounts grouped the Colombian way ("1.250.000"). */
export function valoresDelFormulario(
  reporte: ReporteDetalle,
  regionales: { id: number }[],
): Record<string, unknown> {
  if (reporte.tipo === "RECAUDO") {
    const guardadas = new Map(reporte.recaudoPorRegional.map((r) => [r.regionalId, r]));
    return {
      ...(reporte.recaudo ? textos(reporte.recaudo) : {}),
      desglose: guardadas.size > 0,
      regionales: regionales.map((r) => {
        const fila = guardadas.get(r.id);
        return {
          regionalId: r.id,
          recaudoFiscalizacion:
            fila?.recaudoFiscalizacion != null ? miles.format(fila.recaudoFiscalizacion) : "",
          recaudoCobroPersuasivo:
            fila?.recaudoCobroPersuasivo != null ? miles.format(fila.recaudoCobroPersuasivo) : "",
        };
      }),
    };
  }
  const detalle = reporte.comitePrecios ?? reporte.trazabilidadVentas ?? reporte.ejecucionRecursos;
  return detalle ? textos(detalle) : {};
}
