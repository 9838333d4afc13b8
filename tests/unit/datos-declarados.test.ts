import { describe, expect, it } from "vitest";
import { DECLARACIONES_2020 } from "@/features/plan/declaraciones-2020";
import type { TipoReporte } from "@/generated/prisma/enums";
import { MENSAJE_MONTO_MAXIMO } from "@/lib/dinero";
import { cifrasEscritas, esquemaDeDatos, type LimitesDeFechas, type Modo } from "@/lib/seguimientos/datos";
import { filasDeIndicadores } from "@/lib/seguimientos/indicadores";
import { incumplimientos, MENSAJE_FALTA_JUSTIFICACION } from "@/lib/seguimientos/reglas";

// The data of a report validated against its seguimiento's declared form: the four forms of 2020
// keep every behaviour their hand-written schemas had (decision 0018).

const limites2020 = { desde: "2020-01-01", hasta: "2020-12-31" };

/** The schema of the declared form of a 2020 kind; the kind of the data picks the form. */
function datosReporteSchema(limites: LimitesDeFechas, modo: Modo = "envio") {
  return {
    parse: (datos: { tipo: string } & Record<string, unknown>) => esquema(datos, limites, modo).parse(datos),
    safeParse: (datos: { tipo: string } & Record<string, unknown>) =>
      esquema(datos, limites, modo).safeParse(datos),
  };
}

function esquema(datos: { tipo: string }, limites: LimitesDeFechas, modo: Modo) {
  return esquemaDeDatos(DECLARACIONES_2020[datos.tipo as TipoReporte].formulario, limites, modo);
}

const recaudoSchema = (modo: Modo = "envio") =>
  esquemaDeDatos(DECLARACIONES_2020.RECAUDO.formulario, limites2020, modo);

/** The figures the form computes while the user types, and the rules it points out. */
function resumenEnVivo(tipo: TipoReporte, escritos: Record<string, string>, meta: bigint | null) {
  const { formulario } = DECLARACIONES_2020[tipo];
  const cifras = cifrasEscritas(formulario, escritos);
  return {
    cifras: filasDeIndicadores(formulario, cifras, { meta, periodo: "semestre" }),
    advertencias: incumplimientos(formulario, cifras).map((r) =>
      r.justificable ? r.mensaje : `${r.mensaje} Así no se podrá enviar el reporte.`,
    ),
  };
}

describe("datos de un reporte", () => {
  it("los montos escritos a la colombiana se vuelven pesos exactos", () => {
    const datos = datosReporteSchema(limites2020).parse({
      tipo: "TRAZABILIDAD_VENTAS",
      totalAprovechamientos: "$ 12.345.678.901.234",
      totalFacturadoDef: "999",
      numeroDef: "1.500",
      pagosRecibidos: "999",
    });
    expect(datos).toEqual({
      totalAprovechamientos: 12_345_678_901_234n,
      totalFacturadoDef: 999n,
      numeroDef: 1500,
      pagosRecibidos: 999n,
      regionales: [],
      justificacion: null,
    });
  });

  it.each([
    ["totalAprovechamientos", "1250000.50"],
    ["totalAprovechamientos", "12.5"],
    ["numeroDef", "1.5"],
    ["numeroDef", "12,5"],
  ])("%s escrito con decimales (%j) se rechaza, nunca se lee como otro número", (campo, texto) => {
    const resultado = datosReporteSchema(limites2020).safeParse({
      tipo: "TRAZABILIDAD_VENTAS",
      totalAprovechamientos: "1.000",
      totalFacturadoDef: "0",
      numeroDef: "1",
      pagosRecibidos: "0",
      [campo]: texto,
    });
    expect(resultado.success).toBe(false);
    expect(resultado.error?.issues.map((i) => i.path.join("."))).toEqual([campo]);
  });

  it.each([
    ["2020-01-01", true],
    ["2020-12-31", true],
    ["2019-12-31", false],
    ["2021-01-01", false],
    ["15/03/2020", false],
  ])("la fecha del acta %s está dentro del periodo: %s", (fechaActa, valida) => {
    const resultado = datosReporteSchema(limites2020).safeParse({
      tipo: "COMITE_PRECIOS",
      fechaActa,
      numeroActa: "001",
      productosServiciosPreciados: "3",
    });
    expect(resultado.success).toBe(valida);
  });

  it("el desglose por regional debe sumar los totales, sin regionales repetidas", () => {
    const base = {
      tipo: "RECAUDO",
      recaudoFiscalizacion: "300",
      recaudoCobroPersuasivo: "30",
      aportantesNuevos: "1",
      smsEnviados: "1",
      correosEnviados: "1",
      analisis: "Un análisis de al menos veinte caracteres.",
    };
    const fila = (regionalId: number, f: string, p: string) => ({
      regionalId,
      recaudoFiscalizacion: f,
      recaudoCobroPersuasivo: p,
    });
    expect(
      recaudoSchema().safeParse({ ...base, regionales: [fila(1, "100", "10"), fila(2, "200", "20")] })
        .success,
    ).toBe(true);
    expect(recaudoSchema().safeParse({ ...base, regionales: [] }).success).toBe(true);
    const repetida = recaudoSchema().safeParse({
      ...base,
      regionales: [fila(1, "150", "15"), fila(1, "150", "15")],
    });
    expect(repetida.error?.issues.map((i) => i.message)).toEqual(["Una regional aparece dos veces."]);
  });
});

