import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EstadoReporte, TipoReporte } from "@/generated/prisma/enums";
import { consultarCumplimiento, tablasCumplimiento } from "@/features/tableros/cumplimiento/queries";
import type { AmbitoTablero } from "@/features/tableros/tipos";
import { db } from "@/server/db";
import { seedDatabase } from "../../prisma/seed/index";
import { PLAN_2020 } from "../../prisma/seed/plan-2020";
import { sembrarVigencia } from "../../prisma/seed/plan";
import { enVigencias } from "../helpers/centros";
import { crearBaseDePrueba } from "../helpers/database";

// What is expected depends on which centros exist, so this file uses its own freshly migrated
// database with only the base plan and the centros below.
const global = globalThis as unknown as { prisma?: PrismaClient };
let baseDeDatos: { url: string; drop(): Promise<void> };
let urlAnterior: string | undefined;
let f: Awaited<ReturnType<typeof sembrarEscenario>>;

// 2020 deadlines: T1 15 Apr, T2 15 Jul, T3 15 Oct, T4 15 Jan 2021 (15 days); S1 30 Jul, S2 30 Jan
// 2021 and the year 30 Jan 2021 (30 days). On 20 January 2021 every period of 2020 has ended; S2
// and the year are still within their deadline.
const HOY = "2021-01-20";

