import type { TipoNotificacion } from "@/generated/prisma/enums";
import { formatearFecha, type FechaCalendario } from "@/lib/fechas";

/** Where an obligation or a deadline belongs, as the messages name it. */
export interface UnidadNombrada {
  /** Centros are told apart by id: two of them may share a name in different regionales. */
  centroId: number | null;
  centro: string | null;
  regional: string | null;
}

/** One line of a reminder: which report, of which unit, and how late. */
export interface Pendiente {
  unidad: UnidadNombrada;
  /** "Trazabilidad de ventas (DEF) · Trimestre 3 de 2026". */
  reporte: string;
  fechaLimite: FechaCalendario;
  diasAtraso: number;
}

export interface Contenido {
  tipo: TipoNotificacion;
  titulo: string;
  mensaje: string;
}

const NIVEL_NACIONAL = "Nivel nacional";
/** A long digest is cut here; the dashboard has every line. */
const MAXIMO_DE_LINEAS = 150;

function dias(n: number): string {
  return n === 1 ? "1 día" : `${n} días`;
}

/** "de Centro X (Regional Y)" or "del nivel nacional". */
function deUnidad(u: UnidadNombrada): string {
  return u.centro ? `de ${u.centro} (Regional ${u.regional})` : "del nivel nacional";
}

export function previo(p: {
  reporte: string;
  unidad: UnidadNombrada;
  fechaLimite: FechaCalendario;
  diasRestantes: number;
  borrador: boolean;
}): Contenido {
  const cuando = p.diasRestantes === 0 ? "Vence hoy" : `Vence en ${dias(p.diasRestantes)}`;
  const situacion = p.borrador
    ? "Está guardado como borrador y aún no se ha enviado."
    : "Aún no se ha diligenciado.";
  return {
    tipo: "PLAZO_PROXIMO",
    titulo: `${cuando}: ${p.reporte}`,
    mensaje:
      `«${p.reporte}» ${deUnidad(p.unidad)} debe enviarse a más tardar el ` +
      `${formatearFecha(p.fechaLimite)}. ${situacion}`,
  };
}

/**
 * Who hears of an escalation: the coordination, of a centro's report; the administrators, of a
 * national one (which the coordination itself files).
 */
function quienSupervisa(u: UnidadNombrada): string {
  return u.centroId === null
    ? "los administradores de la aplicación"
    : "la Coordinación del Grupo de Recaudo y Cartera";
}

export function vencido(p: Pendiente & { diasParaEscalar: number }): Contenido {
  return {
    tipo: "PLAZO_VENCIDO",
    titulo: `Reporte vencido: ${p.reporte}`,
    mensaje:
      `La fecha límite de «${p.reporte}» ${deUnidad(p.unidad)} fue el ${formatearFecha(p.fechaLimite)} ` +
      "y el reporte no se ha enviado. Envíelo cuanto antes: quedará registrado como enviado con atraso.\n\n" +
      `Si a los ${dias(p.diasParaEscalar)} de atraso sigue sin enviarse, se informará a ` +
      `${quienSupervisa(p.unidad)}.`,
  };
}

export function escalado(p: Pendiente): Contenido {
  return {
    tipo: "ESCALAMIENTO",
    titulo: `Reporte con ${dias(p.diasAtraso)} de atraso: ${p.reporte}`,
    mensaje:
      `«${p.reporte}» ${deUnidad(p.unidad)} vencía el ${formatearFecha(p.fechaLimite)} y lleva ` +
      `${dias(p.diasAtraso)} de atraso. Se informó a ${quienSupervisa(p.unidad)}. Envíelo cuanto antes.`,
  };
}

/** Lines grouped by regional (national ones first), centros and reports in alphabetical order. */
export function listaPorRegional(
  pendientes: readonly Pendiente[],
  detalle: (p: Pendiente) => string,
): string {
  const grupos = new Map<string, Pendiente[]>();
  for (const p of pendientes) {
    const grupo = p.unidad.regional ? `Regional ${p.unidad.regional}` : NIVEL_NACIONAL;
    const items = grupos.get(grupo);
    if (items) items.push(p);
    else grupos.set(grupo, [p]);
  }
  const ordenados = [...grupos.entries()].sort(
    ([a], [b]) => Number(b === NIVEL_NACIONAL) - Number(a === NIVEL_NACIONAL) || a.localeCompare(b, "es"),
  );
  const lineas: string[] = [];
  for (const [grupo, items] of ordenados) {
    const enOrden = [...items].sort(
      (a, b) =>
        (a.unidad.centro ?? "").localeCompare(b.unidad.centro ?? "", "es") ||
        a.reporte.localeCompare(b.reporte, "es"),
    );
    if (lineas.length > 0) lineas.push("");
    lineas.push(grupo);
    for (const p of enOrden) lineas.push(`- ${p.unidad.centro ? `${p.unidad.centro}: ` : ""}${detalle(p)}`);
  }
  const sobrantes = lineas.length - MAXIMO_DE_LINEAS;
  if (sobrantes <= 0) return lineas.join("\n");
  const cuantas = sobrantes === 1 ? "1 línea más" : `${sobrantes} líneas más`;
  return [
    ...lineas.slice(0, MAXIMO_DE_LINEAS),
    `… y ${cuantas}: el tablero de cumplimiento las tiene todas.`,
  ].join("\n");
}

