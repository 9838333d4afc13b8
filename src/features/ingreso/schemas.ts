import { z } from "zod";
import { ENTERO_MAXIMO, idDeTextoSchema } from "@/lib/identificadores";

/** The sign-in settings as the form sends them. */
export const configuracionIngresoSchema = z.object({
  version: z.coerce.number().int().min(0).max(ENTERO_MAXIMO),
  claveParaCuentasVinculadas: z.boolean({ error: "Elija si las cuentas vinculadas pueden usar contraseña." }),
});

export type ConfiguracionIngresoFormulario = z.input<typeof configuracionIngresoSchema>;

/** Which account loses its link to an institutional identity. */
export const desvincularSchema = z.object({ usuarioId: idDeTextoSchema() });
