import { z } from "zod";

export const LARGO_MINIMO_CLAVE = 10;
/** The login form accepts up to 200 characters; a longer password could never be typed there. */
export const LARGO_MAXIMO_CLAVE = 128;

export const REGLAS_DE_CLAVE =
  `Al menos ${LARGO_MINIMO_CLAVE} caracteres. Una frase de varias palabras es fácil de recordar y ` +
  "difícil de adivinar. No puede ser su correo ni la contraseña actual.";

// A few that people pick when they are told "at least ten characters"; length alone is not enough.
const DEMASIADO_COMUNES = new Set([
  "1234567890",
  "12345678910",
  "0123456789",
  "9876543210",
  "qwertyuiop",
  "asdfghjkl",
  "contrasena",
  "contraseña",
  "password123",
  "password1234",
  "sena123456",
  "sena12345678",
  "administrador",
  "colombia123",
]);

function sinMarcas(texto: string): string {
  return texto
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/**
 * What is wrong with a new password, or null: long enough, not too long, not the user's e-mail
 * (nor its part before the @), not one character repeated, not a well-known sequence.
 */
export function problemaDeClaveNueva(clave: string, email: string | null): string | null {
  if (clave.length < LARGO_MINIMO_CLAVE) {
    return `La contraseña nueva debe tener al menos ${LARGO_MINIMO_CLAVE} caracteres; lleva ${clave.length}.`;
  }
  if (clave.length > LARGO_MAXIMO_CLAVE) {
    return `La contraseña nueva no puede superar ${LARGO_MAXIMO_CLAVE} caracteres.`;
  }
  const normalizada = sinMarcas(clave.trim());
  if (email) {
    const correo = sinMarcas(email.trim());
    const usuario = correo.split("@")[0] ?? "";
    if (normalizada === correo || (usuario.length >= 4 && normalizada.includes(usuario))) {
      return "La contraseña nueva no puede ser su correo ni contener su nombre de usuario.";
    }
  }
  if (new Set(normalizada).size <= 2 || DEMASIADO_COMUNES.has(normalizada)) {
    return "Esa contraseña es demasiado fácil de adivinar: use una frase o una combinación menos común.";
  }
  return null;
}

/**
 * Changing one's own password. `email` is known to the browser (the form shows it) and, on the
 * server, read from the account; with it the schema also refuses a password equal to the e-mail.
 */
export function cambiarClaveSchema(email: string | null = null) {
  return z
    .object({
      actual: z
        .string({ error: "Escriba su contraseña actual." })
        .min(1, "Escriba su contraseña actual.")
        .max(200, "La contraseña es demasiado larga."),
      nueva: z.string({ error: "Escriba la contraseña nueva." }),
      confirmacion: z.string({ error: "Repita la contraseña nueva." }),
    })
    .check((ctx) => {
      const { actual, nueva, confirmacion } = ctx.value;
      const agregar = (campo: "nueva" | "confirmacion", message: string) =>
        ctx.issues.push({ code: "custom", path: [campo], message, input: ctx.value[campo] });
      if (typeof nueva !== "string") return;
      const problema = problemaDeClaveNueva(nueva, email);
      if (problema) agregar("nueva", problema);
      else if (typeof actual === "string" && actual !== "" && nueva === actual) {
        agregar("nueva", "La contraseña nueva debe ser distinta de la actual.");
      }
      if (typeof confirmacion !== "string") return;
      if (confirmacion === "") agregar("confirmacion", "Repita la contraseña nueva.");
      else if (confirmacion !== nueva)
        agregar("confirmacion", "La confirmación no coincide con la contraseña nueva.");
    });
}

export type CambioDeClave = z.input<ReturnType<typeof cambiarClaveSchema>>;

export const cerrarTodasSchema = z.object({});