function conAtraso(p: Pendiente): string {
  return `${p.reporte}, vencía el ${formatearFecha(p.fechaLimite)} (${dias(p.diasAtraso)} de atraso)`;
}

/** The coordination's copy of the escalations of one pass: one message, listed by regional. */
export function copiaDeEscalamiento(pendientes: readonly Pendiente[], diasEscalamiento: number): Contenido {
  const cuantos = pendientes.length === 1 ? "1 reporte lleva" : `${pendientes.length} reportes llevan`;
  return {
    tipo: "ESCALAMIENTO",
    titulo: `${cuantos} ${dias(diasEscalamiento)} o más de atraso`,
    mensaje:
      `Estos reportes superaron ${dias(diasEscalamiento)} de atraso sin enviarse; sus responsables ` +
      `también fueron avisados.\n\n${listaPorRegional(pendientes, conAtraso)}`,
  };
}

export function correccionProxima(p: {
  reporte: string;
  unidad: UnidadNombrada;
  venceEl: FechaCalendario;
  diasRestantes: number;
}): Contenido {
  return {
    tipo: "CORRECCION_PROXIMA",
    titulo: `${p.diasRestantes === 1 ? "Queda" : "Quedan"} ${dias(p.diasRestantes)} para corregir: ${p.reporte}`,
    mensaje:
      `«${p.reporte}» ${deUnidad(p.unidad)} fue devuelto para corrección. Corríjalo y vuelva a ` +
      `enviarlo a más tardar el ${formatearFecha(p.venceEl)}.`,
  };
}

export function correccionVencida(p: {
  reporte: string;
  unidad: UnidadNombrada;
  venceEl: FechaCalendario;
}): Contenido {
  return {
    tipo: "CORRECCION_VENCIDA",
    titulo: `Venció el plazo de corrección: ${p.reporte}`,
    mensaje:
      `«${p.reporte}» ${deUnidad(p.unidad)} debía corregirse y reenviarse a más tardar el ` +
      `${formatearFecha(p.venceEl)}. Reenvíelo cuanto antes: la corrección quedará registrada como tardía.`,
  };
}

export function revisionesVencidas(pendientes: readonly Pendiente[]): Contenido {
  const [unica] = pendientes;
  return {
    tipo: "REVISION_VENCIDA",
    titulo:
      pendientes.length === 1 && unica
        ? `Revisión vencida: ${unica.reporte}`
        : `${pendientes.length} revisiones vencidas`,
    mensaje:
      "Venció el plazo para aprobar o devolver estos reportes enviados:\n\n" +
      listaPorRegional(
        pendientes,
        (p) => `${p.reporte}, debía revisarse a más tardar el ${formatearFecha(p.fechaLimite)}`,
      ),
  };
}

export function resumenSemanal(p: {
  hoy: FechaCalendario;
  atrasados: readonly Pendiente[];
  correccionesVencidas: number;
  revisionesVencidas: number;
}): Contenido {
  const centros = new Set(p.atrasados.flatMap((a) => (a.unidad.centroId === null ? [] : [a.unidad.centroId])))
    .size;
  const nacionales = p.atrasados.filter((a) => a.unidad.centroId === null).length;
  const partes = [`Situación al ${formatearFecha(p.hoy)}.`];
  if (p.atrasados.length > 0) {
    partes.push(`Reportes vencidos sin enviar, por regional:\n\n${listaPorRegional(p.atrasados, conAtraso)}`);
  } else {
    partes.push("No hay reportes vencidos sin enviar.");
  }
  partes.push(
    `Correcciones vencidas: ${p.correccionesVencidas}. Revisiones vencidas: ${p.revisionesVencidas}.`,
  );
  return {
    tipo: "RESUMEN_SEMANAL",
    titulo:
      centros > 0
        ? `Resumen semanal: ${centros === 1 ? "1 centro" : `${centros} centros`} con reportes atrasados`
        : nacionales > 0
          ? "Resumen semanal: informes nacionales atrasados"
          : "Resumen semanal: correcciones o revisiones vencidas",
    mensaje: partes.join("\n\n"),
  };
}
