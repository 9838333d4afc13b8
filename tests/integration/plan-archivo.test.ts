import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aplicarPlan, planComoArchivo, PlanNoAplicable } from "@/features/plan/archivo/aplicar";
import type { PlanArchivo } from "@/features/plan/archivo/esquema";
import { simularPlan } from "@/features/plan/archivo/importacion";
import { leerPlanArchivo, planComoTexto } from "@/features/plan/archivo/lectura";
import { leerPlan } from "@/features/plan/creacion";
import * as op from "@/features/plan/operaciones";
import { registrarAuditoria } from "@/server/auditoria";
import { db } from "@/server/db";
import { anioEnCurso } from "@/lib/fechas";
import { auditoria, cerrarPlanAdmin, copiar, e, prepararPlanAdmin } from "../helpers/plan-admin";

beforeAll(prepararPlanAdmin);
afterAll(cerrarPlanAdmin);

/** Applies a plan file as `npm run plan:importar -- ARCHIVO --aplicar` does. */
function aplicar(plan: PlanArchivo) {
  const requestId = randomUUID();
  return db().$transaction((tx) =>
    aplicarPlan(tx, plan, (evento) =>
      registrarAuditoria(tx, null, requestId, evento, { ip: null, userAgent: "npm run plan:importar" }),
    ),
  );
}

/** Previews a plan file as `npm run plan:importar -- ARCHIVO` does. */
function simular(plan: PlanArchivo) {
  return db().$transaction((tx) => simularPlan(tx, plan));
}

async function exportar(anio: number): Promise<PlanArchivo> {
  const plan = await planComoArchivo(db(), anio);
  if (!plan) throw new Error(`No existe la vigencia ${anio}`);
  // Through the file's text, as a user's file arrives.
  const lectura = leerPlanArchivo(planComoTexto(plan));
  if (!lectura.ok) throw new Error(JSON.stringify(lectura.problemas));
  return lectura.plan;
}

