import { z } from "zod";
import { TipoNotificacion } from "@/generated/prisma/enums";
import { idDeTextoSchema } from "@/lib/identificadores";

export const abrirNotificacionSchema = z.object({ notificacionId: idDeTextoSchema() });

export const marcarTodasSchema = z.object({});

/** The kinds the user chose to keep to the application only (no e-mail). */
export const preferenciasSchema = z.object({
  sinCorreo: z.array(z.enum(TipoNotificacion, { error: "Tipo de notificación desconocido." })).max(50),
});

export type Preferencias = z.infer<typeof preferenciasSchema>;

const pagina = z.coerce.number().int().min(1).max(10_000).catch(1);

/** Filters of the notifications page, read from the URL; anything odd falls back to the default. */
export const filtrosNotificacionesSchema = z.object({
  pagina: pagina.default(1),
  estado: z.enum(["no-leidas"]).optional().catch(undefined),
});

export type FiltrosNotificaciones = z.infer<typeof filtrosNotificacionesSchema>;
