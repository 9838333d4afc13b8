import { planDeVigencia, tablaDelPlan } from "@/features/plan/queries";
import { elegirVigencia } from "@/features/plan/vigencias";
import { rutaDeDescarga } from "@/server/descarga";

export const dynamic = "force-dynamic";

/** GET /plan/exportar?formato=csv|xlsx&vigencia=2026: the plan, one seguimiento per row. */
export const GET = rutaDeDescarga({ accion: "ver-plan" }, async (_usuario, parametros) => {
  const { vigencia } = await elegirVigencia(parametros.vigencia);
  return (
    vigencia && {
      tabla: tablaDelPlan(vigencia.anio, await planDeVigencia(vigencia.id)),
      archivo: `plan-de-accion-${vigencia.anio}`,
    }
  );
});