describe("cifras calculadas mientras se escribe", () => {
  it("recaudo: total y cumplimiento frente a la meta", () => {
    const r = resumenEnVivo("RECAUDO", { recaudoFiscalizacion: "150", recaudoCobroPersuasivo: "50" }, 400n);
    expect(r.cifras[0]).toEqual(["Recaudo total", expect.stringMatching(/^\$\s200$/)]);
    expect(r.cifras[1]).toEqual(["Meta del semestre", expect.stringMatching(/^\$\s400$/)]);
    expect(r.cifras[2]).toEqual(["Cumplimiento de la meta", expect.stringMatching(/^50\s?%$/)]);
  });

  it("recaudo sin meta registrada no inventa un porcentaje", () => {
    const r = resumenEnVivo("RECAUDO", { recaudoFiscalizacion: "150", recaudoCobroPersuasivo: "50" }, null);
    expect(r.cifras).toContainEqual(["Meta del semestre", "Sin meta registrada"]);
    expect(r.cifras).toContainEqual(["Cumplimiento de la meta", "—"]);
  });

  it("trazabilidad: facturar más de lo vendido se advierte mientras se escribe", () => {
    const r = resumenEnVivo(
      "TRAZABILIDAD_VENTAS",
      { totalAprovechamientos: "100", totalFacturadoDef: "120" },
      null,
    );
    expect(r.advertencias).toEqual([
      "El total facturado con DEF supera el total de aprovechamientos en $\u00a020: lo facturado con " +
        "documento equivalente es parte de las ventas del trimestre. Corrija una de las dos cifras. " +
        "Así no se podrá enviar el reporte.",
    ]);
  });

  it("trazabilidad con ventas en cero: la razón no aplica", () => {
    const r = resumenEnVivo(
      "TRAZABILIDAD_VENTAS",
      { totalAprovechamientos: "0", totalFacturadoDef: "0" },
      null,
    );
    expect(r.cifras).toEqual([["Facturado con DEF / aprovechamientos", "No aplica"]]);
  });

  it("ejecución: ejecutar más de lo asignado se advierte", () => {
    const r = resumenEnVivo(
      "EJECUCION_RECURSOS",
      { recursosAsignados: "100", recursosEjecutados: "80" },
      null,
    );
    expect(r.cifras[0]?.[1]).toMatch(/^80\s?%$/);
    expect(r.advertencias).toEqual([]);
    expect(
      resumenEnVivo("EJECUCION_RECURSOS", { recursosAsignados: "1", recursosEjecutados: "2" }, null)
        .advertencias,
    ).toHaveLength(1);
  });
});

const limites = limites2020;
const trazabilidadCompleta = {
  tipo: "TRAZABILIDAD_VENTAS",
  totalAprovechamientos: "1.000",
  totalFacturadoDef: "800",
  numeroDef: "3",
  pagosRecibidos: "700",
};