const DEPURACION = {
  clave: "depuracion-cartera",
  nombre: "Informe de depuración de cartera",
  herramienta: "INFORME",
  periodicidad: "TRIMESTRAL",
  alcance: "POR_CENTRO",
  obligados: "TODOS",
  diasOportunidad: 15,
  observacion: "Informe trimestral de depuración de cartera de cada centro.",
  responsables: [{ cargo: "Subdirector de centro", rol: "SUBDIRECTOR" }],
  campos: [
    { clave: "carteraInicial", etiqueta: "Cartera inicial (COP)", tipo: "pesos", obligatorio: true },
    { clave: "carteraRecuperada", etiqueta: "Cartera recuperada (COP)", tipo: "pesos", obligatorio: true },
    { clave: "carteraCastigada", etiqueta: "Cartera castigada (COP)", tipo: "pesos", obligatorio: true },
    { clave: "accionesCobro", etiqueta: "Acciones de cobro", tipo: "cantidad", obligatorio: true },
    { clave: "acta", etiqueta: "Acta de depuración (PDF)", tipo: "documento", obligatorio: true },
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
} as const;

function conDepuracion(plan: PlanArchivo): PlanArchivo {
  return {
    ...plan,
    temas: [
      ...plan.temas,
      {
        codigo: "2.1.4.3",
        nombre: "Gestión de cartera",
        lineamientos: [
          {
            texto: "Depurar la cartera de los centros de formación.",
            acciones: [
              {
                texto: "Depurar la cartera de cada centro.",
                resultadoEsperado: "Cartera depurada y recuperada.",
                seguimientos: [structuredClone(DEPURACION) as never],
              },
            ],
          },
        ],
      },
    ],
  };
}

describe("el plan de una vigencia como archivo", () => {
  it("exportar e importar el mismo plan no cambia nada", async () => {
    const plan = await exportar(2020);
    expect(
      plan.temas.flatMap((t) =>
        t.lineamientos.flatMap((l) => l.acciones.flatMap((a) => a.seguimientos.map((s) => s.clave))),
      ),
    ).toEqual(["recaudo", "comite-precios", "trazabilidad-ventas", "ejecucion-recursos"]);
    expect(await simular(plan)).toEqual({
      ok: true,
      resultado: { anio: 2020, vigenciaNueva: false, cambios: [] },
    });
  });

  it("la vista previa dice lo que cambiaría y no escribe nada", async () => {
    const vigencia = await copiar(2029);
    const antes = await leerPlan(db(), vigencia.id);
    const eventos = await db().auditLog.count();
    const simulacion = await simular(conDepuracion(await exportar(2029)));
    expect(simulacion).toEqual({
      ok: true,
      resultado: {
        anio: 2029,
        vigenciaNueva: false,
        cambios: [
          "Tema 2.1.4.3 «Gestión de cartera»: nuevo.",
          "Seguimiento «depuracion-cartera» (Informe de depuración de cartera): nuevo en tema 2.1.4.3, " +
            "lineamiento 1, acción 1, trimestral, 5 campos.",
        ],
      },
    });
    expect(await leerPlan(db(), vigencia.id)).toEqual(antes);
    expect(await db().auditLog.count()).toBe(eventos);
  });

  it("aplicarlo agrega el seguimiento declarado, lo audita, y exportar de nuevo da lo mismo", async () => {
    const archivo = conDepuracion(await exportar(2029));
    const resultado = await aplicar(archivo);
    expect(resultado.cambios).toHaveLength(2);
    expect(await exportar(2029)).toEqual(archivo);
    const vigencia = await db().vigencia.findUniqueOrThrow({ where: { anio: 2029 } });
    const seguimiento = await db().seguimiento.findUniqueOrThrow({
      where: { vigenciaId_clave: { vigenciaId: vigencia.id, clave: "depuracion-cartera" } },
    });
    // Declared only: its reports keep no detail in a kind's tables.
    expect(seguimiento.tipoReporte).toBeNull();
    const evento = (await auditoria("Vigencia", vigencia.id)).at(-1);
    expect(evento).toMatchObject({
      accion: "IMPORTAR",
      actorId: null,
      userAgent: "npm run plan:importar",
      despues: { anio: 2029, cambios: resultado.cambios },
    });
    // Applying it again changes nothing and writes nothing.
    const eventos = await db().auditLog.count();
    expect((await aplicar(archivo)).cambios).toEqual([]);
    expect(await db().auditLog.count()).toBe(eventos);
  });

  it("un seguimiento se reconoce por su clave: movido a otra acción conserva su id y sus reportes", async () => {
    const plan = await exportar(2020);
    const [recaudo, produccion] = plan.temas;
    const comite = produccion!.lineamientos[0]!.acciones[0]!.seguimientos[0]!;
    const movido: PlanArchivo = {
      ...plan,
      temas: [
        {
          ...recaudo!,
          lineamientos: [
            {
              ...recaudo!.lineamientos[0]!,
              acciones: [
                {
                  ...recaudo!.lineamientos[0]!.acciones[0]!,
                  seguimientos: [...recaudo!.lineamientos[0]!.acciones[0]!.seguimientos, comite],
                },
              ],
            },
          ],
        },
        {
          ...produccion!,
          lineamientos: produccion!.lineamientos.map((l, i) =>
            i === 0 ? { ...l, acciones: [{ ...l.acciones[0]!, seguimientos: [] }] } : l,
          ),
        },
      ],
    };
    const antes = await db().seguimiento.findFirstOrThrow({
      where: { vigenciaId: e.vigencia.id, clave: "comite-precios" },
    });
    const resultado = await aplicar(movido);
    expect(resultado.cambios).toEqual([
      "Seguimiento «comite-precios»: cambia pasa a tema 2.1.4.1, lineamiento 1, acción 1.",
    ]);
    const despues = await db().seguimiento.findFirstOrThrow({
      where: { vigenciaId: e.vigencia.id, clave: "comite-precios" },
    });
    expect(despues.id).toBe(antes.id);
    expect(despues.accionId).not.toBe(antes.accionId);
    expect(despues.version).toBe(antes.version + 1);
    await aplicar(plan);
  });

  it("lo que el editor rechaza se rechaza con su ruta en el archivo, y no se escribe nada", async () => {
    const plan = await exportar(2020);
    const antes = await leerPlan(db(), e.vigencia.id);
    const ruta = "temas[1].lineamientos[1].acciones[0].seguimientos[0]";
    const trazabilidadDe = (p: PlanArchivo) => p.temas[1]!.lineamientos[1]!.acciones[0]!.seguimientos[0]!;

    // Read as a file: a kind's seguimiento keeps the periodicity its dashboard is built for.
    const semestral = structuredClone(plan);
    trazabilidadDe(semestral).periodicidad = "SEMESTRAL";
    expect(leerPlanArchivo(JSON.stringify(semestral))).toEqual({
      ok: false,
      problemas: [
        {
          ruta: `${ruta}.periodicidad`,
          mensaje:
            "Trazabilidad de ventas (DEF) solo puede ser trimestral: el tablero de trazabilidad (DEF) muestra " +
            "cada centro trimestre por trimestre.",
        },
      ],
    });

    // Against the stored plan: its reports keep their fields, and a seguimiento with reports stays.
    const sinCampo = structuredClone(plan);
    trazabilidadDe(sinCampo).campos = trazabilidadDe(sinCampo).campos.filter(
      (c) => c.clave !== "pagosRecibidos",
    );
    const sinSeguimiento = structuredClone(plan);
    sinSeguimiento.temas[1]!.lineamientos[1]!.acciones[0]!.seguimientos = [];
    expect(await simular(sinCampo)).toEqual({
      ok: false,
      problemas: [
        {
          ruta: `${ruta}.campos`,
          mensaje:
            "Los reportes de «Trazabilidad de ventas (DEF)» guardan sus datos en las tablas de su tipo: su " +
            "formulario admite cambios de etiquetas y ayudas, no campos nuevos, quitados ni de otro tipo.",
        },
      ],
    });
    let error: unknown;
    await aplicar(sinSeguimiento).catch((e: unknown) => (error = e));
    expect(error).toBeInstanceOf(PlanNoAplicable);
    expect((error as PlanNoAplicable).problemas).toEqual([
      {
        ruta: "temas",
        mensaje:
          "Falta el seguimiento «trazabilidad-ventas» (Trazabilidad de ventas (DEF)). No se puede eliminar " +
          "este seguimiento: ya tiene 2 reportes, contando borradores, y esos reportes quedarían sin el plan que " +
          "les da sentido. Sus textos sí se pueden corregir.",
      },
    ]);
    expect(await leerPlan(db(), e.vigencia.id)).toEqual(antes);
  });

  it("un archivo de una vigencia que no existe la crea con su plan, dentro de los años permitidos", async () => {
    const anio = anioEnCurso() + 4;
    const plan = { ...(await exportar(2020)), vigencia: anio, nombre: `Plan de Acción ${anio}` };
    const resultado = await aplicar(plan);
    expect(resultado).toMatchObject({ anio, vigenciaNueva: true });
    expect(resultado.cambios[0]).toBe(`Se crea la vigencia ${anio}, «Plan de Acción ${anio}».`);
    expect(await exportar(anio)).toEqual(plan);

    const lejana = { ...plan, vigencia: anioEnCurso() + 6 };
    await expect(aplicar(lejana)).rejects.toMatchObject({
      problemas: [
        {
          ruta: "vigencia",
          mensaje: expect.stringMatching(/^Una vigencia nueva debe estar entre 2000 y \d{4}\.$/),
        },
      ],
    });
    expect(await db().vigencia.findUnique({ where: { anio: lejana.vigencia } })).toBeNull();
  });
});

describe("el archivo del plan desde la página del plan", () => {
  const comoArchivo = (plan: PlanArchivo) => new File([planComoTexto(plan)], `plan-${plan.vigencia}.json`);

  it.each(["coordinador", "consulta", "subdirectorA"] as const)(
    "solo el administrador lo revisa o lo aplica: %s no",
    async (rol) => {
      const archivo = comoArchivo(conDepuracion(await exportar(2020)));
      const eventos = await db().auditLog.count();
      expect(await op.previsualizarArchivoDelPlan(e.actores[rol], { archivo })).toEqual({
        ok: false,
        message: "No tiene permiso para realizar esta operación.",
      });
      expect(await op.importarArchivoDelPlan(e.actores[rol], { archivo, huella: "0".repeat(64) })).toEqual({
        ok: false,
        message: "No tiene permiso para realizar esta operación.",
      });
      expect(await db().auditLog.count()).toBe(eventos);
    },
  );

  it("el administrador ve los cambios y aplica exactamente esos; si el plan cambió entretanto, no se aplica", async () => {
    await copiar(2027);
    const archivo = comoArchivo(conDepuracion(await exportar(2027)));
    const vista = await op.previsualizarArchivoDelPlan(e.actores.admin, { archivo });
    expect(vista).toMatchObject({
      ok: true,
      data: {
        anio: 2027,
        vigenciaNueva: false,
        problemas: [],
        huella: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    if (!vista.ok) return;
    expect(vista.data.cambios).toHaveLength(2);

    // Someone renames the vigencia in between: the file would now change its name back too.
    await db().vigencia.update({ where: { anio: 2027 }, data: { nombre: "Otro nombre" } });
    const tarde = await op.importarArchivoDelPlan(e.actores.admin, { archivo, huella: vista.data.huella });
    expect(tarde).toEqual({
      ok: false,
      message: expect.stringMatching(/^No se aplicó: el plan cambió desde la vista previa/),
    });
    expect(
      await db().seguimiento.count({ where: { vigencia: { anio: 2027 }, clave: "depuracion-cartera" } }),
    ).toBe(0);

    const otraVista = await op.previsualizarArchivoDelPlan(e.actores.admin, { archivo });
    if (!otraVista.ok) throw new Error(otraVista.message);
    expect(otraVista.data.cambios[0]).toBe(
      "La vigencia 2027 se llama ahora «Plan de Acción 2027» (antes «Otro nombre»).",
    );
    const aplicado = await op.importarArchivoDelPlan(e.actores.admin, {
      archivo,
      huella: otraVista.data.huella,
    });
    expect(aplicado).toMatchObject({ ok: true, data: { anio: 2027, cambios: otraVista.data.cambios } });
    const evento = (
      await auditoria("Vigencia", (await db().vigencia.findUniqueOrThrow({ where: { anio: 2027 } })).id)
    ).at(-1);
    expect(evento).toMatchObject({ accion: "IMPORTAR", actorId: e.actores.admin.id });
  });

  it("un archivo con problemas se muestra con cada uno en su lugar, sin escribir nada", async () => {
    const plan = conDepuracion(await exportar(2020)) as unknown as {
      temas: { lineamientos: { acciones: { seguimientos: { campos: { tipo: string }[] }[] }[] }[] }[];
    };
    plan.temas[2]!.lineamientos[0]!.acciones[0]!.seguimientos[0]!.campos[0]!.tipo = "moneda";
    const archivo = new File([JSON.stringify(plan)], "plan.json");
    const vista = await op.previsualizarArchivoDelPlan(e.actores.admin, { archivo });
    expect(vista).toEqual({
      ok: true,
      data: {
        nombre: "plan.json",
        anio: null,
        vigenciaNueva: false,
        cambios: [],
        huella: "",
        problemas: [
          {
            ruta: "temas[2].lineamientos[0].acciones[0].seguimientos[0].campos[0].tipo",
            mensaje: expect.stringMatching(/^Tipo de campo desconocido/),
          },
        ],
      },
    });
  });
});
