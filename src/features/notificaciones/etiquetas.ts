import type { Rol, TipoNotificacion } from "@/generated/prisma/enums";

/** How each kind of notification is named where a user chooses what reaches them by e-mail. */
export const NOMBRE_TIPO_NOTIFICACION: Record<TipoNotificacion, string> = {
  REPORTE_ENVIADO: "Un reporte que usted revisa fue enviado o reenviado",
  REPORTE_DEVUELTO: "Un reporte suyo fue devuelto para corrección",
  REPORTE_APROBADO: "Un reporte suyo fue aprobado",
  REPORTE_REABIERTO: "Un reporte suyo aprobado fue reabierto por administración",
  PLAZO_PROXIMO: "Se acerca la fecha límite de un reporte que no ha enviado",
  PLAZO_VENCIDO: "Venció la fecha límite de un reporte que no ha enviado",
  ESCALAMIENTO: "Reportes con varios días de atraso (escalamiento)",
  CORRECCION_PROXIMA: "Se acerca el plazo para corregir un reporte devuelto",
  CORRECCION_VENCIDA: "Venció el plazo para corregir un reporte devuelto",
  REVISION_VENCIDA: "Venció el plazo para revisar reportes enviados",
  RESUMEN_SEMANAL: "Resumen semanal de centros atrasados",
  AUDITORIA_ALTERADA: "La verificación diaria encontró la auditoría alterada",
};

/**
 * What a user must always hear of by e-mail too: a return (or reopening) and anything overdue. The
 * rest each user may keep to the application only.
 */
export const NOTIFICACIONES_OBLIGATORIAS: ReadonlySet<TipoNotificacion> = new Set<TipoNotificacion>([
  "REPORTE_DEVUELTO",
  "REPORTE_REABIERTO",
  "PLAZO_VENCIDO",
  "ESCALAMIENTO",
  "CORRECCION_VENCIDA",
  "REVISION_VENCIDA",
  "AUDITORIA_ALTERADA",
]);

const DE_QUIEN_REPORTA: TipoNotificacion[] = [
  "REPORTE_DEVUELTO",
  "REPORTE_REABIERTO",
  "REPORTE_APROBADO",
  "PLAZO_PROXIMO",
  "PLAZO_VENCIDO",
  "ESCALAMIENTO",
  "CORRECCION_PROXIMA",
  "CORRECCION_VENCIDA",
];
const DE_QUIEN_REVISA: TipoNotificacion[] = ["REPORTE_ENVIADO", "REVISION_VENCIDA"];
const DE_LA_COORDINACION: TipoNotificacion[] = ["ESCALAMIENTO", "RESUMEN_SEMANAL"];
const DE_LA_ADMINISTRACION: TipoNotificacion[] = ["AUDITORIA_ALTERADA"];

/** The kinds of notification a role can receive, in the order the preferences list them. */
export function notificacionesDelRol(rol: Rol): TipoNotificacion[] {
  const tipos: TipoNotificacion[] = [];
  if (rol === "SUBDIRECTOR" || rol === "COORDINADOR") tipos.push(...DE_QUIEN_REPORTA);
  if (rol === "COORDINADOR" || rol === "ADMIN") tipos.push(...DE_QUIEN_REVISA, ...DE_LA_COORDINACION);
  if (rol === "ADMIN") tipos.push(...DE_LA_ADMINISTRACION);
  return [...new Set(tipos)];
}
