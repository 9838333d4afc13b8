import { ListaDeDatos } from "@/components/ui/lista-de-datos";
import type { ReporteDetalle } from "../queries";

/** The lineamiento, the acción and what the plan expects as its result and evidence. */
export function filasDeLoQuePideElPlan(seguimiento: ReporteDetalle["seguimiento"]): [string, string][] {
  const { accion } = seguimiento;
  const filas: [string, string][] = [
    [
      `Lineamiento (${accion.lineamiento.tema.codigo} ${accion.lineamiento.tema.nombre})`,
      accion.lineamiento.texto,
    ],
    ["Acción", accion.texto],
    ["Resultado esperado", accion.resultadoEsperado],
  ];
  if (seguimiento.observacion.trim()) filas.push(["Observación del plan", seguimiento.observacion]);
  return filas;
}

/**
 * What the plan asks of this report, so that the person filling it knows what to attach, and the
 * reviewer what to check.
 */
export function LoQuePideElPlan({ seguimiento }: { seguimiento: ReporteDetalle["seguimiento"] }) {
  return <ListaDeDatos filas={filasDeLoQuePideElPlan(seguimiento)} compacta />;
}
