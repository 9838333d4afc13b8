import type { AccionAuditada } from "@/server/auditoria";

/** Logging in and out and the account's password: the events an admin looks at first. */
const DE_INGRESO = {
  INGRESO: "Ingreso",
  INGRESO_FALLIDO: "Ingreso fallido",
  INGRESO_LIMITADO: "Ingreso frenado por intentos",
  SALIDA: "Salida",
  SALIDA_TODOS: "Salida en todos los dispositivos",
  CAMBIAR_CLAVE: "Cambio de contraseña",
  RESTABLECER_CLAVE: "Contraseña restablecida",
  VINCULAR_IDENTIDAD: "Cuenta institucional vinculada",
  DESVINCULAR_IDENTIDAD: "Cuenta institucional desvinculada",
} as const satisfies Partial<Record<AccionAuditada, string>>;

/** Everything else: changes to reports, evidence, the plan, accounts and settings. */
const DE_CAMBIOS = {
  CREAR: "Creación",
  EDITAR: "Edición",
  ENVIAR: "Envío de reporte",
  APROBAR: "Aprobación",
  DEVOLVER: "Devolución",
  REABRIR: "Reapertura",
  SUBIR_EVIDENCIA: "Evidencia adjuntada",
  DESCARGAR_EVIDENCIA: "Evidencia descargada",
  ELIMINAR_EVIDENCIA: "Evidencia eliminada",
  FIJAR_META: "Meta fijada",
  ACTIVAR: "Activación",
  DESACTIVAR: "Desactivación",
  ELIMINAR: "Eliminación",
  IMPORTAR: "Importación de archivo",
  COPIAR_VIGENCIA: "Vigencia copiada",
  EDITAR_VIGENCIA: "Centro en una vigencia",
  REINTENTAR_ENVIO: "Reintento de correo",
  EJECUTAR_RECORDATORIOS: "Pasada de recordatorios",
} as const satisfies Partial<Record<AccionAuditada, string>>;

export const NOMBRE_ACCION: Record<AccionAuditada, string> = { ...DE_INGRESO, ...DE_CAMBIOS };

export type GrupoAccion = "ingreso" | "cambios";

/** The verbs of each group, in the order the filter lists them. */
export const ACCIONES_POR_GRUPO: Record<GrupoAccion, AccionAuditada[]> = {
  ingreso: Object.keys(DE_INGRESO) as AccionAuditada[],
  cambios: Object.keys(DE_CAMBIOS) as AccionAuditada[],
};

export const NOMBRE_GRUPO: Record<GrupoAccion, string> = {
  ingreso: "Ingresos, salidas y contraseñas",
  cambios: "Cambios",
};

export const ACCIONES = [...ACCIONES_POR_GRUPO.ingreso, ...ACCIONES_POR_GRUPO.cambios] as [
  AccionAuditada,
  ...AccionAuditada[],
];

/** Log-in and log-out events: their "after" holds the typed e-mail or the session, not changes. */
export function esDeSesion(accion: string): boolean {
  return accion.startsWith("INGRESO") || accion.startsWith("SALIDA");
}

export function grupoDe(accion: AccionAuditada): GrupoAccion {
  return accion in DE_INGRESO ? "ingreso" : "cambios";
}

/** A verb written before this list knew it is shown as recorded. */
export function nombreDeAccion(accion: string): string {
  return NOMBRE_ACCION[accion as AccionAuditada] ?? accion;
}

const NOMBRE_ENTIDAD: Record<string, string> = {
  User: "Cuenta",
  Reporte: "Reporte",
  Evidencia: "Evidencia",
  Centro: "Centro",
  Regional: "Regional",
  Vigencia: "Vigencia",
  Tema: "Tema del plan",
  Lineamiento: "Lineamiento",
  Accion: "Acción del plan",
  Seguimiento: "Seguimiento",
  MetaRecaudo: "Meta de recaudo",
  ConfiguracionSeguimiento: "Configuración de recordatorios",
  ConfiguracionIngreso: "Configuración del ingreso",
  IdentidadInstitucional: "Cuenta institucional",
  PasadaRecordatorios: "Pasada de recordatorios",
  PreferenciaNotificacion: "Preferencias de notificación",
  Correo: "Correo",
};

/** "Cuenta #12", "Centro #3"; an identifier that is not a number (a typed e-mail) goes as is. */
export function describirEntidad(entidad: string, entidadId: string): string {
  const nombre = NOMBRE_ENTIDAD[entidad] ?? entidad;
  return /^\d+$/.test(entidadId) ? `${nombre} #${entidadId}` : `${nombre} ${entidadId}`;
}

const NAVEGADORES: [RegExp, string][] = [
  [/Edg(?:e|A|iOS)?\/(\d+)/, "Edge"],
  [/OPR\/(\d+)/, "Opera"],
  [/SamsungBrowser\/(\d+)/, "Samsung Internet"],
  [/(?:Firefox|FxiOS)\/(\d+)/, "Firefox"],
  [/HeadlessChrome\/(\d+)/, "Chrome sin interfaz"],
  [/(?:Chrome|CriOS)\/(\d+)/, "Chrome"],
  [/Version\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari\//, "Safari"],
];

const SISTEMAS: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/Windows/, "Windows"],
  [/CrOS/, "ChromeOS"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Linux/, "Linux"],
];

/** "Chrome 131 · Windows" from a User-Agent header; anything else, cut short. */
export function navegadorCorto(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const navegador = NAVEGADORES.map(([patron, nombre]) => {
    const version = patron.exec(userAgent)?.[1];
    return version ? `${nombre} ${version}` : null;
  }).find((n) => n !== null);
  const sistema = SISTEMAS.find(([patron]) => patron.test(userAgent))?.[1];
  if (navegador) return sistema ? `${navegador} · ${sistema}` : navegador;
  return userAgent.length > 40 ? `${userAgent.slice(0, 39)}…` : userAgent;
}
