import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import type { EstadoReporte, Obligados } from "@/generated/prisma/enums";
import { consultarComite } from "@/features/tableros/comite/queries";
import { tablasComite } from "@/features/tableros/comite/tablas";
import type { AmbitoTablero, TablaExportable } from "@/features/tableros/tipos";
import { formatearFecha } from "@/lib/fechas";
import { db } from "@/server/db";
import { crearBaseDePrueba } from "../helpers/database";
import { declarada } from "../helpers/escenario";

// Coverage depends on how many centros exist: this file uses its own database.
const global = globalThis as unknown as { prisma?: PrismaClient };
let baseDeDatos: { url: string; drop(): Promise<void> };
let urlCompartida: string | undefined;

async function soltarCliente() {
  await global.prisma?.$disconnect();
  global.prisma = undefined;
}

const TODO_LO_ENVIADO: EstadoReporte[] = ["ENVIADO", "APROBADO"];

type ClaveCentro = "A1" | "A2" | "A3" | "A4" | "B1" | "B2" | "B3" | "C1";
const vigencias: Record<number, AmbitoTablero["vigencia"]> = {};
const seguimientos: Record<number, number> = {};
const regionales: Record<"A" | "B" | "C", number> = { A: 0, B: 0, C: 0 };
const centros = {} as Record<ClaveCentro, number>;
const reportes: Partial<Record<ClaveCentro, number>> = {};
let autorId: number;

async function crearVigencia(anio: number, comite?: { obligados: Obligados }) {
  const vigencia = await db().vigencia.create({
    data: { anio, nombre: `Plan de Acción ${anio}` },
    select: { id: true, anio: true, nombre: true },
  });
  vigencias[anio] = vigencia;
  if (!comite) return;
  const accion = await db().accion.create({
    data: {
      texto: "Establecer el Comité de Precios",
      resultadoEsperado: "Actas del comité de precios",
      orden: 1,
      lineamiento: {
        create: {
          texto: "Implementar el comité de precios",
          orden: 1,
          tema: { create: { vigenciaId: vigencia.id, codigo: "2.1.4.2", nombre: "Producción", orden: 1 } },
        },
      },
    },
  });
  const seguimiento = await db().seguimiento.create({
    data: {
      accionId: accion.id,
      vigenciaId: vigencia.id,
      herramienta: "REPORTE",
      periodicidad: "ANUAL",
      alcance: "POR_CENTRO",
      ...declarada("COMITE_PRECIOS"),
      diasOportunidad: 30,
      observacion: "Actas del comité de precios de cada centro.",
      ...comite,
    },
  });
  seguimientos[anio] = seguimiento.id;
}

async function acta(anio: number, centro: ClaveCentro, estado: EstadoReporte, fechaActa?: string) {
  const reporte = await db().reporte.create({
    data: {
      seguimientoId: seguimientos[anio]!,
      vigenciaId: vigencias[anio]!.id,
      tipo: "COMITE_PRECIOS",
      periodo: String(anio),
      centroId: centros[centro],
      ambito: String(centros[centro]),
      estado,
      creadoPorId: autorId,
      comitePrecios: fechaActa
        ? {
            create: {
              fechaActa: new Date(`${fechaActa}T00:00:00Z`),
              numeroActa: `ACTA-${centro}`,
              productosServiciosPreciados: 12,
            },
          }
        : undefined,
    },
  });
  if (anio === 2026) reportes[centro] = reporte.id;
}

