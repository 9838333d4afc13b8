import { DefinitionList } from "@/components/ui/definition-list";
import type { ReporteDetalle } from "../queries";

/**
 * The lineamiento, the acción and what the plan expects as its result and evidence, so that the
 * person filling the report knows what to attach, and the reviewer what to check.
 */
export function LoQuePideElPlan({ seguimiento }: { seguimiento: ReporteDetalle["seguimiento"] }) {
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
  return <DefinitionList filas={filas} compacta />;
}
