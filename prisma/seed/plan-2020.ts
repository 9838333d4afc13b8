// Plan de Acción 2020 of the Grupo de Recaudo y Cartera, as published in the document
// "Lineamientos operativos Plan de Acción 2020", section 2.1.4 "Grupo de Normalización y Cartera".
//
// Transcription criteria (applied uniformly):
// - The document's texts (names of temas, lineamientos, acciones, expected results and
//   observations) are copied verbatim, with their final punctuation as it appears in the document
//   ("Incremento del recaudo de recursos propios." ends with a period; "Producción de centros" does
//   not). Nothing is corrected: for example, "Todo las ventas- aprovechamiento" is kept.
// - The tema code is stored without the trailing period of the numbering ("2.1.4.1.").
// - Only the HTML list markup and the "•" bullets are removed from the seguimiento and responsables
//   cells.
// - "Informe." and "Reporte." become the tool INFORME / REPORTE; "Trimestral.", "Semestral." and
//   "Anual." the corresponding periodicity.
// - The responsables' position is a name, not a sentence: it is stored without the trailing period,
//   which the document puts in some cells and omits in others ("Subdirector de centro" of the third
//   lineamiento).
//
// Scope, days of opportunity, which centros are obliged and the form of each seguimiento (its
// fields, rules and indicators: src/features/plan/declaraciones-2020.ts) are not in the document:
// they are the product's configuration for each seguimiento.

import { declaracionDelTipo as declarado } from "@/features/plan/declaraciones-2020";
import type { Plan, PlanResponsable } from "@/features/plan/forma";

const COORDINADOR: PlanResponsable = {
  cargo: "Coordinador Grupo de Recaudo y Cartera",
  rol: "COORDINADOR",
};

const SUBDIRECTOR: PlanResponsable = {
  cargo: "Subdirector de centro",
  rol: "SUBDIRECTOR",
};

export const PLAN_2020: Plan = [
  {
    codigo: "2.1.4.1",
    nombre: "Incremento del recaudo de recursos propios.",
    lineamientos: [
      {
        texto:
          "Mejorar los mecanismos de recaudo actuales, tanto en el proceso de fiscalización y cobro persuasivo.",
        acciones: [
          {
            texto:
              "Mejorar la eficiencia del recaudo de fiscalización y cobro persuasivo, estableciendo mecanismos de cobro y diversificando los métodos de seguimiento.",
            resultadoEsperado:
              "Ampliar la base de datos a fiscalizar a nivel nacional. Estableciendo mecanismos de cobro a través de mensajes de SMS y mailing, que permitan eficacia y eficiencia en el recaudo. Sujetas a procesos de fiscalización por parte del SENA.",
            seguimientos: [
              {
                herramienta: "INFORME",
                periodicidad: "SEMESTRAL",
                alcance: "NACIONAL",
                ...declarado("RECAUDO"),
                diasOportunidad: 30,
                observacion:
                  "Informe de cumplimiento de metas de recaudo elaborado por el Grupo de Recaudo y Cartera.",
                responsables: [COORDINADOR],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    codigo: "2.1.4.2",
    nombre: "Producción de centros",
    lineamientos: [
      {
        texto:
          "Implementar el comité de precios en los Centros de Formación que van a realizar aprovechamiento de producción de centros.",
        acciones: [
          {
            texto:
              "Los Centros de Formación que generen aprovechamiento, deberán establecer el Comité de Precios al interior de sus centros, conforme a las directrices emitidas por la Dirección Administrativa y Financiera.",
            resultadoEsperado:
              "Todos los bienes y servicios que generen aprovechamiento deben venderse por precios establecidos en el comité de precios.",
            seguimientos: [
              {
                herramienta: "REPORTE",
                periodicidad: "ANUAL",
                alcance: "POR_CENTRO",
                ...declarado("COMITE_PRECIOS"),
                diasOportunidad: 30,
                observacion:
                  "Reporte del Sistema Nacional de Producción de Centros donde se muestren las actas del comité de precios de cada centro de formación.",
                responsables: [COORDINADOR, SUBDIRECTOR],
              },
            ],
          },
        ],
      },
      {
        texto: "Fortalecer el proceso de producción de centros y la trazabilidad de las ventas.",
        acciones: [
          {
            texto:
              "Todo las ventas- aprovechamiento de producción de centros deben generarse emitiendo Documento equivalente a factura en el Sistema Nacional de Producción de Centros.",
            resultadoEsperado:
              "Trazabilidad de ingresos comparada con el total de los aprovechamientos generados.",
            seguimientos: [
              {
                herramienta: "INFORME",
                periodicidad: "TRIMESTRAL",
                alcance: "POR_CENTRO",
                ...declarado("TRAZABILIDAD_VENTAS"),
                diasOportunidad: 15,
                observacion:
                  "Reporte del Sistema Nacional de Producción de Centros donde se muestra la relación de documentos equivalentes a factura y los pagos.",
                responsables: [COORDINADOR, SUBDIRECTOR],
              },
            ],
          },
        ],
      },
      {
        texto:
          "Realizar una oportuna ejecución de los recursos de producción de centros, asignados conforme a la planeación de cada Centro de Formación.",
        acciones: [
          {
            texto:
              "Los centros que requieren recursos para los proyectos de formación - producción en el presupuesto de apertura, deben diligenciar toda la información requerida en el aplicativo Plan de Acción, en el módulo de Producción de Centros.",
            resultadoEsperado:
              "Asignación de recursos desde el presupuesto de apertura para una eficiente ejecución de los recursos y oportuna atención de los requerimientos.",
            seguimientos: [
              {
                herramienta: "INFORME",
                periodicidad: "ANUAL",
                alcance: "POR_CENTRO",
                ...declarado("EJECUCION_RECURSOS"),
                diasOportunidad: 30,
                observacion: "Aplicativo Plan de Acción.",
                responsables: [COORDINADOR, SUBDIRECTOR],
              },
            ],
          },
        ],
      },
    ],
  },
];
