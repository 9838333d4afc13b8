import { describe, expect, it } from "vitest";
import {
  claveDeMeta,
  leerSemestre,
  planificarMetas,
  type ContextoDeMetas,
  type MetaGuardada,
} from "@/features/metas/importacion";
import { leerCsv } from "@/lib/csv";
import { formatearCop } from "@/lib/dinero";
import { mensajeDeSumaExcesiva } from "@/lib/metas";

const REGIONALES = [
  { id: 1, codigo: "05", nombre: "Antioquia" },
  { id: 2, codigo: "08", nombre: "Atlántico" },
  { id: 3, codigo: "11", nombre: "Distrito Capital" },
];
const V2026 = { id: 7, anio: 2026 };

function contexto(guardadas: Omit<MetaGuardada, "id" | "vigenciaId" | "ambito">[] = []): ContextoDeMetas {
  return {
    vigencias: new Map([[2026, V2026]]),
    regionales: REGIONALES,
    guardadas: new Map(
      guardadas.map((g, i) => {
        const ambito = g.regionalId === null ? "NACIONAL" : String(g.regionalId);
        return [claveDeMeta(V2026.id, g.periodo, ambito), { ...g, id: i + 1, vigenciaId: V2026.id, ambito }];
      }),
    ),
  };
}

function plan(texto: string, ctx = contexto()) {
  const tabla = leerCsv(texto, []);
  if (!tabla.ok) throw new Error(tabla.error);
  const resultado = planificarMetas(tabla, ctx);
  if (!resultado.ok) throw new Error(resultado.error);
  return resultado;
}

const ENCABEZADO = "vigencia;semestre;regional;meta\n";

describe("el semestre de una fila", () => {
  it.each([
    ["1", "2026-S1"],
    ["S2", "2026-S2"],
    ["2026-S1", "2026-S1"],
    ["Semestre 2", "2026-S2"],
    ["semestre 1 de 2026", "2026-S1"],
    ["2025-S1", null],
    ["3", null],
    ["T1", null],
  ])("«%s» es %s", (texto, esperado) => {
    expect(leerSemestre(texto, 2026)).toBe(esperado);
  });
});

