import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describirCambios } from "@/features/plan/archivo/cambios";
import { esquemaJsonComoTexto } from "@/features/plan/archivo/esquema-json";
import { leerPlanArchivo, planComoTexto } from "@/features/plan/archivo/lectura";
import { PLAN_2020 } from "../../prisma/seed/plan-2020";

const PLAN = { vigencia: 2026, nombre: "Plan de Acción 2026", temas: PLAN_2020 };

/** The 2026 plan with one more tema: a quarterly, por-centro seguimiento of portfolio clean-up. */
function conDepuracionDeCartera() {
  const plan = JSON.parse(planComoTexto(structuredClone(PLAN) as never));
  plan.temas.push({
    codigo: "2.1.4.3",
    nombre: "Gestión de cartera",
    lineamientos: [
      {
        texto: "Depurar la cartera de los centros de formación.",
        acciones: [
          {
            texto: "Depurar la cartera de cada centro.",
            resultadoEsperado: "Cartera depurada y recuperada.",
            seguimientos: [
              {
                clave: "depuracion-cartera",
                nombre: "Informe de depuración de cartera",
                herramienta: "INFORME",
                periodicidad: "TRIMESTRAL",
                alcance: "POR_CENTRO",
                obligados: "TODOS",
                diasOportunidad: 15,
                observacion: "Informe trimestral de depuración de cartera.",
                responsables: [{ cargo: "Subdirector de centro", rol: "SUBDIRECTOR" }],
                campos: [
                  {
                    clave: "carteraInicial",
                    etiqueta: "Cartera inicial (COP)",
                    tipo: "pesos",
                    obligatorio: true,
                  },
                  {
                    clave: "carteraRecuperada",
                    etiqueta: "Recuperada (COP)",
                    tipo: "pesos",
                    obligatorio: true,
                  },
                  {
                    clave: "carteraCastigada",
                    etiqueta: "Castigada (COP)",
                    tipo: "pesos",
                    obligatorio: true,
                  },
                  { clave: "acciones", etiqueta: "Acciones de cobro", tipo: "cantidad", obligatorio: true },
                  { clave: "acta", etiqueta: "Acta (PDF)", tipo: "documento", obligatorio: true },
                ],
                reglas: [
                  {
                    tipo: "sumaMenorOIgual",
                    campos: ["carteraRecuperada", "carteraCastigada"],
                    limite: "carteraInicial",
                    mensaje: "Lo recuperado y lo castigado superan la cartera inicial en {diferencia}.",
                    justificable: false,
                  },
                ],
                indicadores: [
                  {
                    clave: "recuperacion",
                    nombre: "Cartera recuperada / inicial",
                    tipo: "razon",
                    numerador: ["carteraRecuperada"],
                    denominador: ["carteraInicial"],
                    formato: "porcentaje",
                    meta: 0.3,
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  });
  return plan;
}

const SEGUIMIENTO_NUEVO = "temas[2].lineamientos[0].acciones[0].seguimientos[0]";

describe("el plan como archivo", () => {
  it("el plan 2020 del documento es un archivo válido, y escribirlo y leerlo lo deja igual", () => {
    const lectura = leerPlanArchivo(planComoTexto(PLAN as never));
    expect(lectura).toEqual({ ok: true, plan: JSON.parse(planComoTexto(PLAN as never)) });
  });

  it("acepta un seguimiento nuevo con su formulario, y dice lo que cambiaría", () => {
    const lectura = leerPlanArchivo(JSON.stringify(conDepuracionDeCartera()));
    expect(lectura.ok).toBe(true);
    if (!lectura.ok) return;
    expect(describirCambios({ nombre: PLAN.nombre, plan: PLAN.temas }, lectura.plan)).toEqual([
      "Tema 2.1.4.3 «Gestión de cartera»: nuevo.",
      "Seguimiento «depuracion-cartera» (Informe de depuración de cartera): nuevo en tema 2.1.4.3, " +
        "lineamiento 1, acción 1, trimestral, 5 campos.",
    ]);
  });

  it("dice cada problema con su ruta en el archivo, también los que dependen de una parte inválida", () => {
    const plan = conDepuracionDeCartera();
    const s = plan.temas[2].lineamientos[0].acciones[0].seguimientos[0];
    s.campos[0].tipo = "moneda";
    s.reglas[0].limite = "carteraFinal";
    s.clave = "recaudo";
    s.periodicidad = "QUINCENAL";
    const lectura = leerPlanArchivo(JSON.stringify(plan));
    expect(lectura.ok).toBe(false);
    if (lectura.ok) return;
    expect(lectura.problemas).toEqual(
      expect.arrayContaining([
        {
          ruta: `${SEGUIMIENTO_NUEVO}.campos[0].tipo`,
          mensaje: expect.stringMatching(/^Tipo de campo desconocido/),
        },
        { ruta: `${SEGUIMIENTO_NUEVO}.periodicidad`, mensaje: expect.stringContaining("TRIMESTRAL") },
        {
          ruta: `${SEGUIMIENTO_NUEVO}.reglas[0].limite`,
          mensaje: "No hay ningún campo con la clave «carteraFinal».",
        },
        {
          ruta: `${SEGUIMIENTO_NUEVO}.clave`,
          mensaje:
            "La clave «recaudo» ya es la de otro seguimiento (temas[0].lineamientos[0].acciones[0].seguimientos[0]).",
        },
      ]),
    );
    expect(lectura.problemas).toHaveLength(4);
  });

  it("un archivo que no es JSON dice dónde está el error", () => {
    expect(leerPlanArchivo('{\n  "vigencia": 2026,\n  "nombre": "Plan" "temas": []}')).toEqual({
      ok: false,
      problemas: [
        {
          ruta: "(archivo)",
          mensaje: "El archivo no es JSON válido (línea 3, columna 20): revise comas, comillas y llaves.",
        },
      ],
    });
    const sinValor = leerPlanArchivo('{\n  "vigencia": 2026,\n  "nombre": }');
    expect(sinValor).toEqual({
      ok: false,
      problemas: [
        {
          ruta: "(archivo)",
          mensaje: expect.stringMatching(/^El archivo no es JSON válido cerca de .*"nombre": }/),
        },
      ],
    });
  });

  it("un archivo de 5 MB se rechaza sin leerlo", () => {
    const lectura = leerPlanArchivo(new Uint8Array(5 * 1024 * 1024));
    expect(lectura).toEqual({
      ok: false,
      problemas: [{ ruta: "(archivo)", mensaje: "El archivo pesa 5 MB; un plan admite a lo sumo 2 MB." }],
    });
  });

  it("una propiedad desconocida se rechaza en su lugar", () => {
    const plan = { ...structuredClone(PLAN), autor: "alguien" };
    const lectura = leerPlanArchivo(JSON.stringify(plan));
    expect(lectura).toEqual({
      ok: false,
      problemas: [{ ruta: "(archivo)", mensaje: 'Llave desconocida: "autor"' }],
    });
  });

  it("docs/plan.schema.json es el esquema que genera el código (npm run plan:esquema)", () => {
    expect(readFileSync("docs/plan.schema.json", "utf8")).toBe(esquemaJsonComoTexto());
  });
});
