import { tablaDeUsuarios } from "@/features/usuarios/queries";
import { filtrosUsuariosSchema } from "@/features/usuarios/schemas";
import { fechaEnBogota } from "@/lib/fechas";
import { rutaDeDescarga } from "@/server/descarga";

export const dynamic = "force-dynamic";

/** GET /admin/usuarios/exportar?formato=csv|xlsx&<filtros de la lista>: every page, for an ADMIN. */
export const GET = rutaDeDescarga({ accion: "administrar" }, async (usuario, parametros) => ({
  tabla: await tablaDeUsuarios(usuario, filtrosUsuariosSchema.parse(parametros)),
  archivo: `usuarios-${fechaEnBogota(new Date())}`,
}));
