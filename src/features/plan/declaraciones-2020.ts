import type { Obligados, TipoReporte } from "@/generated/prisma/enums";
import type { Formulario } from "@/lib/seguimientos/declaracion";

// The four seguimientos of the 2020 plan (source document, section 2.1.4) as declarations: their
// forms, rules (decision 0018) and indicators. The seed creates them and a plan file carries them;
// the reports of these seguimientos keep, besides, their detail in the tables of their kind.

export interface DeclaracionConocida {
  clave: string;
  nombre: string;
  obligados: Obligados;
  formulario: Formulario;
}

export const DECLARACIONES_2020: Record<TipoReporte, DeclaracionConocida> = {
  RECAUDO: {
    clave: "recaudo",
    nombre: "Informe de recaudo",
    obligados: "TODOS",
    formulario: {
      campos: [
        {
          clave: "recaudoFiscalizacion",
          etiqueta: "Recaudo por fiscalización (COP)",
          tipo: "pesos",
          obligatorio: true,
        },
        {
          clave: "recaudoCobroPersuasivo",
          etiqueta: "Recaudo por cobro persuasivo (COP)",
          tipo: "pesos",
          obligatorio: true,
        },
        {
          clave: "aportantesNuevos",
          etiqueta: "Aportantes incorporados a la base de fiscalización",
          tipo: "cantidad",
          obligatorio: true,
        },
        { clave: "smsEnviados", etiqueta: "Mensajes SMS enviados", tipo: "cantidad", obligatorio: true },
        {
          clave: "correosEnviados",
          etiqueta: "Correos electrónicos enviados",
          tipo: "cantidad",
          obligatorio: true,
        },
        {
          clave: "analisis",
          etiqueta: "Análisis del semestre",
          ayuda: "Cumplimiento de la meta, causas y acciones de mejora.",
          tipo: "texto",
          largo: "largo",
          minimo: 20,
          maximo: 10_000,
          obligatorio: true,
        },
      ],
      indicadores: [
        {
          clave: "recaudoTotal",
          nombre: "Recaudo total",
          tipo: "suma",
          campos: ["recaudoFiscalizacion", "recaudoCobroPersuasivo"],
          formato: "pesos",
        },
        {
          clave: "cumplimientoMeta",
          nombre: "Cumplimiento de la meta",
          tipo: "sumaContraMeta",
          campos: ["recaudoFiscalizacion", "recaudoCobroPersuasivo"],
          formato: "pesos",
          semaforo: { verde: 1, amarillo: 0.9 },
        },
      ],
      desglosePorRegional: { campos: ["recaudoFiscalizacion", "recaudoCobroPersuasivo"] },
    },
  },
  COMITE_PRECIOS: {
    clave: "comite-precios",
    nombre: "Acta del comité de precios",
    obligados: "CON_APROVECHAMIENTO",
    formulario: {
      campos: [
        {
          clave: "fechaActa",
          etiqueta: "Fecha del acta",
          tipo: "fecha",
          dentroDelPeriodo: true,
          obligatorio: true,
        },
        {
          clave: "numeroActa",
          etiqueta: "Número del acta",
          tipo: "texto",
          largo: "corto",
          maximo: 50,
          obligatorio: true,
        },
        {
          clave: "productosServiciosPreciados",
          etiqueta: "Productos y servicios con precio fijado",
          tipo: "cantidad",
          obligatorio: true,
        },
        { clave: "acta", etiqueta: "Acta del comité de precios (PDF)", tipo: "documento", obligatorio: true },
      ],
      indicadores: [
        {
          clave: "cobertura",
          nombre: "Centros con acta aprobada",
          tipo: "cobertura",
          formato: "porcentaje",
          meta: 1,
          semaforo: { verde: 1, amarillo: 0.8 },
        },
      ],
      tablaDeReportes: { campos: ["numeroActa", "fechaActa", "productosServiciosPreciados"] },
    },
  },
  TRAZABILIDAD_VENTAS: {
    clave: "trazabilidad-ventas",
    nombre: "Trazabilidad de ventas (DEF)",
    obligados: "CON_APROVECHAMIENTO",
    formulario: {
      campos: [
        {
          clave: "totalAprovechamientos",
          etiqueta: "Total aprovechamientos (ventas) (COP)",
          tipo: "pesos",
          obligatorio: true,
        },
        {
          clave: "totalFacturadoDef",
          etiqueta: "Total facturado con documento equivalente a factura (COP)",
          tipo: "pesos",
          obligatorio: true,
        },
        {
          clave: "numeroDef",
          etiqueta: "Documentos equivalentes a factura emitidos",
          tipo: "cantidad",
          obligatorio: true,
        },
        { clave: "pagosRecibidos", etiqueta: "Pagos recibidos (COP)", tipo: "pesos", obligatorio: true },
      ],
      reglas: [
        {
          tipo: "sumaMenorOIgual",
          campos: ["totalFacturadoDef"],
          limite: "totalAprovechamientos",
          mensaje:
            "El total facturado con DEF supera el total de aprovechamientos en {diferencia}: lo facturado con " +
            "documento equivalente es parte de las ventas del trimestre. Corrija una de las dos cifras.",
          justificable: false,
        },
        {
          tipo: "sumaMenorOIgual",
          campos: ["pagosRecibidos"],
          limite: "totalFacturadoDef",
          mensaje:
            "Los pagos recibidos superan lo facturado con DEF en {diferencia}. Si es correcto (por ejemplo, " +
            "pagos de documentos de trimestres anteriores), explíquelo en la justificación.",
          justificable: true,
        },
      ],
      indicadores: [
        {
          clave: "proporcionDef",
          nombre: "Facturado con DEF / aprovechamientos",
          tipo: "razon",
          numerador: ["totalFacturadoDef"],
          denominador: ["totalAprovechamientos"],
          formato: "porcentaje",
          meta: 1,
          semaforo: { verde: 1, amarillo: 0.9 },
        },
      ],
    },
  },
  EJECUCION_RECURSOS: {
    clave: "ejecucion-recursos",
    nombre: "Ejecución de recursos de producción",
    obligados: "CON_RECURSOS",
    formulario: {
      campos: [
        {
          clave: "recursosSolicitados",
          etiqueta: "Recursos solicitados en el presupuesto de apertura (COP)",
          tipo: "pesos",
          obligatorio: true,
        },
        {
          clave: "recursosAsignados",
          etiqueta: "Recursos asignados (COP)",
          tipo: "pesos",
          obligatorio: true,
        },
        {
          clave: "recursosEjecutados",
          etiqueta: "Recursos ejecutados (COP)",
          tipo: "pesos",
          obligatorio: true,
        },
        {
          clave: "registradoModuloPlanAccion",
          etiqueta: "¿Quedó registrado en el módulo Producción de Centros del aplicativo Plan de Acción?",
          tipo: "siNo",
          obligatorio: true,
        },
      ],
      reglas: [
        {
          tipo: "sumaMenorOIgual",
          campos: ["recursosAsignados"],
          limite: "recursosSolicitados",
          mensaje:
            "Los recursos asignados superan los solicitados en {diferencia}. Si es correcto (por ejemplo, una " +
            "adición presupuestal), explíquelo en la justificación.",
          justificable: true,
        },
        {
          tipo: "sumaMenorOIgual",
          campos: ["recursosEjecutados"],
          limite: "recursosAsignados",
          mensaje:
            "Los recursos ejecutados superan los asignados en {diferencia}: no se puede ejecutar más de lo " +
            "asignado. Corrija una de las dos cifras.",
          justificable: false,
        },
      ],
      indicadores: [
        {
          clave: "ejecucion",
          nombre: "Ejecutado / asignado",
          tipo: "razon",
          numerador: ["recursosEjecutados"],
          denominador: ["recursosAsignados"],
          formato: "porcentaje",
          meta: 1,
        },
      ],
    },
  },
};

/**
 * The seguimientos whose reports can be filed: those whose kind's tables keep the detail. A
 * seguimiento only declared (from a plan file) is shown in the plan, not yet owed.
 */
export const SE_REPORTAN = { tipoReporte: { not: null } } as const;

/** The kind whose tables keep the detail of a seguimiento's reports: by its key, one of the four. */
export function tipoReporteDeClave(clave: string): TipoReporte | null {
  const tipo = (Object.keys(DECLARACIONES_2020) as TipoReporte[]).find(
    (t) => DECLARACIONES_2020[t].clave === clave,
  );
  return tipo ?? null;
}

/** A kind's declaration in the plan's shape: key, name, obliged centros and form. */
export function declaracionDelTipo(tipo: TipoReporte) {
  const { formulario, ...resto } = DECLARACIONES_2020[tipo];
  return { ...resto, ...formulario };
}
