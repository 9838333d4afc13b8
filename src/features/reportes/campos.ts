import type { TipoReporte } from "@/generated/prisma/enums";

export type TipoCampo = "pesos" | "cantidad" | "texto" | "textoLargo" | "fecha" | "siNo";

export interface DescripcionCampo {
  nombre: string;
  etiqueta: string;
  tipo: TipoCampo;
  ayuda?: string;
}

/** The fields of each kind's form, in the order the user fills them. */
export const CAMPOS: Record<TipoReporte, DescripcionCampo[]> = {
  RECAUDO: [
    { nombre: "recaudoFiscalizacion", etiqueta: "Recaudo por fiscalización (COP)", tipo: "pesos" },
    { nombre: "recaudoCobroPersuasivo", etiqueta: "Recaudo por cobro persuasivo (COP)", tipo: "pesos" },
    {
      nombre: "aportantesNuevos",
      etiqueta: "Aportantes incorporados a la base de fiscalización",
      tipo: "cantidad",
    },
    { nombre: "smsEnviados", etiqueta: "Mensajes SMS enviados", tipo: "cantidad" },
    { nombre: "correosEnviados", etiqueta: "Correos electrónicos enviados", tipo: "cantidad" },
    {
      nombre: "analisis",
      etiqueta: "Análisis del semestre",
      tipo: "textoLargo",
      ayuda: "Cumplimiento de la meta, causas y acciones de mejora.",
    },
  ],
  COMITE_PRECIOS: [
    { nombre: "fechaActa", etiqueta: "Fecha del acta", tipo: "fecha" },
    { nombre: "numeroActa", etiqueta: "Número del acta", tipo: "texto" },
    {
      nombre: "productosServiciosPreciados",
      etiqueta: "Productos y servicios con precio fijado",
      tipo: "cantidad",
    },
  ],
  TRAZABILIDAD_VENTAS: [
    { nombre: "totalAprovechamientos", etiqueta: "Total aprovechamientos (ventas) (COP)", tipo: "pesos" },
    {
      nombre: "totalFacturadoDef",
      etiqueta: "Total facturado con documento equivalente a factura (COP)",
      tipo: "pesos",
    },
    { nombre: "numeroDef", etiqueta: "Documentos equivalentes a factura emitidos", tipo: "cantidad" },
    { nombre: "pagosRecibidos", etiqueta: "Pagos recibidos (COP)", tipo: "pesos" },
    {
      nombre: "justificacion",
      etiqueta: "Justificación de las cifras (si aplica)",
      tipo: "textoLargo",
      ayuda:
        "Obligatoria para enviar si los pagos recibidos superan lo facturado con DEF. Quien revisa el reporte la leerá.",
    },
  ],
  EJECUCION_RECURSOS: [
    {
      nombre: "recursosSolicitados",
      etiqueta: "Recursos solicitados en el presupuesto de apertura (COP)",
      tipo: "pesos",
    },
    { nombre: "recursosAsignados", etiqueta: "Recursos asignados (COP)", tipo: "pesos" },
    { nombre: "recursosEjecutados", etiqueta: "Recursos ejecutados (COP)", tipo: "pesos" },
    {
      nombre: "registradoModuloPlanAccion",
      etiqueta: "¿Quedó registrado en el módulo Producción de Centros del aplicativo Plan de Acción?",
      tipo: "siNo",
    },
    {
      nombre: "justificacion",
      etiqueta: "Justificación de las cifras (si aplica)",
      tipo: "textoLargo",
      ayuda:
        "Obligatoria para enviar si los recursos asignados superan los solicitados. Quien revisa el reporte la leerá.",
    },
  ],
};
