import { z } from "zod";

export const credencialesSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Escriba su correo electrónico.")
    .pipe(z.email("Escriba un correo electrónico válido, por ejemplo nombre@sena.edu.co.")),
  password: z.string().min(1, "Escriba su contraseña.").max(200, "La contraseña es demasiado larga."),
});

export type Credenciales = z.infer<typeof credencialesSchema>;