beforeAll(async () => {
  baseDeDatos = await crearBaseDePrueba("plan_tab_com");
  urlCompartida = process.env.DATABASE_URL;
  await soltarCliente();
  process.env.DATABASE_URL = baseDeDatos.url;

  for (const [clave, codigo, nombre] of [
    ["A", "05", "Antioquia"],
    ["B", "13", "Bolívar"],
    ["C", "17", "Caldas"],
  ] as const) {
    regionales[clave] = (await db().regional.create({ data: { codigo, nombre } })).id;
  }
  const definiciones: [ClaveCentro, boolean, boolean][] = [
    ["A1", true, true],
    ["A2", true, true],
    ["A3", true, true],
    ["A4", false, true],
    ["B1", true, true],
    ["B2", true, true],
    ["B3", true, false],
    ["C1", false, true],
  ];
  for (const [clave, generaAprovechamiento, activo] of definiciones) {
    const centro = await db().centro.create({
      data: {
        codigo: `C-${clave}`,
        nombre: `Centro ${clave}`,
        regionalId: regionales[clave[0] as "A" | "B" | "C"],
        generaAprovechamiento,
        activo,
      },
    });
    centros[clave] = centro.id;
  }
  autorId = (
    await db().user.create({
      data: {
        email: "subdirector@pruebas.test",
        nombre: "Subdirector",
        rol: "SUBDIRECTOR",
        passwordHash: "x",
      },
    })
  ).id;

  // 2026: only the centros with aprovechamiento; reports in every state.
  await crearVigencia(2026, { obligados: "CON_APROVECHAMIENTO" });
  await acta(2026, "A1", "APROBADO", "2026-03-15");
  await acta(2026, "A2", "ENVIADO", "2026-04-02");
  await acta(2026, "A3", "BORRADOR");
  await acta(2026, "B1", "DEVUELTO", "2026-05-20");
  await acta(2026, "B3", "APROBADO", "2026-02-01");
  // 2027: no seguimiento of the comité de precios.
  await crearVigencia(2027);
  // 2028: binds every active centro; only A3 approved.
  await crearVigencia(2028, { obligados: "TODOS" });
  await acta(2028, "A3", "APROBADO", "2028-01-30");
}, 60_000);

afterAll(async () => {
  await soltarCliente();
  process.env.DATABASE_URL = urlCompartida;
  await baseDeDatos?.drop();
});

function ambito(anio: number, cambios: Partial<AmbitoTablero> = {}): AmbitoTablero {
  return { vigencia: vigencias[anio]!, estados: ["APROBADO"], ...cambios };
}

async function tabla(a: AmbitoTablero, nombre: string): Promise<TablaExportable> {
  const encontrada = (await tablasComite(a)).find((t) => t.nombre === nombre);
  if (!encontrada) throw new Error(`No hay tabla ${nombre}`);
  return encontrada;
}

async function filas(a: AmbitoTablero, nombre: string) {
  const t = await tabla(a, nombre);
  return t.filas.map((f) => t.columnas.map((c) => f[c.clave]));
}

describe("cobertura del comité de precios por regional", () => {
  it("solo aprobados: de 5 centros obligados, 1 aprobado, 2 en trámite y 2 faltantes", async () => {
    expect(await filas(ambito(2026), "comite-por-regional")).toEqual([
      ["Antioquia", 3, 1, 1, 1, 1 / 3],
      ["Bolívar", 2, 0, 1, 1, 0],
    ]);
    const { total } = await consultarComite(ambito(2026));
    expect(total).toEqual({
      regionalId: null,
      regional: null,
      obligados: 5,
      aprobados: 1,
      enTramite: 2,
      faltantes: 2,
      cobertura: 0.2,
    });
  });

  it("todo lo enviado: el acta enviada cuenta en la cobertura, la devuelta no", async () => {
    const vista = ambito(2026, { estados: TODO_LO_ENVIADO });
    const t = await tabla(vista, "comite-por-regional");
    expect(t.titulo).toBe(
      "Comité de precios por regional, vigencia 2026 (cobertura: actas enviadas o aprobadas)",
    );
    expect(t.filas.map((f) => t.columnas.map((c) => f[c.clave]))).toEqual([
      ["Antioquia", 3, 1, 1, 1, 2 / 3],
      ["Bolívar", 2, 0, 1, 1, 0],
    ]);
    expect((await consultarComite(vista)).total?.cobertura).toBe(0.4);
  });

  it("las filas guardan el id de la regional para enlazar su vista", async () => {
    const t = await tabla(ambito(2026), "comite-por-regional");
    expect(t.filas.map((f) => f.regionalId)).toEqual([regionales.A, regionales.B]);
  });

  it("cuando el seguimiento obliga a todos los centros activos, cuentan también los sin aprovechamiento", async () => {
    expect(await filas(ambito(2028), "comite-por-regional")).toEqual([
      ["Antioquia", 4, 1, 0, 3, 0.25],
      ["Bolívar", 2, 0, 0, 2, 0],
      ["Caldas", 1, 0, 0, 1, 0],
    ]);
    expect((await consultarComite(ambito(2028))).total?.cobertura).toBe(1 / 7);
  });

  it("una vigencia sin seguimiento del comité no obliga a nadie: tablas vacías", async () => {
    const datos = await consultarComite(ambito(2027));
    expect(datos).toEqual({ hayObligacion: false, total: null, regionales: [], centros: [] });
    const tablas = await tablasComite(ambito(2027));
    expect(tablas.map((t) => [t.nombre, t.filas.length])).toEqual([
      ["comite-por-regional", 0],
      ["comite-por-centro", 0],
    ]);
  });
});

