import { tablaDeMetas } from "@/features/metas/queries";
import { elegirVigencia } from "@/features/plan/vigencias";
import { rutaDeDescarga } from "@/server/descarga";

export const dynamic = "force-dynamic";

/** GET /metas/exportar?formato=csv|xlsx&vigencia=2026: the metas of a vigencia, as on screen. */
export const GET = rutaDeDescarga({ accion: "ver-tableros" }, async (usuario, parametros) => {
  const { vigencia } = await elegirVigencia(parametros.vigencia);
  return vigencia && { tabla: await tablaDeMetas(usuario, vigencia), archivo: `metas-${vigencia.anio}` };
});