describe("importar metas: lo que hará cada fila", () => {
  it("fija las regionales y calcula la nacional como su suma, con lo guardado de las demás", () => {
    const resultado = plan(
      ENCABEZADO + "2026;1;05;1.500.000\n2026;1;Atlántico;2500000\n2026;2;Distrito Capital;\n",
      contexto([
        { periodo: "2026-S1", regionalId: 3, monto: 1_000_000n },
        { periodo: "2026-S1", regionalId: 2, monto: 2_500_000n },
        { periodo: "2026-S2", regionalId: 3, monto: 9n },
        { periodo: "2026-S2", regionalId: null, monto: 9n },
      ]),
    );
    expect(resultado.errores).toEqual([]);
    expect(
      resultado.filas.map((f) => [f.linea, f.regional, f.periodo, f.antes, f.despues, f.accion]),
    ).toEqual([
      [2, "Antioquia", "2026-S1", null, 1_500_000n, "CREAR"],
      [3, "Atlántico", "2026-S1", 2_500_000n, 2_500_000n, "SIN_CAMBIOS"],
      [4, "Distrito Capital", "2026-S2", 9n, null, "ACTUALIZAR"],
    ]);
    expect(resultado.nacionales).toEqual([
      { vigenciaId: 7, anio: 2026, periodo: "2026-S1", antes: null, despues: 5_000_000n, calculada: true },
      { vigenciaId: 7, anio: 2026, periodo: "2026-S2", antes: 9n, despues: null, calculada: false },
    ]);
  });

  it("la meta nacional de un semestre sin regionales es la del archivo; con regionales debe ser su suma", () => {
    const soloNacional = plan(ENCABEZADO + "2026;2;Nacional;7.000.000\n");
    expect(soloNacional.nacionales).toEqual([
      { vigenciaId: 7, anio: 2026, periodo: "2026-S2", antes: null, despues: 7_000_000n, calculada: false },
    ]);
    expect(soloNacional.filas[0]).toMatchObject({ regionalId: null, accion: "CREAR", despues: 7_000_000n });

    const descuadrada = plan(ENCABEZADO + "2026;1;05;100\n2026;1;08;200\n2026;1;Nacional;250\n");
    expect(descuadrada.errores).toEqual([
      {
        linea: 4,
        mensajes: [
          `Con metas regionales, la meta nacional del semestre 1 de 2026 es su suma: ${formatearCop(300n)}. El archivo dice ${formatearCop(250n)}; corríjala o deje la celda vacía.`,
        ],
      },
    ]);
    const cuadrada = plan(ENCABEZADO + "2026;1;05;100\n2026;1;08;200\n2026;1;Nacional;300\n");
    expect(cuadrada.errores).toEqual([]);
    expect(cuadrada.filas.at(-1)).toMatchObject({ regionalId: null, despues: 300n, accion: "CREAR" });
  });

  it("una suma regional por encima del tope se rechaza en la fila nacional o, sin ella, en la primera regional", () => {
    const ctx = contexto([{ periodo: "2026-S1", regionalId: 3, monto: 999_999_999_999_999n }]);
    const sinNacional = plan(ENCABEZADO + "2026;1;05;1\n2026;1;08;2\n", ctx);
    const mensaje = `Meta nacional del semestre 1 de 2026: ${mensajeDeSumaExcesiva(1_000_000_000_000_002n)}`;
    expect(sinNacional.errores).toEqual([{ linea: 2, mensajes: [mensaje] }]);
    const conNacional = plan(ENCABEZADO + "2026;1;05;1\n2026;1;08;2\n2026;1;Nacional;\n", ctx);
    expect(conNacional.errores).toEqual([{ linea: 4, mensajes: [mensaje] }]);
  });

  it("reúne cada problema de cada fila con su línea, también la misma meta dos veces", () => {
    const { errores, filas } = plan(
      ENCABEZADO +
        "2026;1;05;100\n" +
        "2031;1;05;100\n" +
        "2026;3;Antioquía Norte;12,5\n" +
        ";;;\n" +
        "2026;S1;Antioquia;200\n" +
        "dos mil;1;05;-4\n",
    );
    expect(errores).toEqual([
      { linea: 3, mensajes: ["La vigencia 2031 no existe: créela en el plan de acción primero."] },
      {
        linea: 4,
        mensajes: [
          "«3» no es un semestre de 2026: escriba 1, 2 o 2026-S1.",
          "«Antioquía Norte» no es el código ni el nombre de ninguna regional registrada.",
          "Meta «12,5»: La meta va en pesos enteros, sin centavos ni decimales.",
        ],
      },
      { linea: 6, mensajes: ["La meta de Antioquia del semestre 1 de 2026 ya aparece en la línea 2."] },
      {
        linea: 7,
        mensajes: ["«dos mil» no es el año de una vigencia.", "Meta «-4»: La meta no puede ser negativa."],
      },
    ]);
    expect(filas.map((f) => f.linea)).toEqual([2]);
  });

  it("sin las columnas obligatorias se rechaza el archivo entero; acepta el encabezado de la descarga", () => {
    const tabla = leerCsv("vigencia;regional;meta\n2026;05;1\n", []);
    expect(tabla.ok && planificarMetas(tabla, contexto())).toEqual({
      ok: false,
      error:
        "Faltan columnas en el encabezado: semestre. Columnas esperadas: vigencia, semestre, regional y meta.",
    });
    const descarga = plan("Vigencia;Semestre;Regional;Meta (COP)\n2026;2026-S1;Antioquia;100\n");
    expect(descarga.filas).toMatchObject([{ regionalId: 1, periodo: "2026-S1", despues: 100n }]);
  });
});
