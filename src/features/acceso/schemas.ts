import { z } from "zod";

export const credencialesSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Escriba su correo electrónico.")
    // The longest address e-mail can deliver (RFC 5321); anything longer is refused before it is
    // counted or written to the audit log.
    .max(254, "El correo electrónico es demasiado largo (máximo 254 caracteres).")
    .pipe(z.email("Escriba un correo electrónico válido, por ejemplo nombre@sena.edu.co.")),
  password: z.string().min(1, "Escriba su contraseña.").max(200, "La contraseña es demasiado larga."),
});

export type Credenciales = z.infer<typeof credencialesSchema>;
