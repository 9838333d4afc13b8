import { afterEach, describe, expect, it, vi } from "vitest";
import { Alcance, Periodicidad, TipoReporte } from "@/generated/prisma/enums";
import { declaracionDelTipo } from "@/features/plan/declaraciones-2020";
import {
  COMBINACION_DEL_TIPO,
  explicarCombinacion,
  mensajeNoEliminable,
  problemaDeDias,
  problemasDeCombinacion,
  type SeguimientoCombinable,
} from "@/features/plan/reglas";
import {
  crearTemaSchema,
  crearVigenciaSchema,
  editarSeguimientoSchema,
  type EditarSeguimiento,
} from "@/features/plan/schemas";
import { PLAN_2020 } from "../../prisma/seed/plan-2020";

const AMBOS = [
  { cargo: "Coordinador Grupo de Recaudo y Cartera", rol: "COORDINADOR" },
  { cargo: "Subdirector de centro", rol: "SUBDIRECTOR" },
] as const;

function seguimiento(cambios: Partial<EditarSeguimiento> = {}): EditarSeguimiento {
  return {
    vigenciaId: 1,
    seguimientoId: 3,
    version: 1,
    herramienta: "INFORME",
    ...declaracionDelTipo("TRAZABILIDAD_VENTAS"),
    periodicidad: "TRIMESTRAL",
    alcance: "POR_CENTRO",
    diasOportunidad: "15",
    observacion: "Relación de documentos equivalentes a factura y pagos.",
    responsables: [...AMBOS],
    ...cambios,
  };
}

