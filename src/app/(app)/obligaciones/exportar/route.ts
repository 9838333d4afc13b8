import { misObligaciones } from "@/features/obligaciones/queries";
import { tablaDeObligaciones } from "@/features/obligaciones/tabla";
import { elegirVigencia } from "@/features/plan/vigencias";
import { rutaDeDescarga } from "@/server/descarga";

export const dynamic = "force-dynamic";

/** GET /obligaciones/exportar?formato=csv|xlsx&vigencia=2026: Mis obligaciones, as on screen. */
export const GET = rutaDeDescarga(null, async (usuario, parametros) => {
  const { vigencia } = await elegirVigencia(parametros.vigencia);
  const resultado = vigencia ? await misObligaciones(usuario, vigencia) : null;
  return (
    resultado && {
      tabla: tablaDeObligaciones(resultado.unidad, resultado.obligaciones),
      archivo: `obligaciones-${vigencia!.anio}`,
    }
  );
});
