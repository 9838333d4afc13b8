import { describe, expect, it } from "vitest";
import { DECLARACIONES_2020 } from "@/features/plan/declaraciones-2020";
import { formularioSchema, leerFormulario, LIMITES_DECLARACION } from "@/lib/seguimientos/declaracion";

/** The problems of a declaration, by the path of what is wrong. */
function problemas(formulario: unknown): Record<string, string> {
  const r = formularioSchema.safeParse(formulario);
  return Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

const CARTERA = {
  campos: [
    { clave: "carteraInicial", etiqueta: "Cartera inicial (COP)", tipo: "pesos", obligatorio: true },
    { clave: "carteraRecuperada", etiqueta: "Cartera recuperada (COP)", tipo: "pesos", obligatorio: true },
    { clave: "carteraCastigada", etiqueta: "Cartera castigada (COP)", tipo: "pesos", obligatorio: true },
    { clave: "acciones", etiqueta: "Acciones de cobro", tipo: "cantidad", obligatorio: true },
    { clave: "soporte", etiqueta: "Soporte (PDF)", tipo: "documento", obligatorio: true },
    { clave: "observaciones", etiqueta: "Observaciones", tipo: "texto", largo: "largo", obligatorio: false },
  ],
  reglas: [
    {
      tipo: "sumaMenorOIgual",
      campos: ["carteraRecuperada", "carteraCastigada"],
      limite: "carteraInicial",
      mensaje: "Lo recuperado y lo castigado no pueden superar la cartera inicial ({diferencia} de más).",
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
};

describe("la declaración del formulario de un seguimiento", () => {
  it("los cuatro formularios de 2020 son declaraciones válidas y se leen tal como se guardan", () => {
    for (const { formulario } of Object.values(DECLARACIONES_2020)) {
      expect(problemas(formulario)).toEqual({});
      expect(leerFormulario(JSON.parse(JSON.stringify(formulario)))).toEqual(formulario);
    }
  });

  it("acepta un formulario nuevo con campos de todo tipo, una regla entre sumas y un indicador", () => {
    expect(problemas(CARTERA)).toEqual({});
    const completo = {
      campos: [
        ...CARTERA.campos,
        { clave: "avance", etiqueta: "Avance", tipo: "porcentaje", obligatorio: false },
        {
          clave: "corte",
          etiqueta: "Fecha de corte",
          tipo: "fecha",
          dentroDelPeriodo: true,
          obligatorio: true,
        },
        { clave: "cumple", etiqueta: "¿Cumple?", tipo: "siNo", obligatorio: true },
        {
          clave: "estado",
          etiqueta: "Estado",
          tipo: "opcion",
          opciones: ["Abierto", "Cerrado"],
          obligatorio: true,
        },
      ],
    };
    expect(problemas(completo)).toEqual({});
  });

  it("un tipo de campo desconocido se rechaza en su lugar, con los tipos que existen", () => {
    const r = problemas({ campos: [{ clave: "x", etiqueta: "X", tipo: "moneda", obligatorio: true }] });
    expect(r["campos.0"] ?? r["campos.0.tipo"]).toMatch(
      /^Tipo de campo desconocido: use uno de pesos, cantidad/,
    );
  });

  it("una clave repetida se marca en el segundo campo", () => {
    const campos = [CARTERA.campos[0], { ...CARTERA.campos[1], clave: "carteraInicial" }];
    expect(problemas({ campos })).toEqual({ "campos.1.clave": "La clave «carteraInicial» está repetida." });
  });

  it("una regla que nombra un campo que no existe dice cuál, en su lugar", () => {
    const regla = { ...CARTERA.reglas[0], limite: ["carteraInicial", "carteraFinal"] };
    expect(problemas({ ...CARTERA, reglas: [regla] })).toEqual({
      "reglas.0.limite.1": "No hay ningún campo con la clave «carteraFinal».",
    });
  });

  it("un indicador que divide por un texto se rechaza", () => {
    const indicador = { ...CARTERA.indicadores[0], denominador: ["observaciones"] };
    expect(problemas({ ...CARTERA, indicadores: [indicador] })).toEqual({
      "indicadores.0.denominador.0":
        "«Observaciones» es de tipo texto: solo se suman pesos, cantidades o porcentajes.",
    });
  });

  it("una suma no mezcla pesos con cantidades, y su formato corresponde a sus campos", () => {
    const mezcla = { ...CARTERA.reglas[0], campos: ["carteraRecuperada", "acciones"] };
    expect(problemas({ ...CARTERA, reglas: [mezcla] })).toEqual({
      "reglas.0": "La regla mezcla campos de tipos distintos (pesos, cantidad).",
    });
    const suma = { clave: "total", nombre: "Total", tipo: "suma", campos: ["acciones"], formato: "pesos" };
    expect(problemas({ ...CARTERA, indicadores: [suma] })).toEqual({
      "indicadores.0.formato": "El formato «pesos» no corresponde a campos de tipo cantidad.",
    });
  });

  it(`a lo sumo ${LIMITES_DECLARACION.campos} campos: diez mil se rechazan sin revisar cada uno`, () => {
    const campos = Array.from({ length: 10_000 }, (_, i) => ({
      clave: `campo${i}`,
      etiqueta: `Campo ${i}`,
      tipo: "cantidad",
      obligatorio: false,
    }));
    expect(problemas({ campos })).toEqual({
      campos: `Un formulario admite a lo sumo ${LIMITES_DECLARACION.campos} campos.`,
    });
  });

  it("una propiedad desconocida (una errata) se rechaza en vez de ignorarse", () => {
    const campo = { ...CARTERA.campos[0], obligatoria: true };
    expect(Object.keys(problemas({ campos: [campo] }))).toEqual(["campos.0"]);
  });

  it("una clave con espacios o tildes se rechaza con un ejemplo", () => {
    const campo = { ...CARTERA.campos[0], clave: "cartera inicial" };
    expect(problemas({ campos: [campo] })["campos.0.clave"]).toContain("por ejemplo «carteraInicial»");
  });

  it("el semáforo pone el verde por encima del amarillo, salvo que menos sea mejor", () => {
    const indicador = { ...CARTERA.indicadores[0], semaforo: { verde: 0.5, amarillo: 0.8 } };
    expect(problemas({ ...CARTERA, indicadores: [indicador] })).toEqual({
      "indicadores.0.semaforo":
        "El umbral verde debe ser mejor que el amarillo (mayor, o menor si «sentido» es «menor»).",
    });
    const alReves = { ...indicador, semaforo: { verde: 0.5, amarillo: 0.8, sentido: "menor" } };
    expect(problemas({ ...CARTERA, indicadores: [alReves] })).toEqual({});
  });

  it("un formulario guardado que ya no es válido no se usa: falla con lo que tiene mal", () => {
    expect(() => leerFormulario({ campos: [{ clave: "x", tipo: "pesos" }] })).toThrow(
      /^Formulario guardado no válido: /,
    );
  });
});