function errores(resultado: ReturnType<typeof editarSeguimientoSchema.safeParse>) {
  return Object.fromEntries((resultado.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

/** The problems of a combination, by the path of the field concerned. */
function porCampo(problemas: ReturnType<typeof problemasDeCombinacion>) {
  return Object.fromEntries(problemas.map((p) => [p.ruta.join("."), p.mensaje]));
}

/** A seguimiento with the key of one of the 2020 kinds. */
function combinable(tipo: TipoReporte, cambios: Partial<SeguimientoCombinable> = {}): SeguimientoCombinable {
  const { periodicidad, alcance } = COMBINACION_DEL_TIPO[tipo];
  const { clave, obligados } = declaracionDelTipo(tipo);
  return { clave, periodicidad, alcance, obligados, responsables: AMBOS, ...cambios };
}

describe("combinaciones de tipo, periodicidad y alcance", () => {
  const todas = Object.values(TipoReporte).flatMap((tipoReporte) =>
    Object.values(Periodicidad).flatMap((periodicidad) =>
      Object.values(Alcance).map((alcance) => ({ tipoReporte, periodicidad, alcance })),
    ),
  );

  it.each(todas)("$tipoReporte $periodicidad $alcance", (c) => {
    const esperada = COMBINACION_DEL_TIPO[c.tipoReporte];
    const problemas = porCampo(
      problemasDeCombinacion(
        combinable(c.tipoReporte, { periodicidad: c.periodicidad, alcance: c.alcance, obligados: "TODOS" }),
      ),
    );
    expect("periodicidad" in problemas).toBe(c.periodicidad !== esperada.periodicidad);
    expect("alcance" in problemas).toBe(c.alcance !== esperada.alcance);
  });

  it("un seguimiento que solo se declara admite cualquier periodicidad y alcance", () => {
    for (const periodicidad of Object.values(Periodicidad)) {
      for (const alcance of Object.values(Alcance)) {
        const problemas = problemasDeCombinacion({
          clave: "depuracion-cartera",
          periodicidad,
          alcance,
          obligados: "TODOS",
          responsables: AMBOS,
        });
        expect(problemas).toEqual([]);
      }
    }
  });

  it("lo que la aplicación supone: recaudo nacional y semestral, DEF trimestral por centro, comité y ejecución anuales por centro", () => {
    expect(COMBINACION_DEL_TIPO).toMatchObject({
      RECAUDO: { periodicidad: "SEMESTRAL", alcance: "NACIONAL" },
      TRAZABILIDAD_VENTAS: { periodicidad: "TRIMESTRAL", alcance: "POR_CENTRO" },
      COMITE_PRECIOS: { periodicidad: "ANUAL", alcance: "POR_CENTRO" },
      EJECUCION_RECURSOS: { periodicidad: "ANUAL", alcance: "POR_CENTRO" },
    });
  });

  it("cada seguimiento del plan 2020 del documento cumple las reglas", () => {
    const seguimientos = PLAN_2020.flatMap((t) =>
      t.lineamientos.flatMap((l) => l.acciones.flatMap((a) => a.seguimientos)),
    );
    expect(seguimientos).toHaveLength(4);
    for (const s of seguimientos) expect(problemasDeCombinacion(s)).toEqual([]);
  });

  it("el mensaje dice qué exige el tipo y por qué", () => {
    const problemas = porCampo(problemasDeCombinacion(combinable("RECAUDO", { periodicidad: "TRIMESTRAL" })));
    expect(problemas).toEqual({
      periodicidad:
        "Informe de recaudo solo puede ser semestral: lo presenta el coordinador para todo el país y se " +
        "compara con la meta de recaudo de cada semestre.",
    });
    expect(explicarCombinacion("TRAZABILIDAD_VENTAS")).toBe(
      "Trazabilidad de ventas (DEF): trimestral y por centro de formación, porque el tablero de " +
        "trazabilidad (DEF) muestra cada centro trimestre por trimestre.",
    );
  });

  it("los centros obligados no aplican a un reporte nacional", () => {
    const base = combinable("RECAUDO", { obligados: "CON_APROVECHAMIENTO" });
    expect(Object.keys(porCampo(problemasDeCombinacion(base)))).toEqual(["obligados"]);
  });

  it.each([
    ["NACIONAL", "RECAUDO", [{ rol: "SUBDIRECTOR" }], "el coordinador"],
    [
      "POR_CENTRO",
      "COMITE_PRECIOS",
      [{ rol: "COORDINADOR" }, { rol: "CONSULTA" }],
      "el subdirector de cada centro",
    ],
  ] as const)(
    "un seguimiento %s necesita entre sus responsables a quien lo presenta",
    (_a, tipo, responsables, quien) => {
      const conCargos = responsables.map((r, i) => ({ ...r, cargo: `Cargo ${i}` }));
      const problemas = porCampo(problemasDeCombinacion(combinable(tipo, { responsables: conCargos })));
      expect(problemas.responsables).toContain(`los presenta ${quien}`);
    },
  );
});

describe("esquema del seguimiento", () => {
  it("acepta el seguimiento tal como lo carga el editor y recorta los textos", () => {
    const r = editarSeguimientoSchema.safeParse(
      seguimiento({ observacion: "  Texto  ", diasOportunidad: " 20 " }),
    );
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ observacion: "Texto", diasOportunidad: 20 });
  });

  it("muestra a la vez los errores de texto y los de las reglas, cada uno junto a su campo", () => {
    const r = editarSeguimientoSchema.safeParse(
      seguimiento({ observacion: "   ", diasOportunidad: "15,5", responsables: [AMBOS[0]] }),
    );
    expect(errores(r)).toEqual({
      observacion: "Escriba la observación (qué evidencia se espera).",
      diasOportunidad: "Escriba un número entero de días, sin signos ni decimales.",
      responsables:
        "Los reportes por centro los presenta el subdirector de cada centro: incluya un responsable con el rol «Subdirector de centro».",
    });
  });

  it.each([
    ["0", null],
    ["365", null],
    ["366", "Escriba a lo sumo 365 días: el plazo se cuenta desde el cierre de cada periodo."],
    ["-3", "Escriba un número entero de días, sin signos ni decimales."],
    ["1.5", "Escriba un número entero de días, sin signos ni decimales."],
    ["", "Escriba los días de oportunidad."],
  ])("días de oportunidad %j", (texto, mensaje) => {
    expect(problemaDeDias(texto)).toBe(mensaje);
  });

  it("un cargo repetido se marca en el segundo", () => {
    const r = editarSeguimientoSchema.safeParse(
      seguimiento({ responsables: [...AMBOS, { cargo: "subdirector de centro ", rol: "CONSULTA" }] }),
    );
    expect(errores(r)).toEqual({ "responsables.2.cargo": "Este cargo ya está en la lista." });
  });

  it("pide al menos un responsable y a lo sumo diez", () => {
    expect(errores(editarSeguimientoSchema.safeParse(seguimiento({ responsables: [] })))).toMatchObject({
      responsables: "Agregue al menos un responsable.",
    });
    const once = Array.from({ length: 11 }, (_, i) => ({ cargo: `Cargo ${i}`, rol: "SUBDIRECTOR" as const }));
    expect(errores(editarSeguimientoSchema.safeParse(seguimiento({ responsables: once })))).toMatchObject({
      responsables: "Registre a lo sumo 10 responsables.",
    });
  });

  it("la versión leída es obligatoria", () => {
    const { version: _version, ...sinVersion } = seguimiento();
    expect(editarSeguimientoSchema.safeParse(sinVersion).success).toBe(false);
  });
});

describe("esquemas del tema y de la vigencia", () => {
  afterEach(() => vi.useRealTimers());

  it("el código del tema se guarda sin el punto final y solo con números y puntos", () => {
    expect(crearTemaSchema.parse({ vigenciaId: 1, codigo: " 2.1.4.3. ", nombre: "Tema" }).codigo).toBe(
      "2.1.4.3",
    );
    const r = crearTemaSchema.safeParse({ vigenciaId: 1, codigo: "2.1.a", nombre: " " });
    expect(Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      codigo: "Escriba el código con números separados por puntos, por ejemplo 2.1.4.3.",
      nombre: "Escriba el nombre del tema.",
    });
  });

  it("un texto demasiado largo se rechaza en vez de recortarse", () => {
    const r = crearTemaSchema.safeParse({ vigenciaId: 1, codigo: "2", nombre: "a".repeat(301) });
    expect(r.error?.issues[0]?.message).toBe("No puede superar 300 caracteres.");
  });

  it("el nombre vacío toma «Plan de Acción» y el año", () => {
    expect(crearVigenciaSchema.parse({ anio: " 2027 ", nombre: "  ", origenId: 4 })).toEqual({
      anio: 2027,
      nombre: "Plan de Acción 2027",
      origenId: 4,
    });
  });

  it("el año va de 2000 a cinco años después del año en curso en Bogotá", () => {
    // December 31, 2026 at 8 p.m. in Bogotá: already 2027 in UTC.
    vi.useFakeTimers({ now: new Date("2027-01-01T01:00:00Z"), toFake: ["Date"] });
    const anio = (texto: string) =>
      crearVigenciaSchema.safeParse({ anio: texto, nombre: "", origenId: null });
    expect(anio("2031").success).toBe(true);
    expect(anio("2032").error?.issues[0]?.message).toBe("El año debe estar entre 2000 y 2031.");
    expect(anio("1999").success).toBe(false);
    expect(anio("2k27").error?.issues[0]?.message).toBe(
      "Escriba el año con cuatro cifras, por ejemplo 2027.",
    );
  });
});

describe("mensajes al negarse a eliminar", () => {
  it.each([
    ["este seguimiento", { seguimientos: 1, reportes: 1 }, true, "ya tiene 1 reporte"],
    ["esta acción", { seguimientos: 1, reportes: 12 }, false, "uno de sus seguimientos ya tiene 12 reportes"],
    [
      "este tema",
      { seguimientos: 2, reportes: 1_234 },
      false,
      "2 de sus seguimientos ya tienen reportes (1.234 reportes en total)",
    ],
  ] as const)("%s", (queCosa, bajo, esSeguimiento, cuantos) => {
    expect(mensajeNoEliminable(queCosa, bajo, esSeguimiento)).toBe(
      `No se puede eliminar ${queCosa}: ${cuantos}, contando borradores, y esos reportes quedarían sin ` +
        "el plan que les da sentido. Sus textos sí se pueden corregir.",
    );
  });
});
