import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EstadoReporte } from "@/generated/prisma/enums";
import { aCsv } from "@/features/tableros/exportar";
import { datosDef } from "@/features/tableros/def/queries";
import { UMBRAL_DEF } from "@/features/tableros/def/umbral";
import { PANELES } from "@/features/tableros/registro";
import type { AmbitoTablero, TablaExportable } from "@/features/tableros/tipos";
import { formatearPorcentaje } from "@/lib/razones";
import { db } from "@/server/db";
import { seedDatabase } from "../../prisma/seed/index";
import { crearBaseDePrueba } from "../helpers/database";

// The figures depend on which centros and reports exist: this file uses its own database.
const global = globalThis as unknown as { prisma?: PrismaClient };
let baseDeDatos: { url: string; drop(): Promise<void> };
let urlCompartida: string | undefined;

async function soltarCliente() {
  await global.prisma?.$disconnect();
  global.prisma = undefined;
}

const SOLO_APROBADOS: EstadoReporte[] = ["APROBADO"];
const TODO_LO_ENVIADO: EstadoReporte[] = ["ENVIADO", "APROBADO"];
const M = 1_000_000n;

let vigencia2020: AmbitoTablero["vigencia"];
let vigenciaSinDatos: AmbitoTablero["vigencia"];
const regional = { a: 0, b: 0 };
const centro = { a1: 0, a2: 0, b1: 0, b2: 0 };

/** [centro, quarter, state, sales, invoiced with DEF] */
type Reporte = [keyof typeof centro, number, EstadoReporte, bigint, bigint];
const REPORTES: Reporte[] = [
  ["a1", 1, "APROBADO", 1n * M, 1n * M],
  ["a1", 2, "APROBADO", 3n * M, 2_400_000n],
  ["a1", 3, "ENVIADO", 1n * M, 500_000n],
  ["a1", 4, "BORRADOR", 9n * M, 0n],
  ["a2", 1, "APROBADO", 9n * M, 8_550_000n],
  ["a2", 2, "DEVUELTO", 5n * M, 0n],
  ["b1", 1, "APROBADO", 0n, 0n],
  ["b1", 2, "APROBADO", 0n, 0n],
  ["b2", 1, "APROBADO", 2n * M, 1n * M],
  ["b2", 2, "ENVIADO", 2n * M, 2n * M],
];

beforeAll(async () => {
  baseDeDatos = await crearBaseDePrueba("plan_tab_def");
  urlCompartida = process.env.DATABASE_URL;
  await soltarCliente();
  process.env.DATABASE_URL = baseDeDatos.url;
  await seedDatabase(baseDeDatos.url, { demo: false });

  const v = await db().vigencia.findUniqueOrThrow({ where: { anio: 2020 } });
  vigencia2020 = { id: v.id, anio: v.anio, nombre: v.nombre };
  vigenciaSinDatos = await db().vigencia.create({
    data: { anio: 2021, nombre: "Plan de Acción 2021" },
    select: { id: true, anio: true, nombre: true },
  });
  const [ra, rb] = await db().regional.findMany({ orderBy: { nombre: "asc" }, take: 2 });
  regional.a = ra!.id;
  regional.b = rb!.id;
  const crearCentro = async (codigo: string, regionalId: number, generaAprovechamiento = true) =>
    (
      await db().centro.create({
        data: { codigo, nombre: `Centro ${codigo}`, regionalId, generaAprovechamiento },
      })
    ).id;
  centro.a1 = await crearCentro("A1", regional.a);
  centro.a2 = await crearCentro("A2", regional.a);
  centro.b1 = await crearCentro("B1", regional.b);
  centro.b2 = await crearCentro("B2", regional.b);
  await crearCentro("C-SIN-APROVECHAMIENTO", regional.b, false);

  const usuario = await db().user.create({
    data: { email: "def@pruebas.test", nombre: "Subdirección de pruebas", rol: "ADMIN", passwordHash: "x" },
  });
  const seguimiento = await db().seguimiento.findFirstOrThrow({
    where: { vigenciaId: v.id, tipoReporte: "TRAZABILIDAD_VENTAS" },
  });
  for (const [clave, trimestre, estado, ventas, def] of REPORTES) {
    await db().reporte.create({
      data: {
        seguimientoId: seguimiento.id,
        vigenciaId: v.id,
        tipo: "TRAZABILIDAD_VENTAS",
        periodo: `2020-T${trimestre}`,
        centroId: centro[clave],
        ambito: String(centro[clave]),
        estado,
        creadoPorId: usuario.id,
        trazabilidadVentas: {
          create: {
            totalAprovechamientos: ventas,
            totalFacturadoDef: def,
            numeroDef: 3,
            pagosRecibidos: def,
          },
        },
      },
    });
  }
}, 120_000);