async function sembrarEscenario(prisma: PrismaClient) {
  const vigencia = await prisma.vigencia.findUniqueOrThrow({ where: { anio: 2020 } });
  const antioquia = await prisma.regional.findUniqueOrThrow({ where: { nombre: "Antioquia" } });
  const valle = await prisma.regional.findUniqueOrThrow({ where: { nombre: "Valle" } });
  const centro = (
    codigo: string,
    nombre: string,
    regionalId: number,
    aprovechamiento: boolean,
    activo = true,
  ) =>
    prisma.centro.create({
      data: {
        codigo,
        nombre,
        regionalId,
        generaAprovechamiento: aprovechamiento,
        activo,
        vigencias: enVigencias([vigencia.id], { generaAprovechamiento: aprovechamiento, activo }),
      },
    });
  const alfa = await centro("CUM-A1", "Centro Alfa", antioquia.id, true);
  const beta = await centro("CUM-A2", "Centro Beta", antioquia.id, true);
  const gamma = await centro("CUM-A3", "Centro Gamma", antioquia.id, false);
  const delta = await centro("CUM-A4", "Centro Delta", antioquia.id, true, false);
  const omega = await centro("CUM-B1", "Centro Omega", valle.id, true);
  const sigma = await centro("CUM-B2", "Centro Sigma", valle.id, false);

  const usuario = (nombre: string, email: string, centroId: number | null, activo = true) =>
    prisma.user.create({
      data: {
        nombre,
        email,
        centroId,
        activo,
        rol: centroId === null ? "COORDINADOR" : "SUBDIRECTOR",
        passwordHash: "no-usada",
      },
    });
  const coordinador = await usuario("Carlos Coordinador Nacional", "coordinador@cum.test", null);
  const ana = await usuario("Ana Alfa Ruiz", "ana@cum.test", alfa.id);
  await usuario("Bruno Beta Díaz", "bruno@cum.test", beta.id);
  await usuario("Zoe Beta Retirada", "zoe@cum.test", beta.id, false);
  await usuario("Sofía Sigma Gómez", "sofia@cum.test", sigma.id);

  const seguimientos = await prisma.seguimiento.findMany({ where: { vigenciaId: vigencia.id } });
  const seguimiento = (tipo: TipoReporte) => seguimientos.find((s) => s.tipoReporte === tipo)!;
  const reporte = (
    tipo: TipoReporte,
    periodo: string,
    centroId: number | null,
    estado: EstadoReporte,
    primerEnvio?: string,
  ) => {
    const envio = primerEnvio ? new Date(primerEnvio) : null;
    return prisma.reporte.create({
      data: {
        seguimientoId: seguimiento(tipo).id,
        vigenciaId: vigencia.id,
        tipo,
        periodo,
        centroId,
        ambito: centroId === null ? "NACIONAL" : String(centroId),
        estado,
        creadoPorId: ana.id,
        enviadoEn: envio,
        primerEnvioEn: envio,
        enviadoPorId: envio ? ana.id : null,
        comentarioRevision: estado === "DEVUELTO" ? "Corregir" : null,
        revisadoEn: estado === "APROBADO" || estado === "DEVUELTO" ? envio : null,
        revisadoPorId: estado === "APROBADO" || estado === "DEVUELTO" ? coordinador.id : null,
      },
    });
  };
  const T = "TRAZABILIDAD_VENTAS";
  // Alfa: T1 approved on time, T2 returned late, T3 sent at 10 p.m. on the due day in Bogotá
  // (already 16 Oct in UTC) and therefore on time, T4 in draft.
  await reporte(T, "2020-T1", alfa.id, "APROBADO", "2020-04-10T15:00:00Z");
  await reporte(T, "2020-T2", alfa.id, "DEVUELTO", "2020-07-20T15:00:00Z");
  await reporte(T, "2020-T3", alfa.id, "ENVIADO", "2020-10-16T03:00:00Z");
  await reporte(T, "2020-T4", alfa.id, "BORRADOR");
  await reporte("COMITE_PRECIOS", "2020", alfa.id, "APROBADO", "2021-01-05T15:00:00Z");
  await reporte("EJECUCION_RECURSOS", "2020", alfa.id, "ENVIADO", "2021-01-15T15:00:00Z");
  // Beta: T1 approved although it came late, T3 on time; T2, T4, comité and ejecución missing.
  await reporte(T, "2020-T1", beta.id, "APROBADO", "2020-05-01T15:00:00Z");
  await reporte(T, "2020-T3", beta.id, "ENVIADO", "2020-10-01T15:00:00Z");
  // Gamma does not generate aprovechamiento: it only owes the ejecución; its trazabilidad does not count.
  await reporte("EJECUCION_RECURSOS", "2020", gamma.id, "APROBADO", "2021-01-12T15:00:00Z");
  await reporte(T, "2020-T1", gamma.id, "ENVIADO", "2020-04-01T15:00:00Z");
  // Delta is inactive: nothing of its own is expected.
  await reporte(T, "2020-T1", delta.id, "APROBADO", "2020-04-01T15:00:00Z");
  // Omega: T1 sent at midnight in Bogotá on the day after the due day (late), T2 and T4 approved
  // on time, T3 missing, the comité in draft, the ejecución missing. It has no subdirector.
  await reporte(T, "2020-T1", omega.id, "ENVIADO", "2020-04-16T05:00:00Z");
  await reporte(T, "2020-T2", omega.id, "APROBADO", "2020-07-01T15:00:00Z");
  await reporte(T, "2020-T4", omega.id, "APROBADO", "2021-01-10T15:00:00Z");
  await reporte("COMITE_PRECIOS", "2020", omega.id, "BORRADOR");
  // Sigma: the ejecución returned, sent on time.
  await reporte("EJECUCION_RECURSOS", "2020", sigma.id, "DEVUELTO", "2021-01-18T15:00:00Z");
  // National: S1 missing, S2 sent on time.
  await reporte("RECAUDO", "2020-S2", null, "ENVIADO", "2021-01-10T15:00:00Z");

  const vacia = await sembrarVigencia(prisma, 2021, "Plan de Acción 2021 (sin reportes)", PLAN_2020);
  return {
    vigencia,
    vigenciaVacia: { id: vacia.vigenciaId, anio: 2021, nombre: "Plan de Acción 2021 (sin reportes)" },
    antioquia,
    valle,
    alfa,
    beta,
    gamma,
    omega,
    sigma,
  };
}

beforeAll(async () => {
  baseDeDatos = await crearBaseDePrueba("plan_tab_cum");
  await seedDatabase(baseDeDatos.url, { demo: false });
  await global.prisma?.$disconnect();
  global.prisma = undefined;
  urlAnterior = process.env.DATABASE_URL;
  process.env.DATABASE_URL = baseDeDatos.url;
  f = await sembrarEscenario(db());
}, 120_000);

afterAll(async () => {
  await global.prisma?.$disconnect();
  global.prisma = undefined;
  process.env.DATABASE_URL = urlAnterior;
  await baseDeDatos?.drop();
});

function ambito(cambios: Partial<AmbitoTablero> = {}): AmbitoTablero {
  return { vigencia: { ...f.vigencia }, estados: ["APROBADO"], ...cambios };
}