function errores(resultado: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((resultado.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("borrador y envío con el mismo esquema", () => {
  it("un borrador del comité guarda solo el número del acta; el envío pide lo que falta", () => {
    const soloNumero = { tipo: "COMITE_PRECIOS", numeroActa: "007-2020", fechaActa: "" };
    expect(datosReporteSchema(limites, "borrador").parse(soloNumero)).toEqual({
      numeroActa: "007-2020",
      fechaActa: null,
      productosServiciosPreciados: null,
      regionales: [],
      justificacion: null,
    });
    expect(errores(datosReporteSchema(limites, "envio").safeParse(soloNumero))).toEqual({
      fechaActa: "Escriba «Fecha del acta».",
      productosServiciosPreciados: "Escriba «Productos y servicios con precio fijado».",
    });
  });

  it.each([
    ["fechaActa", "2020-02-30", "Escriba una fecha válida (año-mes-día)."],
    ["fechaActa", "mañana", "Escriba una fecha válida (año-mes-día)."],
    ["productosServiciosPreciados", "4,5", "Escriba un número entero, sin decimales."],
    ["productosServiciosPreciados", "-1", "El número no puede ser negativo."],
  ])("un borrador también revisa el tipo: %s = %j", (campo, valor, mensaje) => {
    const r = datosReporteSchema(limites, "borrador").safeParse({ tipo: "COMITE_PRECIOS", [campo]: valor });
    expect(errores(r)).toEqual({ [campo]: mensaje });
  });

  it.each([
    ["totalAprovechamientos", "12,5", "Escriba un valor en pesos, sin decimales: por ejemplo 1.250.000."],
    ["pagosRecibidos", "-3", "El valor no puede ser negativo."],
  ])("un monto de un borrador es un monto: %s = %j", (campo, valor, mensaje) => {
    const r = datosReporteSchema(limites, "borrador").safeParse({
      tipo: "TRAZABILIDAD_VENTAS",
      [campo]: valor,
    });
    expect(errores(r)).toEqual({ [campo]: mensaje });
  });

  it.each([
    ["TRAZABILIDAD_VENTAS", "totalAprovechamientos"],
    ["TRAZABILIDAD_VENTAS", "totalFacturadoDef"],
    ["TRAZABILIDAD_VENTAS", "pagosRecibidos"],
    ["EJECUCION_RECURSOS", "recursosSolicitados"],
    ["EJECUCION_RECURSOS", "recursosAsignados"],
    ["EJECUCION_RECURSOS", "recursosEjecutados"],
    ["RECAUDO", "recaudoFiscalizacion"],
    ["RECAUDO", "recaudoCobroPersuasivo"],
  ])("%s.%s por encima del tope se rechaza junto al campo, en borrador y al enviar", (tipo, campo) => {
    for (const modo of ["borrador", "envio"] as const) {
      const r = datosReporteSchema(limites, modo).safeParse({ tipo, [campo]: "9.223.372.036.854.775.807" });
      expect(errores(r)[campo]).toBe(MENSAJE_MONTO_MAXIMO);
      const uno = datosReporteSchema(limites, modo).safeParse({ tipo, [campo]: "1.000.000.000.000.000" });
      expect(errores(uno)[campo]).toBe(MENSAJE_MONTO_MAXIMO);
    }
    expect(MENSAJE_MONTO_MAXIMO).toBe("El monto no puede superar $\u00a0999.999.999.999.999.");
    const enElTope = datosReporteSchema(limites, "borrador").parse({ tipo, [campo]: "999.999.999.999.999" });
    expect(enElTope).toMatchObject({ [campo]: 999_999_999_999_999n });
  });

  it("el desglose por regional también tiene el tope, en la fila de la regional", () => {
    const r = recaudoSchema("borrador").safeParse({
      tipo: "RECAUDO",
      regionales: [
        { regionalId: 1, recaudoFiscalizacion: "99999999999999999999", recaudoCobroPersuasivo: "" },
      ],
    });
    expect(errores(r)).toEqual({ "regionales.0.recaudoFiscalizacion": MENSAJE_MONTO_MAXIMO });
  });

  it("la fecha fuera del periodo se admite en un borrador y se rechaza al enviar", () => {
    const datos = {
      tipo: "COMITE_PRECIOS",
      fechaActa: "2021-01-05",
      numeroActa: "1",
      productosServiciosPreciados: "2",
    };
    expect(datosReporteSchema(limites, "borrador").safeParse(datos).success).toBe(true);
    expect(errores(datosReporteSchema(limites, "envio").safeParse(datos))).toEqual({
      fechaActa: "«Fecha del acta» debe estar entre 2020-01-01 y 2020-12-31.",
    });
  });

  it("un borrador de recaudo guarda solo las regionales con algo escrito y no exige que sumen", () => {
    const r = recaudoSchema("borrador").parse({
      tipo: "RECAUDO",
      recaudoFiscalizacion: "500",
      regionales: [
        { regionalId: 1, recaudoFiscalizacion: "100", recaudoCobroPersuasivo: "" },
        { regionalId: 2, recaudoFiscalizacion: "", recaudoCobroPersuasivo: "" },
      ],
    });
    expect(r.regionales).toEqual([
      { regionalId: 1, recaudoFiscalizacion: 100n, recaudoCobroPersuasivo: null },
    ]);
    expect((r as Record<string, unknown>).analisis).toBeNull();
  });
});

describe("reglas entre cifras al enviar", () => {
  const envio = datosReporteSchema(limites, "envio");
  const borrador = datosReporteSchema(limites, "borrador");

  it("DEF facturado mayor que los aprovechamientos bloquea el envío, junto al campo, pero no el borrador", () => {
    const datos = { ...trazabilidadCompleta, totalFacturadoDef: "1.001" };
    expect(Object.keys(errores(envio.safeParse(datos)))).toEqual(["totalFacturadoDef"]);
    expect(errores(envio.safeParse(datos)).totalFacturadoDef).toMatch(
      /supera el total de aprovechamientos en \$\s1/,
    );
    expect(borrador.safeParse(datos).success).toBe(true);
    expect(envio.safeParse({ ...trazabilidadCompleta, totalFacturadoDef: "1.000" }).success).toBe(true);
  });

  it("pagos mayores que lo facturado con DEF exigen una justificación de al menos 20 caracteres", () => {
    const datos = { ...trazabilidadCompleta, pagosRecibidos: "801" };
    expect(errores(envio.safeParse(datos))).toEqual({ justificacion: MENSAJE_FALTA_JUSTIFICACION });
    expect(errores(envio.safeParse({ ...datos, justificacion: "   corta   " }))).toEqual({
      justificacion: MENSAJE_FALTA_JUSTIFICACION,
    });
    const justificado = envio.parse({
      ...datos,
      justificacion: "  Pagos de facturas del trimestre anterior.  ",
    });
    expect(justificado).toMatchObject({
      pagosRecibidos: 801n,
      justificacion: "Pagos de facturas del trimestre anterior.",
    });
    expect(envio.safeParse({ ...trazabilidadCompleta, pagosRecibidos: "800" }).success).toBe(true);
  });

  it("ejecución: asignar más de lo solicitado pide justificación; ejecutar más de lo asignado bloquea", () => {
    const base = {
      tipo: "EJECUCION_RECURSOS",
      recursosSolicitados: "1.000",
      recursosAsignados: "1.000",
      recursosEjecutados: "900",
      registradoModuloPlanAccion: true,
    };
    expect(envio.safeParse(base).success).toBe(true);
    expect(errores(envio.safeParse({ ...base, recursosAsignados: "1.200" }))).toEqual({
      justificacion: MENSAJE_FALTA_JUSTIFICACION,
    });
    expect(
      envio.safeParse({
        ...base,
        recursosAsignados: "1.200",
        justificacion: "Adición presupuestal de junio de 2020.",
      }).success,
    ).toBe(true);
    const sobreejecutado = errores(
      envio.safeParse({
        ...base,
        recursosEjecutados: "1.001",
        justificacion: "Una justificación no basta aquí.",
      }),
    );
    expect(Object.keys(sobreejecutado)).toEqual(["recursosEjecutados"]);
    expect(sobreejecutado.recursosEjecutados).toMatch(
      /^Los recursos ejecutados superan los asignados en \$\s1:/,
    );
  });

  it("las reglas no juzgan cifras sin escribir", () => {
    const { formulario } = DECLARACIONES_2020.TRAZABILIDAD_VENTAS;
    expect(incumplimientos(formulario, { totalAprovechamientos: null, totalFacturadoDef: 5n })).toEqual([]);
  });
});
