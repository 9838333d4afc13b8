import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EstadoReporte } from "@/generated/prisma/enums";
import { consultarRecaudo } from "@/features/tableros/recaudo/queries";
import { tablasRecaudo } from "@/features/tableros/recaudo/tablas";
import { aCsv } from "@/features/tableros/exportar";
import type { AmbitoTablero, TablaExportable } from "@/features/tableros/tipos";
import { db } from "@/server/db";
import { crearBaseDePrueba } from "../helpers/database";
import { declarada } from "../helpers/escenario";

// The figures depend on how many regionales and reports there are: this file uses its own database.
const global = globalThis as unknown as { prisma?: PrismaClient };
let baseDeDatos: { url: string; drop(): Promise<void> };
let urlCompartida: string | undefined;

async function soltarCliente() {
  await global.prisma?.$disconnect();
  global.prisma = undefined;
}

const M = 1_000_000n;
const SOLO_APROBADOS: EstadoReporte[] = ["APROBADO"];
const TODO_LO_ENVIADO: EstadoReporte[] = ["ENVIADO", "APROBADO"];

const vigencias: Record<number, AmbitoTablero["vigencia"]> = {};
const regionales: Record<"antioquia" | "bolivar" | "caldas", number> = {
  antioquia: 0,
  bolivar: 0,
  caldas: 0,
};
let centroId: number;

async function crearVigencia(anio: number) {
  const vigencia = await db().vigencia.create({
    data: { anio, nombre: `Plan de Acción ${anio}` },
    select: { id: true, anio: true, nombre: true },
  });
  const accion = await db().accion.create({
    data: {
      texto: "Mejorar la eficiencia del recaudo",
      resultadoEsperado: "Recaudo frente a la meta",
      orden: 1,
      lineamiento: {
        create: {
          texto: "Mejorar los mecanismos de recaudo",
          orden: 1,
          tema: { create: { vigenciaId: vigencia.id, codigo: "2.1.4.1", nombre: "Recaudo", orden: 1 } },
        },
      },
    },
  });
  const seguimiento = await db().seguimiento.create({
    data: {
      accionId: accion.id,
      vigenciaId: vigencia.id,
      herramienta: "INFORME",
      periodicidad: "SEMESTRAL",
      alcance: "NACIONAL",
      ...declarada("RECAUDO"),
      diasOportunidad: 30,
      observacion: "Informe de cumplimiento de metas de recaudo.",
    },
  });
  vigencias[anio] = vigencia;
  return { vigencia, seguimiento };
}

type Desglose = Partial<Record<keyof typeof regionales, [bigint, bigint]>>;

async function informe(
  anio: number,
  seguimientoId: number,
  creadoPorId: number,
  datos: { periodo: string; estado: EstadoReporte; nacional: [bigint, bigint]; desglose?: Desglose },
) {
  await db().reporte.create({
    data: {
      seguimientoId,
      vigenciaId: vigencias[anio]!.id,
      tipo: "RECAUDO",
      periodo: datos.periodo,
      ambito: "NACIONAL",
      estado: datos.estado,
      creadoPorId,
      recaudo: {
        create: {
          recaudoFiscalizacion: datos.nacional[0],
          recaudoCobroPersuasivo: datos.nacional[1],
          aportantesNuevos: 10,
          smsEnviados: 100,
          correosEnviados: 100,
          analisis: "Análisis del semestre.",
        },
      },
      recaudoPorRegional: {
        create: Object.entries(datos.desglose ?? {}).map(([clave, [fiscalizacion, persuasivo]]) => ({
          regionalId: regionales[clave as keyof typeof regionales],
          recaudoFiscalizacion: fiscalizacion,
          recaudoCobroPersuasivo: persuasivo,
        })),
      },
    },
  });
}

async function metas(
  anio: number,
  periodo: string,
  montos: Partial<Record<keyof typeof regionales, bigint>>,
) {
  const filas = Object.entries(montos).map(([clave, monto]) => ({
    regionalId: regionales[clave as keyof typeof regionales],
    monto,
  }));
  const nacional = filas.reduce((suma, f) => suma + f.monto, 0n);
  await db().metaRecaudo.createMany({
    data: [
      { vigenciaId: vigencias[anio]!.id, periodo, regionalId: null, ambito: "NACIONAL", monto: nacional },
      ...filas.map((f) => ({ ...f, vigenciaId: vigencias[anio]!.id, periodo, ambito: String(f.regionalId) })),
    ],
  });
}

