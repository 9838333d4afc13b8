import { tablaDeLaCola } from "@/features/revision/queries";
import { filtrosColaSchema } from "@/features/revision/schemas";
import { fechaEnBogota } from "@/lib/fechas";
import { rutaDeDescarga } from "@/server/descarga";

export const dynamic = "force-dynamic";

/** GET /revision/exportar?formato=csv|xlsx&<filtros de la cola>: the whole queue, every page. */
export const GET = rutaDeDescarga({ accion: "ver-cola-revision" }, async (usuario, parametros) => ({
  tabla: await tablaDeLaCola(usuario, filtrosColaSchema.parse(parametros)),
  archivo: `cola-de-revision-${fechaEnBogota(new Date())}`,
}));