/** The figures of a row without names or ids, to compare with hand-computed ones. */
function cifras(c: {
  esperados: number;
  recibidos: number;
  aTiempo: number;
  tarde: number;
  faltantes: number;
  aprobados: number;
  vencidos: number;
  tasaRecepcion: number | null;
  tasaOportunidad: number | null;
  tasaAprobacion: number | null;
}) {
  const { esperados, recibidos, aTiempo, tarde, faltantes, aprobados, vencidos } = c;
  return {
    cuentas: [esperados, recibidos, aTiempo, tarde, faltantes, aprobados, vencidos],
    tasas: [c.tasaRecepcion, c.tasaOportunidad, c.tasaAprobacion],
  };
}

/** [expected, received, on time, late, missing, approved, overdue] and the three rates. */
function esperado(cuentas: number[]) {
  const [esperados, recibidos, aTiempo, , , aprobados] = cuentas as [number, number, number, 0, 0, number];
  const tasa = (n: number) => (esperados === 0 ? null : n / esperados);
  return { cuentas, tasas: [tasa(recibidos), tasa(aTiempo), tasa(aprobados)] };
}

describe("cumplimiento y oportunidad de los reportes de la vigencia 2020", () => {
  it("a nivel nacional: 22 esperados, 13 recibidos, 10 a tiempo, 3 tarde, 9 faltantes, 6 aprobados", async () => {
    const c = await consultarCumplimiento(ambito(), { hoy: HOY });
    expect(cifras(c.total)).toEqual(esperado([22, 13, 10, 3, 9, 6, 5]));
    expect(c.total.tasaRecepcion).toBeCloseTo(13 / 22);
    expect(c.periodosEnCurso).toEqual([]);
    expect(c.hoy).toBe(HOY);
  });

  it("por regional, con los informes nacionales como su propia fila", async () => {
    const c = await consultarCumplimiento(ambito(), { hoy: HOY });
    expect(c.porRegional.map((r) => [r.regional, r.regionalId, cifras(r)])).toEqual([
      [null, null, esperado([2, 1, 1, 0, 1, 0, 1])],
      ["Antioquia", f.antioquia.id, esperado([13, 8, 6, 2, 5, 4, 3])],
      ["Valle", f.valle.id, esperado([7, 4, 3, 1, 3, 2, 1])],
    ]);
  });

  it("por centro: solo los activos, y los que no generan aprovechamiento solo deben la ejecución", async () => {
    const c = await consultarCumplimiento(ambito(), { hoy: HOY });
    expect(c.porCentro.map((r) => [r.centro, r.regional, r.centroId, cifras(r)])).toEqual([
      ["Centro Alfa", "Antioquia", f.alfa.id, esperado([6, 5, 4, 1, 1, 2, 1])],
      ["Centro Beta", "Antioquia", f.beta.id, esperado([6, 2, 1, 1, 4, 1, 2])],
      ["Centro Gamma", "Antioquia", f.gamma.id, esperado([1, 1, 1, 0, 0, 1, 0])],
      ["Centro Omega", "Valle", f.omega.id, esperado([6, 3, 2, 1, 3, 2, 1])],
      ["Centro Sigma", "Valle", f.sigma.id, esperado([1, 1, 1, 0, 0, 0, 0])],
    ]);
  });

  it("por reporte y periodo; la oportunidad se juzga con la fecha de Bogotá del primer envío", async () => {
    const c = await consultarCumplimiento(ambito(), { hoy: HOY });
    expect(c.porPeriodo.map((r) => [r.tipo, r.periodo, r.fechaLimite, cifras(r)])).toEqual([
      ["TRAZABILIDAD_VENTAS", "2020-T1", "2020-04-15", esperado([3, 3, 1, 2, 0, 2, 0])],
      ["TRAZABILIDAD_VENTAS", "2020-T2", "2020-07-15", esperado([3, 2, 1, 1, 1, 1, 1])],
      ["RECAUDO", "2020-S1", "2020-07-30", esperado([1, 0, 0, 0, 1, 0, 1])],
      ["TRAZABILIDAD_VENTAS", "2020-T3", "2020-10-15", esperado([3, 2, 2, 0, 1, 0, 1])],
      ["TRAZABILIDAD_VENTAS", "2020-T4", "2021-01-15", esperado([3, 1, 1, 0, 2, 1, 2])],
      ["COMITE_PRECIOS", "2020", "2021-01-30", esperado([3, 1, 1, 0, 2, 1, 0])],
      ["EJECUCION_RECURSOS", "2020", "2021-01-30", esperado([5, 3, 3, 0, 2, 1, 0])],
      ["RECAUDO", "2020-S2", "2021-01-30", esperado([1, 1, 1, 0, 0, 0, 0])],
    ]);
  });

  it("las obligaciones vencidas, de la más atrasada a la menos, con su responsable", async () => {
    const c = await consultarCumplimiento(ambito(), { hoy: HOY });
    expect(c.vencidas.total).toBe(5);
    expect(
      c.vencidas.filas.map((v) => [
        v.centro,
        v.regional,
        v.tipo,
        v.periodo,
        v.fechaLimite,
        v.diasAtraso,
        v.responsable,
        v.correo,
      ]),
    ).toEqual([
      // Zoe Beta Retirada is inactive: she no longer answers for the centro.
      [
        "Centro Beta",
        "Antioquia",
        "TRAZABILIDAD_VENTAS",
        "2020-T2",
        "2020-07-15",
        189,
        "Bruno Beta Díaz",
        "bruno@cum.test",
      ],
      [null, null, "RECAUDO", "2020-S1", "2020-07-30", 174, "Coordinador Grupo de Recaudo y Cartera", null],
      ["Centro Omega", "Valle", "TRAZABILIDAD_VENTAS", "2020-T3", "2020-10-15", 97, null, null],
      [
        "Centro Alfa",
        "Antioquia",
        "TRAZABILIDAD_VENTAS",
        "2020-T4",
        "2021-01-15",
        5,
        "Ana Alfa Ruiz",
        "ana@cum.test",
      ],
      [
        "Centro Beta",
        "Antioquia",
        "TRAZABILIDAD_VENTAS",
        "2020-T4",
        "2021-01-15",
        5,
        "Bruno Beta Díaz",
        "bruno@cum.test",
      ],
    ]);
  });

  it("la lista de vencidas en pantalla se corta, pero el total se sigue contando", async () => {
    const c = await consultarCumplimiento(ambito(), { hoy: HOY, limiteVencidas: 2 });
    expect(c.vencidas.total).toBe(5);
    expect(c.vencidas.filas.map((v) => v.diasAtraso)).toEqual([189, 174]);
  });
});

