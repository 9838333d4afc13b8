import { z } from "zod";
import { EstadoCorreo } from "@/generated/prisma/enums";
import { idDeTextoSchema } from "@/lib/identificadores";

const pagina = z.coerce.number().int().min(1).max(10_000).catch(1);

/** Filters of the outbox, read from the URL; anything odd falls back to the default. */
export const filtrosCorreosSchema = z.object({
  estado: z.enum(EstadoCorreo).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined),
  pagina: pagina.default(1),
});

export type FiltrosCorreos = z.infer<typeof filtrosCorreosSchema>;

export const reintentarCorreoSchema = z.object({ correoId: idDeTextoSchema() });
