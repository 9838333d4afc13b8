/** What a refused institutional sign-in is told, by the reason the server gave (ingreso-institucional.ts). */
export const QUIEN_HABILITA =
  "al administrador de la aplicación en el Grupo de Recaudo y Cartera (Dirección General del SENA)";

export function explicacionDelRechazo(
  motivo: string | undefined,
  esperaSegundos?: number,
  referencia?: string,
) {
  switch (motivo) {
    case "no-habilitada":
      return {
        titulo: "Su cuenta institucional no está habilitada en esta aplicación",
        texto: `Ninguna cuenta activa de la aplicación tiene el correo de su cuenta institucional, y las cuentas no se crean solas: pida ${QUIEN_HABILITA} que cree la suya con ese correo y le asigne su rol y su centro. Después podrá ingresar con «Ingresar con la cuenta institucional».`,
      };
    case "desactivada":
      return {
        titulo: "Su cuenta está desactivada",
        texto: `Su cuenta en la aplicación fue desactivada. Si debe volver a usarla, pida ${QUIEN_HABILITA} que la active.`,
      };
    case "otra-identidad":
      return {
        titulo: "La cuenta ya está vinculada a otra cuenta institucional",
        texto: `La cuenta de la aplicación con ese correo ingresa con otra cuenta institucional. Si cambió de cuenta institucional, pida ${QUIEN_HABILITA} que quite el vínculo anterior.`,
      };
    case "correo-sin-verificar":
      return {
        titulo: "Su cuenta institucional no confirmó su correo",
        texto: `El proveedor de identidad no indicó un correo verificado, y sin él no se puede saber qué cuenta es la suya. Informe ${QUIEN_HABILITA}.`,
      };
    case "otro-inquilino":
      return {
        titulo: "Esa cuenta no es de la organización habilitada",
        texto:
          "Ingresó con una cuenta de otra organización. Cierre esa sesión de Microsoft e ingrese con su cuenta institucional del SENA.",
      };
    case "limitado": {
      const minutos = Math.max(1, Math.ceil((esperaSegundos ?? 60) / 60));
      return {
        titulo: "Demasiados intentos",
        texto: `Por seguridad, espere ${minutos === 1 ? "1 minuto" : `${minutos} minutos`} antes de intentar de nuevo.`,
      };
    }
    case "no-disponible":
      return {
        titulo: "No fue posible iniciar sesión en este momento",
        texto: `Intente de nuevo en unos minutos. Si se repite, informe ${QUIEN_HABILITA}${referencia ? ` la referencia ${referencia}` : ""}.`,
      };
    default:
      return {
        titulo: "No fue posible completar el ingreso con la cuenta institucional",
        texto:
          "La respuesta del proveedor de identidad no se pudo verificar o la solicitud ya no era válida. Vuelva a intentarlo desde la página de ingreso; si se repite, informe " +
          `${QUIEN_HABILITA}.`,
      };
  }
}