beforeAll(async () => {
  baseDeDatos = await crearBaseDePrueba("plan_tab_rec");
  urlCompartida = process.env.DATABASE_URL;
  await soltarCliente();
  process.env.DATABASE_URL = baseDeDatos.url;

  for (const [clave, codigo, nombre] of [
    ["antioquia", "05", "Antioquia"],
    ["bolivar", "13", "Bolívar"],
    ["caldas", "17", "Caldas"],
  ] as const) {
    regionales[clave] = (await db().regional.create({ data: { codigo, nombre } })).id;
  }
  centroId = (
    await db().centro.create({
      data: { codigo: "C-05-01", nombre: "Centro de Antioquia", regionalId: regionales.antioquia },
    })
  ).id;
  const coordinador = await db().user.create({
    data: { email: "coordinador@pruebas.test", nombre: "Coordinador", rol: "COORDINADOR", passwordHash: "x" },
  });

  // 2024: only a national meta, of zero; approved informe without a breakdown by regional.
  const v2024 = await crearVigencia(2024);
  await db().metaRecaudo.create({
    data: { vigenciaId: v2024.vigencia.id, periodo: "2024-S1", ambito: "NACIONAL", monto: 0n },
  });
  await informe(2024, v2024.seguimiento.id, coordinador.id, {
    periodo: "2024-S1",
    estado: "APROBADO",
    nacional: [30n * M, 20n * M],
  });

  // 2025: S1 approved, S2 sent but not approved; Caldas with a zero meta.
  const v2025 = await crearVigencia(2025);
  await metas(2025, "2025-S1", { antioquia: 1000n * M, bolivar: 250n * M, caldas: 0n });
  await metas(2025, "2025-S2", { antioquia: 600n * M, bolivar: 600n * M, caldas: 0n });
  await informe(2025, v2025.seguimiento.id, coordinador.id, {
    periodo: "2025-S1",
    estado: "APROBADO",
    nacional: [600n * M, 400n * M],
    desglose: {
      antioquia: [300n * M, 200n * M],
      bolivar: [200n * M, 100n * M],
      caldas: [100n * M, 100n * M],
    },
  });
  await informe(2025, v2025.seguimiento.id, coordinador.id, {
    periodo: "2025-S2",
    estado: "ENVIADO",
    nacional: [1050n * M, 150n * M],
    desglose: {
      antioquia: [900n * M, 100n * M],
      bolivar: [100n * M, 0n],
      caldas: [50n * M, 50n * M],
    },
  });

  // 2026: S1 returned and S2 in draft; they never count.
  const v2026 = await crearVigencia(2026);
  await metas(2026, "2026-S1", { antioquia: 100n * M, bolivar: 100n * M, caldas: 100n * M });
  await informe(2026, v2026.seguimiento.id, coordinador.id, {
    periodo: "2026-S1",
    estado: "DEVUELTO",
    nacional: [999n * M, 0n],
    desglose: { antioquia: [999n * M, 0n] },
  });
  await informe(2026, v2026.seguimiento.id, coordinador.id, {
    periodo: "2026-S2",
    estado: "BORRADOR",
    nacional: [5n * M, 5n * M],
  });

  // 2027: vigencia without metas or informes.
  await crearVigencia(2027);
}, 60_000);

afterAll(async () => {
  await soltarCliente();
  process.env.DATABASE_URL = urlCompartida;
  await baseDeDatos?.drop();
});

function ambito(anio: number, cambios: Partial<AmbitoTablero> = {}): AmbitoTablero {
  return { vigencia: vigencias[anio]!, estados: SOLO_APROBADOS, ...cambios };
}

async function tabla(a: AmbitoTablero, nombre: string): Promise<TablaExportable> {
  const encontrada = (await tablasRecaudo(a)).find((t) => t.nombre === nombre);
  if (!encontrada) throw new Error(`No hay tabla ${nombre}`);
  return encontrada;
}

/** The visible columns of each row, in column order. */
async function filas(a: AmbitoTablero, nombre: string) {
  const t = await tabla(a, nombre);
  return t.filas.map((f) => t.columnas.map((c) => f[c.clave]));
}

