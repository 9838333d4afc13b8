import { tablaPedida } from "@/features/tableros/tabla-pedida";
import { rutaDeDescarga } from "@/server/descarga";

export const dynamic = "force-dynamic";

/** GET /api/tableros/exportar?panel=…&tabla=…&formato=csv|xlsx&<filtros del tablero> */
export const GET = rutaDeDescarga(null, async (usuario, parametros) => {
  const pedida = await tablaPedida(usuario, parametros);
  return pedida && { tabla: pedida.tabla, archivo: `${pedida.tabla.nombre}-${pedida.ambito.vigencia.anio}` };
});
