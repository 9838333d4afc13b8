import { tablaDeAuditoria } from "@/features/auditoria/queries";
import { filtrosAuditoriaSchema } from "@/features/auditoria/schemas";
import { fechaEnBogota } from "@/lib/fechas";
import { rutaDeDescarga } from "@/server/descarga";

export const dynamic = "force-dynamic";

/** GET /admin/auditoria/exportar?formato=csv|xlsx&<filtros de la auditoría>: only for an ADMIN. */
export const GET = rutaDeDescarga({ accion: "administrar" }, async (usuario, parametros) => ({
  tabla: await tablaDeAuditoria(usuario, filtrosAuditoriaSchema.parse(parametros)),
  archivo: `auditoria-${fechaEnBogota(new Date())}`,
}));