describe("recaudo por semestre frente a la meta nacional", () => {
  it("solo aprobados: el primer semestre aprobado alcanza el 80 %; el enviado no suma", async () => {
    expect(await filas(ambito(2025), "recaudo-por-semestre")).toEqual([
      ["Semestre 1 de 2025", "Aprobado", 600n * M, 400n * M, 1000n * M, 1250n * M, 0.8],
      ["Semestre 2 de 2025", "Enviado", null, null, null, 1200n * M, null],
    ]);
  });

  it("todo lo enviado: el segundo semestre cuenta y cumple el 100 %", async () => {
    expect(await filas(ambito(2025, { estados: TODO_LO_ENVIADO }), "recaudo-por-semestre")).toEqual([
      ["Semestre 1 de 2025", "Aprobado", 600n * M, 400n * M, 1000n * M, 1250n * M, 0.8],
      ["Semestre 2 de 2025", "Enviado", 1050n * M, 150n * M, 1200n * M, 1200n * M, 1],
    ]);
  });

  it("con meta cero el cumplimiento es nulo (No aplica), nunca infinito", async () => {
    const t = await tabla(ambito(2024), "recaudo-por-semestre");
    expect(t.filas.map((f) => [f.semestre, f.total, f.meta, f.cumplimiento])).toEqual([
      ["Semestre 1 de 2024", 50n * M, 0n, null],
    ]);
    expect(aCsv(t)).toContain("Semestre 1 de 2024;Aprobado;30000000;20000000;50000000;0;No aplica");
  });

  it("los informes devueltos o en borrador no cuentan en ningún modo; se muestra su estado y la meta", async () => {
    for (const estados of [SOLO_APROBADOS, TODO_LO_ENVIADO]) {
      expect(await filas(ambito(2026, { estados }), "recaudo-por-semestre")).toEqual([
        ["Semestre 1 de 2026", "Devuelto", null, null, null, 300n * M, null],
        ["Semestre 2 de 2026", "Borrador", null, null, null, null, null],
      ]);
    }
  });

  it("una vigencia sin metas ni informes da tablas vacías", async () => {
    const datos = await consultarRecaudo(ambito(2027));
    expect(datos?.semestres).toEqual([]);
    expect(datos?.ranking.filas).toEqual([]);
    const tablas = await tablasRecaudo(ambito(2027));
    expect(tablas.map((t) => [t.nombre, t.filas.length])).toEqual([
      ["recaudo-por-semestre", 0],
      ["recaudo-por-regional", 0],
      ["recaudo-tendencia", 2],
    ]);
  });
});

describe("ranking de regionales", () => {
  it("toda la vigencia, solo aprobados: el recaudo del S1 frente a la meta anual, de mayor a menor", async () => {
    const t = await tabla(ambito(2025), "recaudo-por-regional");
    expect(t.titulo).toBe("Recaudo por regional frente a su meta, vigencia 2025");
    expect(t.filas.map((f) => t.columnas.map((c) => f[c.clave]))).toEqual([
      ["Bolívar", 200n * M, 100n * M, 300n * M, 850n * M, 300 / 850],
      ["Antioquia", 300n * M, 200n * M, 500n * M, 1600n * M, 500 / 1600],
      ["Caldas", 100n * M, 100n * M, 200n * M, 0n, null],
    ]);
    expect(t.filas.map((f) => f.regionalId)).toEqual([
      regionales.bolivar,
      regionales.antioquia,
      regionales.caldas,
    ]);
  });

  it("todo lo enviado cambia el orden: Antioquia pasa al primer lugar", async () => {
    expect(await filas(ambito(2025, { estados: TODO_LO_ENVIADO }), "recaudo-por-regional")).toEqual([
      ["Antioquia", 1200n * M, 300n * M, 1500n * M, 1600n * M, 1500 / 1600],
      ["Bolívar", 300n * M, 100n * M, 400n * M, 850n * M, 400 / 850],
      ["Caldas", 150n * M, 150n * M, 300n * M, 0n, null],
    ]);
  });

  it("un semestre elegido compara con la meta de ese semestre", async () => {
    const t = await tabla(ambito(2025, { periodo: "2025-S1" }), "recaudo-por-regional");
    expect(t.titulo).toBe("Recaudo por regional frente a su meta, Semestre 1 de 2025");
    expect(t.filas.map((f) => [f.regional, f.total, f.meta, f.cumplimiento])).toEqual([
      ["Bolívar", 300n * M, 250n * M, 1.2],
      ["Antioquia", 500n * M, 1000n * M, 0.5],
      ["Caldas", 200n * M, 0n, null],
    ]);
  });

  it("un periodo que no es semestre (un trimestre) se toma como toda la vigencia", async () => {
    const t = await tabla(ambito(2025, { periodo: "2025-T1" }), "recaudo-por-regional");
    expect(t.titulo).toBe("Recaudo por regional frente a su meta, vigencia 2025");
    expect(t.filas.map((f) => f.regional)).toEqual(["Bolívar", "Antioquia", "Caldas"]);
  });

  it("sin desglose por regional no hay ranking", async () => {
    expect(await filas(ambito(2024), "recaudo-por-regional")).toEqual([]);
  });
});

