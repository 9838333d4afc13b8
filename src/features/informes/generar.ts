import "server-only";
import { resolverAmbito } from "@/features/tableros/alcance";
import { leerFiltros } from "@/features/tableros/filtros";
import { formatearCelda } from "@/features/tableros/formato";
import { nombresDelAmbito } from "@/features/tableros/queries";
import { PANELES } from "@/features/tableros/registro";
import type { AmbitoTablero, TablaExportable } from "@/features/tableros/tipos";
import { ESTADO } from "@/lib/etiquetas";
import { parsePeriodo, type Periodo } from "@/lib/periodos";
import { AccesoDenegado, type Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { INFORMES, type TipoInforme } from "./catalogo";

export interface Informe {
  tipo: TipoInforme;
  titulo: string;
  lineamiento: string;
  /** "Nacional", "Regional Antioquia", "Centro … · Regional …". */
  unidad: string;
  periodo: Periodo;
  generado: Date;
  /** Term/value pairs that open the document. */
  resumen: [string, string][];
  /** The coordinador's analysis, for the recaudo informe. */
  analisis?: string;
  tablas: TablaExportable[];
  /** File name without extension. */
  archivo: string;
}

const BASE = "Cifras de los reportes aprobados a la fecha de generación.";

async function unidadDelAmbito(ambito: AmbitoTablero): Promise<string> {
  const { regional, centro } = await nombresDelAmbito(ambito);
  if (centro) return `${centro.nombre}${regional ? ` · Regional ${regional.nombre}` : ""}`;
  if (regional) return `Regional ${regional.nombre}`;
  return "Nacional";
}

/** The recaudo informe also carries the national report's own figures and analysis. */
async function detalleDeRecaudo(ambito: AmbitoTablero, periodo: Periodo, tablas: TablaExportable[]) {
  const semestre = tablas.find((t) => t.nombre === "recaudo-por-semestre")!;
  const fila = semestre.filas.find((f) => f.semestre === periodo.etiqueta);
  const cifra = (clave: string, tipo: "pesos" | "porcentaje") => formatearCelda(fila?.[clave] ?? null, tipo);
  const informe = await db().reporte.findFirst({
    where: { vigenciaId: ambito.vigencia.id, tipo: "RECAUDO", periodo: periodo.codigo, centroId: null },
    select: { estado: true, recaudo: true },
  });
  const aprobado = informe !== null && ambito.estados.includes(informe.estado);
  const resumen: [string, string][] = [
    ["Informe nacional del periodo", informe ? ESTADO[informe.estado].nombre : "Sin diligenciar"],
    ["Recaudo por fiscalización", cifra("fiscalizacion", "pesos")],
    ["Recaudo por cobro persuasivo", cifra("cobroPersuasivo", "pesos")],
    ["Total recaudado", cifra("total", "pesos")],
    ["Meta del semestre", cifra("meta", "pesos")],
    ["Cumplimiento de la meta", cifra("cumplimiento", "porcentaje")],
  ];
  if (aprobado && informe.recaudo && ambito.regionalId === undefined) {
    // A submitted or approved report has every field (the database refuses it otherwise).
    const entero = (n: number | null) => formatearCelda(n, "entero");
    resumen.push(
      ["Aportantes incorporados a la base de fiscalización", entero(informe.recaudo.aportantesNuevos)],
      ["Mensajes SMS enviados", entero(informe.recaudo.smsEnviados)],
      ["Correos electrónicos enviados", entero(informe.recaudo.correosEnviados)],
    );
  }
  return {
    resumen,
    analisis:
      aprobado && ambito.regionalId === undefined ? (informe.recaudo?.analisis ?? undefined) : undefined,
    tablas: [
      { ...semestre, filas: fila ? [fila] : [] },
      ...tablas.filter((t) => t.nombre === "recaudo-por-regional"),
    ],
  };
}

/**
 * An informe for a period and a unit (the nation, a regional or a centro) within what the user may
 * see, from the same figures as the dashboard; null when it does not exist or is out of their
 * scope (answered alike).
 */
export async function generarInforme(
  usuario: Actor,
  tipo: TipoInforme,
  parametros: { periodo?: string; regional?: string; centro?: string },
  ahora = new Date(),
): Promise<Informe | null> {
  const definicion = INFORMES[tipo];
  const periodo = parsePeriodo(parametros.periodo ?? "");
  if (!periodo || periodo.periodicidad !== definicion.periodicidad) return null;
  if (!definicion.porCentro && parametros.centro) return null;
  let ambito: AmbitoTablero | null;
  try {
    ambito = await resolverAmbito(
      usuario,
      leerFiltros({ ...parametros, vigencia: String(periodo.anio), periodo: periodo.codigo }),
    );
  } catch (error) {
    if (error instanceof AccesoDenegado) return null;
    throw error;
  }
  if (!ambito || ambito.vigencia.anio !== periodo.anio) return null;
  if (!definicion.porCentro && ambito.centroId !== undefined) return null;
  const tablas = await PANELES[definicion.panel]!(ambito);
  const unidad = await unidadDelAmbito(ambito);
  const comun: [string, string][] = [
    ["Unidad", unidad],
    ["Periodo", `${periodo.etiqueta} (vigencia ${ambito.vigencia.nombre})`],
    ["Base de las cifras", BASE],
  ];
  const recaudo = tipo === "recaudo-semestral" ? await detalleDeRecaudo(ambito, periodo, tablas) : null;
  const sufijo = ambito.centroId
    ? `centro-${ambito.centroId}`
    : ambito.regionalId
      ? `regional-${ambito.regionalId}`
      : "nacional";
  return {
    tipo,
    titulo: definicion.titulo,
    lineamiento: definicion.lineamiento,
    unidad,
    periodo,
    generado: ahora,
    resumen: [...comun, ...(recaudo?.resumen ?? [])],
    analisis: recaudo?.analisis,
    tablas: recaudo?.tablas ?? tablas,
    archivo: `${tipo}-${periodo.codigo}-${sufijo}`,
  };
}