afterAll(async () => {
  await soltarCliente();
  process.env.DATABASE_URL = urlCompartida;
  await baseDeDatos?.drop();
});

function ambito(cambios: Partial<AmbitoTablero> = {}): AmbitoTablero {
  return { vigencia: vigencia2020, estados: SOLO_APROBADOS, ...cambios };
}

async function tablas(a: AmbitoTablero): Promise<Record<string, TablaExportable>> {
  const lista = await PANELES.def!(a);
  return Object.fromEntries(lista.map((t) => [t.nombre, t]));
}

/** The rows of a table keeping only the given columns, to compare them whole. */
function columnas(tabla: TablaExportable | undefined, claves: string[]) {
  return tabla?.filas.map((f) => Object.fromEntries(claves.map((c) => [c, f[c]])));
}

describe("tablero de trazabilidad de las ventas (DEF)", () => {
  it("la proporción nacional se pondera por ventas y no es el promedio de las proporciones de los centros", async () => {
    const datos = await datosDef(ambito());
    expect(datos.total).toEqual({
      centros: 4,
      ventas: 15n * M,
      def: 12_950_000n,
      razon: 12_950_000 / 15_000_000,
    });
    const razonesDeCentros = datos.centros.flatMap((c) => (c.razon === null ? [] : [c.razon]));
    const promedio = razonesDeCentros.reduce((a, b) => a + b, 0) / razonesDeCentros.length;
    expect(promedio).toBeCloseTo(0.7667, 4);
    expect(datos.total.razon).toBeCloseTo(0.8633, 4);
  });

  it("por regional, también ponderada por ventas: la regional A da 91,9 %, no el 90 % del promedio de sus centros", async () => {
    const { "def-por-regional": t } = await tablas(ambito());
    expect(columnas(t, ["regional", "centros", "ventas", "def", "razon", "bajoElUmbral"])).toEqual([
      {
        regional: expect.any(String),
        centros: 2,
        ventas: 13n * M,
        def: 11_950_000n,
        razon: 11_950_000 / 13_000_000,
        bajoElUmbral: "No",
      },
      {
        regional: expect.any(String),
        centros: 2,
        ventas: 2n * M,
        def: 1n * M,
        razon: 0.5,
        bajoElUmbral: "Sí",
      },
    ]);
    expect(t?.filas.map((f) => f.regionalId)).toEqual([regional.a, regional.b]);
    // A2 sells more than A1, so it weighs more: the simple average of 85 % and 95 % would be 90 %.
    expect(t?.filas[0]?.razon).toBeCloseTo(0.9192, 4);
    expect((0.85 + 0.95) / 2).toBeCloseTo(0.9, 10);
  });

  it("por centro: proporción por trimestre y acumulada; sin ventas es «No aplica»; los bajo el umbral se señalan", async () => {
    const { "def-por-centro": t } = await tablas(ambito());
    expect(t?.columnas.map((c) => c.titulo)).toEqual([
      "Centro",
      "Regional",
      "Proporción T1",
      "Proporción T2",
      "Proporción T3",
      "Proporción T4",
      "Aprovechamientos",
      "Facturado con DEF",
      "Proporción con DEF",
      `Bajo el umbral (${formatearPorcentaje(UMBRAL_DEF)})`,
    ]);
    expect(
      columnas(t, [
        "centroId",
        "2020-T1",
        "2020-T2",
        "2020-T3",
        "2020-T4",
        "ventas",
        "def",
        "razon",
        "bajoElUmbral",
      ]),
    ).toEqual([
      {
        centroId: centro.a1,
        "2020-T1": 1,
        "2020-T2": 0.8,
        "2020-T3": null,
        "2020-T4": null,
        ventas: 4n * M,
        def: 3_400_000n,
        razon: 0.85,
        bajoElUmbral: "Sí",
      },
      {
        centroId: centro.a2,
        "2020-T1": 0.95,
        "2020-T2": null,
        "2020-T3": null,
        "2020-T4": null,
        ventas: 9n * M,
        def: 8_550_000n,
        razon: 0.95,
        bajoElUmbral: "No",
      },
      {
        centroId: centro.b1,
        "2020-T1": null,
        "2020-T2": null,
        "2020-T3": null,
        "2020-T4": null,
        ventas: 0n,
        def: 0n,
        razon: null,
        bajoElUmbral: "No aplica",
      },
      {
        centroId: centro.b2,
        "2020-T1": 0.5,
        "2020-T2": null,
        "2020-T3": null,
        "2020-T4": null,
        ventas: 2n * M,
        def: 1n * M,
        razon: 0.5,
        bajoElUmbral: "Sí",
      },
    ]);
    expect(aCsv(t!)).toContain("No aplica");
  });

  it("por trimestre: ventas y DEF de todos los centros que reportan, con la fila total", async () => {
    const { "def-por-trimestre": t } = await tablas(ambito());
    expect(columnas(t, ["trimestre", "centros", "ventas", "def", "razon", "bajoElUmbral"])).toEqual([
      {
        trimestre: "Trimestre 1 de 2020",
        centros: 4,
        ventas: 12n * M,
        def: 10_550_000n,
        razon: 10_550_000 / 12_000_000,
        bajoElUmbral: "Sí",
      },
      {
        trimestre: "Trimestre 2 de 2020",
        centros: 2,
        ventas: 3n * M,
        def: 2_400_000n,
        razon: 0.8,
        bajoElUmbral: "Sí",
      },
      {
        trimestre: "Total",
        centros: 4,
        ventas: 15n * M,
        def: 12_950_000n,
        razon: 12_950_000 / 15_000_000,
        bajoElUmbral: "Sí",
      },
    ]);
  });

  it("con «todo lo enviado» cuentan también los reportes enviados, nunca los borradores ni los devueltos", async () => {
    const datos = await datosDef(ambito({ estados: TODO_LO_ENVIADO }));
    expect(datos.total).toEqual({
      centros: 4,
      ventas: 18n * M,
      def: 15_450_000n,
      razon: 15_450_000 / 18_000_000,
    });
    expect(datos.porTrimestre["2020-T3"]).toEqual({ centros: 1, ventas: 1n * M, def: 500_000n, razon: 0.5 });
    expect(datos.porTrimestre["2020-T4"]).toBeUndefined();
    expect(datos.centros.map((c) => [c.id, c.ventas, c.def, c.razon])).toEqual([
      [centro.a1, 5n * M, 3_900_000n, 3_900_000 / 5_000_000],
      [centro.a2, 9n * M, 8_550_000n, 0.95],
      [centro.b1, 0n, 0n, null],
      [centro.b2, 4n * M, 3n * M, 0.75],
    ]);
  });

  it("la vista de una regional muestra solo sus centros", async () => {
    const t = await tablas(ambito({ regionalId: regional.a }));
    expect(t["def-por-centro"]?.filas.map((f) => f.centroId)).toEqual([centro.a1, centro.a2]);
    expect(t["def-por-regional"]?.filas.map((f) => f.regionalId)).toEqual([regional.a]);
    expect(columnas(t["def-por-trimestre"], ["trimestre", "centros", "ventas", "def"])).toEqual([
      { trimestre: "Trimestre 1 de 2020", centros: 2, ventas: 10n * M, def: 9_550_000n },
      { trimestre: "Trimestre 2 de 2020", centros: 1, ventas: 3n * M, def: 2_400_000n },
      { trimestre: "Total", centros: 2, ventas: 13n * M, def: 11_950_000n },
    ]);
  });

  it("la vista de un centro muestra solo ese centro y no trae tabla por regional", async () => {
    const t = await tablas(ambito({ regionalId: regional.a, centroId: centro.a1 }));
    expect(Object.keys(t)).toEqual(["def-por-trimestre", "def-por-centro"]);
    expect(t["def-por-centro"]?.filas.map((f) => f.centroId)).toEqual([centro.a1]);
    expect(columnas(t["def-por-trimestre"], ["trimestre", "razon"])).toEqual([
      { trimestre: "Trimestre 1 de 2020", razon: 1 },
      { trimestre: "Trimestre 2 de 2020", razon: 0.8 },
      { trimestre: "Total", razon: 0.85 },
    ]);
  });

  it("el filtro de periodo limita los trimestres: un semestre trae sus dos, un trimestre solo el suyo", async () => {
    const semestre = await datosDef(ambito({ periodo: "2020-S2", estados: TODO_LO_ENVIADO }));
    expect(semestre.trimestres.map((t) => t.codigo)).toEqual(["2020-T3", "2020-T4"]);
    expect(semestre.total).toEqual({ centros: 1, ventas: 1n * M, def: 500_000n, razon: 0.5 });
    const { "def-por-centro": t } = await tablas(ambito({ periodo: "2020-T2" }));
    expect(t?.columnas.map((c) => c.clave).slice(2, 3)).toEqual(["2020-T2"]);
    expect(columnas(t, ["centroId", "razon"])).toEqual([
      { centroId: centro.a1, razon: 0.8 },
      { centroId: centro.b1, razon: null },
    ]);
  });

  it("una vigencia sin reportes no trae filas ni cifras", async () => {
    const datos = await datosDef(ambito({ vigencia: vigenciaSinDatos }));
    expect(datos.total).toEqual({ centros: 0, ventas: 0n, def: 0n, razon: null });
    const t = await tablas(ambito({ vigencia: vigenciaSinDatos }));
    for (const tabla of Object.values(t)) expect(tabla.filas).toEqual([]);
  });
});
