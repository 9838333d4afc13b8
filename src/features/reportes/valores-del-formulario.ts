import { camposConDatos } from "@/lib/seguimientos/datos";
import { valorEnElFormulario } from "@/lib/seguimientos/presentacion";
import type { ReporteDetalle } from "./queries";

/**
 * The saved data as the form shows them: amounts grouped the Colombian way ("1.250.000"), a field
 * not typed yet as an empty input, and one row per regional when the form declares the breakdown.
 */
export function valoresDelFormulario(
  reporte: ReporteDetalle,
  regionales: { id: number }[],
): Record<string, unknown> {
  const { formulario, datos } = reporte;
  const valores = Object.fromEntries(
    camposConDatos(formulario).map((c) => [c.clave, valorEnElFormulario(c, datos.valores[c.clave])]),
  );
  const desglose = formulario.desglosePorRegional?.campos ?? [];
  if (desglose.length === 0) return { ...valores, justificacion: datos.justificacion ?? "" };
  const guardadas = new Map(datos.regionales.map((r) => [r.regionalId, r.valores]));
  const pesos = formulario.campos.find((c) => c.tipo === "pesos")!;
  return {
    ...valores,
    justificacion: datos.justificacion ?? "",
    desglose: guardadas.size > 0,
    regionales: regionales.map((r) => ({
      regionalId: r.id,
      ...Object.fromEntries(
        desglose.map((clave) => [clave, valorEnElFormulario(pesos, guardadas.get(r.id)?.[clave])]),
      ),
    })),
  };
}
