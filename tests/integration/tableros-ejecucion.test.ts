import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EstadoReporte } from "@/generated/prisma/enums";
import { aCsv } from "@/features/tableros/exportar";
import { datosEjecucion } from "@/features/tableros/ejecucion/queries";
import { PANELES } from "@/features/tableros/registro";
import type { AmbitoTablero, TablaExportable } from "@/features/tableros/tipos";
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
const centro = { a1: 0, a2: 0, b1: 0, b2: 0, b3: 0 };

/** [centro, state, requested, assigned, executed, registered in the module] */
type Reporte = [keyof typeof centro, EstadoReporte, bigint, bigint, bigint, boolean];
const REPORTES: Reporte[] = [
  ["a1", "APROBADO", 1_200_000n, 1n * M, 750_000n, true],
  ["a2", "APROBADO", 500_000n, 0n, 0n, false],
  ["b1", "ENVIADO", 2n * M, 2n * M, 1n * M, true],
  ["b2", "APROBADO", 3n * M, 2_500_000n, 2_500_000n, true],
  ["b3", "DEVUELTO", 9n * M, 9n * M, 9n * M, true],
];

beforeAll(async () => {
  baseDeDatos = await crearBaseDePrueba("plan_tab_ejec");
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
  const crearCentro = async (codigo: string, regionalId: number) =>
    (await db().centro.create({ data: { codigo, nombre: `Centro ${codigo}`, regionalId } })).id;
  centro.a1 = await crearCentro("A1", regional.a);
  centro.a2 = await crearCentro("A2", regional.a);
  centro.b1 = await crearCentro("B1", regional.b);
  centro.b2 = await crearCentro("B2", regional.b);
  centro.b3 = await crearCentro("B3", regional.b);

  const usuario = await db().user.create({
    data: {
      email: "ejecucion@pruebas.test",
      nombre: "Subdirección de pruebas",
      rol: "ADMIN",
      passwordHash: "x",
    },
  });
  const seguimiento = await db().seguimiento.findFirstOrThrow({
    where: { vigenciaId: v.id, tipoReporte: "EJECUCION_RECURSOS" },
  });
  for (const [clave, estado, solicitados, asignados, ejecutados, registrado] of REPORTES) {
    await db().reporte.create({
      data: {
        seguimientoId: seguimiento.id,
        vigenciaId: v.id,
        tipo: "EJECUCION_RECURSOS",
        periodo: "2020",
        centroId: centro[clave],
        ambito: String(centro[clave]),
        estado,
        creadoPorId: usuario.id,
        ejecucionRecursos: {
          create: {
            recursosSolicitados: solicitados,
            recursosAsignados: asignados,
            recursosEjecutados: ejecutados,
            registradoModuloPlanAccion: registrado,
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
  const lista = await PANELES.ejecucion!(a);
  return Object.fromEntries(lista.map((t) => [t.nombre, t]));
}

const CIFRAS = ["solicitados", "asignados", "ejecutados", "razon"];

function columnas(tabla: TablaExportable | undefined, claves: string[]) {
  return tabla?.filas.map((f) => Object.fromEntries(claves.map((c) => [c, f[c]])));
}

describe("tablero de ejecución de recursos", () => {
  it("por centro: lo ejecutado sobre lo asignado; sin asignación es «No aplica»", async () => {
    const { "ejecucion-por-centro": t } = await tablas(ambito());
    expect(t?.columnas.map((c) => [c.clave, c.tipo])).toEqual([
      ["centro", "texto"],
      ["regional", "texto"],
      ["solicitados", "pesos"],
      ["asignados", "pesos"],
      ["ejecutados", "pesos"],
      ["razon", "porcentaje"],
      ["registrado", "texto"],
    ]);
    expect(columnas(t, ["centroId", ...CIFRAS, "registrado"])).toEqual([
      {
        centroId: centro.a1,
        solicitados: 1_200_000n,
        asignados: 1n * M,
        ejecutados: 750_000n,
        razon: 0.75,
        registrado: "Sí",
      },
      {
        centroId: centro.a2,
        solicitados: 500_000n,
        asignados: 0n,
        ejecutados: 0n,
        razon: null,
        registrado: "No",
      },
      {
        centroId: centro.b2,
        solicitados: 3n * M,
        asignados: 2_500_000n,
        ejecutados: 2_500_000n,
        razon: 1,
        registrado: "Sí",
      },
    ]);
    expect(aCsv(t!)).toContain("No aplica");
  });

  it("por regional: sumas de lo asignado y lo ejecutado, y cuántos centros lo registraron en el módulo", async () => {
    const { "ejecucion-por-regional": t } = await tablas(ambito());
    expect(columnas(t, ["regionalId", "centros", ...CIFRAS, "registrados"])).toEqual([
      {
        regionalId: regional.a,
        centros: 2,
        solicitados: 1_700_000n,
        asignados: 1n * M,
        ejecutados: 750_000n,
        razon: 0.75,
        registrados: 1,
      },
      {
        regionalId: regional.b,
        centros: 1,
        solicitados: 3n * M,
        asignados: 2_500_000n,
        ejecutados: 2_500_000n,
        razon: 1,
        registrados: 1,
      },
    ]);
  });

  it("el total nacional se pondera por lo asignado, no es el promedio de los centros", async () => {
    const { total } = await datosEjecucion(ambito());
    expect(total).toEqual({
      centros: 3,
      registrados: 2,
      solicitados: 4_700_000n,
      asignados: 3_500_000n,
      ejecutados: 3_250_000n,
      razon: 3_250_000 / 3_500_000,
    });
    // B2 has more assigned than A1 and weighs more: the average of 75 % and 100 % would give 87.5 %.
    expect(total.razon).toBeCloseTo(0.9286, 4);
    expect(total.razon).not.toBe((0.75 + 1) / 2);
  });

  it("con «todo lo enviado» cuenta también el reporte enviado, nunca el devuelto", async () => {
    const { "ejecucion-por-regional": t } = await tablas(ambito({ estados: TODO_LO_ENVIADO }));
    expect(columnas(t, ["regionalId", "centros", ...CIFRAS, "registrados"])?.[1]).toEqual({
      regionalId: regional.b,
      centros: 2,
      solicitados: 5n * M,
      asignados: 4_500_000n,
      ejecutados: 3_500_000n,
      razon: 3_500_000 / 4_500_000,
      registrados: 2,
    });
    const { total } = await datosEjecucion(ambito({ estados: TODO_LO_ENVIADO }));
    expect(total.asignados).toBe(5_500_000n);
    expect(total.ejecutados).toBe(4_250_000n);
  });

  it("la vista de una regional muestra solo sus centros", async () => {
    const t = await tablas(ambito({ regionalId: regional.b, estados: TODO_LO_ENVIADO }));
    expect(t["ejecucion-por-centro"]?.filas.map((f) => f.centroId)).toEqual([centro.b1, centro.b2]);
    expect(t["ejecucion-por-regional"]?.filas.map((f) => f.regionalId)).toEqual([regional.b]);
  });

  it("la vista de un centro muestra solo ese centro, sin tabla por regional; sin asignación no aplica", async () => {
    const t = await tablas(ambito({ regionalId: regional.a, centroId: centro.a2 }));
    expect(Object.keys(t)).toEqual(["ejecucion-por-centro"]);
    expect(columnas(t["ejecucion-por-centro"], ["centroId", "razon"])).toEqual([
      { centroId: centro.a2, razon: null },
    ]);
    const { total } = await datosEjecucion(ambito({ centroId: centro.a2 }));
    expect(total.razon).toBeNull();
  });

  it("una vigencia sin reportes no trae filas ni cifras", async () => {
    const datos = await datosEjecucion(ambito({ vigencia: vigenciaSinDatos }));
    expect(datos).toEqual({
      total: { centros: 0, registrados: 0, solicitados: 0n, asignados: 0n, ejecutados: 0n, razon: null },
      regionales: [],
      centros: [],
    });
    for (const tabla of Object.values(await tablas(ambito({ vigencia: vigenciaSinDatos }))))
      expect(tabla.filas).toEqual([]);
  });
});
