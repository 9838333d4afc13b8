import { z } from "zod";
import { ENTERO_MAXIMO, idDeTextoSchema, idSchema } from "@/lib/identificadores";

// The inputs of the report operations. A report's data are validated against its seguimiento's
// declared form (`esquemaDeDatos` of src/lib/seguimientos/datos.ts), inside the operation.

export const guardarReporteSchema = z.object({
  reporteId: idSchema(),
  version: z.number().int().positive().max(ENTERO_MAXIMO),
  enviar: z.boolean(),
  // Validated against the report's own declared form and period inside the operation.
  datos: z.record(z.string(), z.unknown()),
});

export const iniciarReporteSchema = z.object({
  seguimientoId: idDeTextoSchema(),
  periodo: z.string().min(4).max(8),
});
