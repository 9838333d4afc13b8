// Plan de Acción 2020 del Grupo de Recaudo y Cartera, tal como lo publica el documento
// "Lineamientos operativos Plan de Acción 2020", numeral 2.1.4 "Grupo de Normalización y Cartera".
//
// Criterios de transcripción (aplicados de forma uniforme):
// - Los textos del documento (nombres de tema, lineamientos, acciones, resultados esperados y
//   observaciones) se copian literalmente, con su puntuación final tal como aparece en el documento
//   ("Incremento del recaudo de recursos propios." termina en punto; "Producción de centros", no).
//   No se corrige nada: se conservan, por ejemplo, "Todo las ventas- aprovechamiento".
// - El código del tema se guarda sin el punto final de la numeración ("2.1.4.1.").
// - Solo se retira el marcado HTML de lista y las viñetas "•" de las celdas de seguimiento y
//   responsables.
// - "Informe." y "Reporte." pasan a la herramienta INFORME / REPORTE; "Trimestral.", "Semestral." y
//   "Anual." a la periodicidad correspondiente.
// - El cargo de los responsables es un nombre, no una oración: se guarda sin el punto final, que el
//   documento pone en unas celdas y omite en otras ("Subdirector de centro" del tercer lineamiento).
//
// Alcance, tipo de reporte, días de oportunidad y la restricción a centros con aprovechamiento no
// están en el documento: son la parametrización del producto para cada seguimiento.

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
                tipoReporte: "RECAUDO",
                diasOportunidad: 30,
                observacion:
                  "Informe de cumplimiento de metas de recaudo elaborado por el Grupo de Recaudo y Cartera.",
                soloCentrosConAprovechamiento: false,
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
                tipoReporte: "COMITE_PRECIOS",
                diasOportunidad: 30,
                observacion:
                  "Reporte del Sistema Nacional de Producción de Centros donde se muestren las actas del comité de precios de cada centro de formación.",
                soloCentrosConAprovechamiento: true,
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
                tipoReporte: "TRAZABILIDAD_VENTAS",
                diasOportunidad: 15,
                observacion:
                  "Reporte del Sistema Nacional de Producción de Centros donde se muestra la relación de documentos equivalentes a factura y los pagos.",
                soloCentrosConAprovechamiento: true,
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
                tipoReporte: "EJECUCION_RECURSOS",
                diasOportunidad: 30,
                observacion: "Aplicativo Plan de Acción.",
                soloCentrosConAprovechamiento: false,
                responsables: [COORDINADOR, SUBDIRECTOR],
              },
            ],
          },
        ],
      },
    ],
  },
];