describe("los filtros del tablero", () => {
  it("una regional deja fuera los informes nacionales y los centros de otras regionales", async () => {
    const c = await consultarCumplimiento(ambito({ regionalId: f.antioquia.id }), { hoy: HOY });
    expect(cifras(c.total)).toEqual(esperado([13, 8, 6, 2, 5, 4, 3]));
    expect(c.porRegional.map((r) => r.regional)).toEqual(["Antioquia"]);
    expect(c.porCentro.map((r) => r.centro)).toEqual(["Centro Alfa", "Centro Beta", "Centro Gamma"]);
    expect(c.vencidas.filas.map((v) => `${v.centro} ${v.periodo}`)).toEqual([
      "Centro Beta 2020-T2",
      "Centro Alfa 2020-T4",
      "Centro Beta 2020-T4",
    ]);
  });

  it("un centro (la vista del subdirector) ve solo lo suyo", async () => {
    const c = await consultarCumplimiento(ambito({ regionalId: f.valle.id, centroId: f.omega.id }), {
      hoy: HOY,
    });
    expect(cifras(c.total)).toEqual(esperado([6, 3, 2, 1, 3, 2, 1]));
    expect(c.porCentro.map((r) => r.centro)).toEqual(["Centro Omega"]);
    expect(c.vencidas.filas).toHaveLength(1);
  });

  it("un tipo de reporte", async () => {
    const c = await consultarCumplimiento(ambito({ tipo: "TRAZABILIDAD_VENTAS" }), { hoy: HOY });
    expect(cifras(c.total)).toEqual(esperado([12, 8, 5, 3, 4, 4, 4]));
    expect(c.porRegional.map((r) => r.regional)).toEqual(["Antioquia", "Valle"]);
  });

  it("un periodo", async () => {
    const c = await consultarCumplimiento(ambito({ periodo: "2020-T2" }), { hoy: HOY });
    expect(cifras(c.total)).toEqual(esperado([3, 2, 1, 1, 1, 1, 1]));
    expect(c.periodoElegido).toBe("2020-T2");
    expect(c.periodosEnCurso).toEqual([]);
  });
});