describe("acta por centro", () => {
  it("lista los obligados con su estado, fecha y número del acta; los no obligados o inactivos no aparecen", async () => {
    const t = await tabla(ambito(2026, { estados: ["ENVIADO", "APROBADO"] }), "comite-por-centro");
    expect(t.filas.map((f) => t.columnas.map((c) => f[c.clave]))).toEqual([
      ["Centro A1", "Antioquia", "Aprobado", "Aprobado", formatearFecha("2026-03-15"), "ACTA-A1"],
      ["Centro A2", "Antioquia", "En trámite", "Enviado", formatearFecha("2026-04-02"), "ACTA-A2"],
      ["Centro A3", "Antioquia", "Falta", "Borrador", null, null],
      ["Centro B1", "Bolívar", "En trámite", "Devuelto", null, null],
      ["Centro B2", "Bolívar", "Falta", "Sin reporte", null, null],
    ]);
    expect(t.filas.map((f) => [f.centroId, f.reporteId])).toEqual([
      [centros.A1, reportes.A1],
      [centros.A2, reportes.A2],
      [centros.A3, reportes.A3],
      [centros.B1, reportes.B1],
      [centros.B2, null],
    ]);
  });

  it("con «solo aprobados» no muestra la fecha ni el número de un acta enviada, devuelta o en borrador", async () => {
    const t = await tabla(ambito(2026), "comite-por-centro");
    expect(t.filas.map((f) => [f.centro, f.detalle, f.fechaActa, f.numeroActa])).toEqual([
      ["Centro A1", "Aprobado", formatearFecha("2026-03-15"), "ACTA-A1"],
      ["Centro A2", "Enviado", null, null],
      ["Centro A3", "Borrador", null, null],
      ["Centro B1", "Devuelto", null, null],
      ["Centro B2", "Sin reporte", null, null],
    ]);
  });

  it("el reporte de otra vigencia no cuenta", async () => {
    const t = await tabla(ambito(2028), "comite-por-centro");
    const a3 = t.filas.find((f) => f.centro === "Centro A3");
    expect(a3).toMatchObject({ situacion: "Aprobado", fechaActa: formatearFecha("2028-01-30") });
    expect(t.filas.find((f) => f.centro === "Centro A1")).toMatchObject({
      situacion: "Falta",
      detalle: "Sin reporte",
    });
  });
});

describe("vistas de regional y de centro", () => {
  it("una regional ve solo sus centros y su fila", async () => {
    const vista = ambito(2026, { regionalId: regionales.B });
    expect(await filas(vista, "comite-por-regional")).toEqual([["Bolívar", 2, 0, 1, 1, 0]]);
    expect((await tabla(vista, "comite-por-centro")).filas.map((f) => f.centro)).toEqual([
      "Centro B1",
      "Centro B2",
    ]);
    expect((await consultarComite(vista)).total).toMatchObject({ obligados: 2, cobertura: 0 });
  });

  it("un centro ve solo su acta, sin tabla por regional", async () => {
    const vista = ambito(2026, { regionalId: regionales.A, centroId: centros.A1 });
    const tablas = await tablasComite(vista);
    expect(tablas.map((t) => t.nombre)).toEqual(["comite-por-centro"]);
    expect(await filas(vista, "comite-por-centro")).toEqual([
      ["Centro A1", "Antioquia", "Aprobado", "Aprobado", formatearFecha("2026-03-15"), "ACTA-A1"],
    ]);
    expect((await consultarComite(vista)).total).toMatchObject({ obligados: 1, aprobados: 1, cobertura: 1 });
  });

  it("un centro que no está obligado no tiene filas", async () => {
    const vista = ambito(2026, { regionalId: regionales.A, centroId: centros.A4 });
    const datos = await consultarComite(vista);
    expect(datos.total).toBeNull();
    expect(datos.centros).toEqual([]);
  });
});
