import { listarCentros, tablaDeCentros } from "@/features/centros/queries";
import { filtrosCentrosSchema } from "@/features/centros/schemas";
import { fechaEnBogota } from "@/lib/fechas";
import { rutaDeDescarga } from "@/server/descarga";

export const dynamic = "force-dynamic";

/** GET /admin/centros/exportar?formato=csv|xlsx&<filtros de la lista>: for an ADMIN. */
export const GET = rutaDeDescarga({ accion: "administrar" }, async (usuario, parametros) => ({
  tabla: tablaDeCentros(await listarCentros(usuario, filtrosCentrosSchema.parse(parametros))),
  archivo: `centros-${fechaEnBogota(new Date())}`,
}));
