/**
 * What the login form says for each answer of the sign-in (the error code next-auth sends back,
 * src/server/auth.ts). Anything it does not know gets the generic message: an unexpected error's
 * text is never shown.
 */
/** A wrong password from an address with many failures: its attempts wait a few seconds more. */
export const FALLOS_DESDE_LA_DIRECCION = "FALLOS_DESDE_LA_DIRECCION";
/** An unexpected error, followed by the request id under which the server logged it. */
export const INGRESO_NO_DISPONIBLE = "INGRESO_NO_DISPONIBLE";

export function mensajeDeIngreso(error: string | null | undefined, institucional: boolean): string {
  if (error === "CredentialsSignin") {
    return institucional
      ? "Correo o contraseña incorrectos. Verifique los datos e intente de nuevo. Si su cuenta está vinculada a la cuenta institucional, ingrese con ese botón."
      : "Correo o contraseña incorrectos. Verifique los datos e intente de nuevo.";
  }
  const espera = /^DEMASIADOS_INTENTOS:(\d+)$/.exec(error ?? "");
  if (espera) {
    const minutos = Math.max(1, Math.ceil(Number(espera[1]) / 60));
    return `Demasiados intentos. Por seguridad, espere ${minutos === 1 ? "1 minuto" : `${minutos} minutos`} antes de intentar de nuevo.`;
  }
  if (error === FALLOS_DESDE_LA_DIRECCION) {
    return "Correo o contraseña incorrectos. Desde su red se han hecho muchos intentos fallidos: por seguridad, cada intento tarda unos segundos más. Verifique los datos e intente de nuevo.";
  }
  const referencia = new RegExp(`^${INGRESO_NO_DISPONIBLE}:([0-9a-f-]{36})$`).exec(error ?? "");
  if (referencia) {
    return `No fue posible iniciar sesión en este momento. Intente de nuevo en unos minutos; si se repite, informe al administrador la referencia ${referencia[1]}.`;
  }
  if (error === "SinConexion") {
    return "No hay conexión con el servidor. Revise su conexión a internet e intente de nuevo.";
  }
  return "No fue posible iniciar sesión en este momento. Intente de nuevo en unos minutos.";
}