describe("tendencia entre vigencias", () => {
  it("solo aprobados: un punto por semestre con informe aprobado, en orden", async () => {
    expect(await filas(ambito(2025), "recaudo-tendencia")).toEqual([
      ["Semestre 1 de 2024", 30n * M, 20n * M, 50n * M],
      ["Semestre 1 de 2025", 600n * M, 400n * M, 1000n * M],
    ]);
  });

  it("todo lo enviado agrega el semestre enviado, no el devuelto ni el borrador", async () => {
    expect(await filas(ambito(2027, { estados: TODO_LO_ENVIADO }), "recaudo-tendencia")).toEqual([
      ["Semestre 1 de 2024", 30n * M, 20n * M, 50n * M],
      ["Semestre 1 de 2025", 600n * M, 400n * M, 1000n * M],
      ["Semestre 2 de 2025", 1050n * M, 150n * M, 1200n * M],
    ]);
  });
});

describe("vistas de regional y de centro", () => {
  it("una regional ve solo su fila y sus semestres frente a su propia meta", async () => {
    const vista = ambito(2025, { regionalId: regionales.antioquia });
    expect(await filas(vista, "recaudo-por-semestre")).toEqual([
      ["Semestre 1 de 2025", "Aprobado", 300n * M, 200n * M, 500n * M, 1000n * M, 0.5],
      ["Semestre 2 de 2025", "Enviado", null, null, null, 600n * M, null],
    ]);
    expect(await filas(vista, "recaudo-por-regional")).toEqual([
      ["Antioquia", 300n * M, 200n * M, 500n * M, 1600n * M, 500 / 1600],
    ]);
    expect(await filas({ ...vista, estados: TODO_LO_ENVIADO }, "recaudo-tendencia")).toEqual([
      ["Semestre 1 de 2025", 300n * M, 200n * M, 500n * M],
      ["Semestre 2 de 2025", 900n * M, 100n * M, 1000n * M],
    ]);
  });

  it("una regional con meta cero tiene cumplimiento nulo", async () => {
    const vista = ambito(2025, { regionalId: regionales.caldas, periodo: "2025-S1" });
    expect(await filas(vista, "recaudo-por-regional")).toEqual([
      ["Caldas", 100n * M, 100n * M, 200n * M, 0n, null],
    ]);
    expect((await tabla(vista, "recaudo-por-semestre")).filas.map((f) => f.cumplimiento)).toEqual([
      null,
      null,
    ]);
  });

  it("si el informe aprobado no trae desglose, la regional lo ve sin cifras", async () => {
    const vista = ambito(2024, { regionalId: regionales.bolivar });
    expect(await filas(vista, "recaudo-por-semestre")).toEqual([
      ["Semestre 1 de 2024", "Aprobado, sin desglose por regional", null, null, null, null, null],
    ]);
    await db().metaRecaudo.create({
      data: {
        vigenciaId: vigencias[2024]!.id,
        periodo: "2024-S2",
        regionalId: regionales.bolivar,
        ambito: String(regionales.bolivar),
        monto: 10n * M,
      },
    });
    try {
      expect(await filas(vista, "recaudo-por-semestre")).toEqual([
        ["Semestre 1 de 2024", "Aprobado, sin desglose por regional", null, null, null, null, null],
        ["Semestre 2 de 2024", "Pendiente", null, null, null, 10n * M, null],
      ]);
    } finally {
      await db().metaRecaudo.deleteMany({ where: { vigenciaId: vigencias[2024]!.id, periodo: "2024-S2" } });
    }
  });

  it("en la vista de un centro el recaudo no aplica: sin datos ni tablas para exportar", async () => {
    const vista = ambito(2025, { regionalId: regionales.antioquia, centroId });
    expect(await consultarRecaudo(vista)).toBeNull();
    expect(await tablasRecaudo(vista)).toEqual([]);
  });
});
