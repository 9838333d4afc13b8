import "server-only";
import { z } from "zod";

const esquema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL no está definida: indique la cadena de conexión de PostgreSQL." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL debe ser una URL postgresql://"),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET no está definida: genere una con `openssl rand -base64 32`." })
    .min(16, "NEXTAUTH_SECRET debe tener al menos 16 caracteres."),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof esquema>;

let cache: Env | undefined;

/** Environment validated on first use, so a missing variable fails loudly with its name. */
export function env(): Env {
  if (!cache) {
    const resultado = esquema.safeParse(process.env);
    if (!resultado.success) {
      const detalle = resultado.error.issues.map((i) => `- ${i.message}`).join("\n");
      throw new Error(`Configuración inválida:\n${detalle}`);
    }
    cache = resultado.data;
  }
  return cache;
}