describe("los periodos que aún no terminan", () => {
  const OCTUBRE = "2020-10-20";

  it("no se esperan todavía: el 20 de octubre solo cuentan T1, T2, T3 y S1", async () => {
    const c = await consultarCumplimiento(ambito(), { hoy: OCTUBRE });
    expect(cifras(c.total)).toEqual(esperado([10, 7, 4, 3, 3, 3, 3]));
    expect(c.porPeriodo.map((r) => r.periodo)).toEqual(["2020-T1", "2020-T2", "2020-S1", "2020-T3"]);
    expect(c.periodosEnCurso).toEqual(["2020-T4", "2020-S2", "2020"]);
    expect(c.vencidas.filas.map((v) => [v.centro, v.periodo, v.diasAtraso])).toEqual([
      ["Centro Beta", "2020-T2", 97],
      [null, "2020-S1", 82],
      ["Centro Omega", "2020-T3", 5],
    ]);
  });

  it("se muestran si se elige el periodo, sin contar como vencidos", async () => {
    const c = await consultarCumplimiento(ambito({ periodo: "2020" }), { hoy: OCTUBRE });
    expect(cifras(c.total)).toEqual(esperado([8, 4, 4, 0, 4, 2, 0]));
    expect(c.vencidas).toEqual({ filas: [], total: 0 });
  });
});

describe("una vigencia sin reportes", () => {
  it("todo falta y las tasas son cero, no NaN", async () => {
    const c = await consultarCumplimiento(ambito({ vigencia: f.vigenciaVacia }), { hoy: "2022-03-01" });
    expect(cifras(c.total)).toEqual(esperado([22, 0, 0, 0, 22, 0, 22]));
    expect(c.total.tasaRecepcion).toBe(0);
    expect(c.porCentro.map((r) => [r.centro, r.esperados, r.tasaRecepcion, r.tasaOportunidad])).toEqual([
      ["Centro Alfa", 6, 0, 0],
      ["Centro Beta", 6, 0, 0],
      ["Centro Gamma", 1, 0, 0],
      ["Centro Omega", 6, 0, 0],
      ["Centro Sigma", 1, 0, 0],
    ]);
    expect(c.vencidas.total).toBe(22);
  });

  it("antes de que termine su primer periodo no se espera nada: las tasas no aplican", async () => {
    const c = await consultarCumplimiento(ambito({ vigencia: f.vigenciaVacia }), { hoy: "2021-02-01" });
    expect(cifras(c.total)).toEqual(esperado([0, 0, 0, 0, 0, 0, 0]));
    expect(c.total.tasaRecepcion).toBeNull();
    expect(c.porPeriodo).toEqual([]);
    expect(c.periodosEnCurso).toEqual(["2021-T1", "2021-S1", "2021"]);
  });
});

describe("las tablas exportables", () => {
  it("llevan los nombres registrados, las tasas como fracción y la fila total", async () => {
    const tablas = await tablasCumplimiento(ambito(), { hoy: HOY });
    expect(tablas.map((t) => t.nombre)).toEqual([
      "cumplimiento-por-periodo",
      "cumplimiento-por-regional",
      "cumplimiento-por-centro",
      "obligaciones-vencidas",
      "oportunidad-de-correcciones-y-revisiones",
    ]);
    const [periodos, regionales, centros, vencidas] = tablas;
    expect(periodos!.filas[0]).toMatchObject({
      reporte: "Trazabilidad de ventas (DEF)",
      periodo: "Trimestre 1 de 2020",
      esperados: 3,
      tasaRecepcion: 1,
      tasaOportunidad: 1 / 3,
    });
    expect(regionales!.filas.map((r) => r.regional)).toEqual([
      "Nivel nacional",
      "Antioquia",
      "Valle",
      "Total",
    ]);
    expect(regionales!.filas.at(-1)).toMatchObject({ esperados: 22, recibidos: 13, tasaAprobacion: 6 / 22 });
    expect(centros!.filas[0]).toMatchObject({ centro: "Centro Alfa", centroId: f.alfa.id });
    expect(vencidas!.filas.map((v) => [v.unidad, v.responsable, v.diasAtraso])).toEqual([
      ["Centro Beta", "Bruno Beta Díaz", 189],
      ["Nivel nacional", "Coordinador Grupo de Recaudo y Cartera", 174],
      ["Centro Omega", "Sin subdirector asignado", 97],
      ["Centro Alfa", "Ana Alfa Ruiz", 5],
      ["Centro Beta", "Bruno Beta Díaz", 5],
    ]);
  });
});
