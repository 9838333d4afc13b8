import { beforeAll, describe, expect, it } from "vitest";
import { misObligaciones } from "@/features/obligaciones/queries";
import { leerPlan } from "@/features/plan/creacion";
import { MENSAJE_NODO_AJENO, mensajeDesactualizado } from "@/features/plan/nodos";
import * as op from "@/features/plan/operaciones";
import { planParaEditar, type SeguimientoEditable } from "@/features/plan/queries";
import { exigirPlazosQueNoSeMueven } from "@/features/plan/restricciones";
import type { EditarSeguimiento } from "@/features/plan/schemas";
import type { Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { PLAN_2020 } from "../../prisma/seed/plan-2020";
import { crearEscenario, type Escenario } from "../helpers/escenario";

// Each block works on vigencias of its own, copied from the base plan 2020, which stays untouched:
// other test files rely on it. Years 2021, 2031 and 2041+ belong to other files.
let e: Escenario;

beforeAll(async () => {
  e = await crearEscenario("planadm");
});

async function copiar(anio: number, origenAnio = 2020) {
  const origen = await db().vigencia.findUniqueOrThrow({ where: { anio: origenAnio } });
  const resultado = await op.crearVigencia(e.actores.admin, {
    anio: String(anio),
    nombre: "",
    origenId: origen.id,
  });
  expect(resultado).toEqual({ ok: true, data: { anio } });
  return db().vigencia.findUniqueOrThrow({ where: { anio } });
}

async function arbol(anio: number) {
  const plan = await planParaEditar(e.actores.admin, anio);
  if (!plan) throw new Error(`No existe la vigencia ${anio}`);
  return plan;
}

async function seguimientoDe(anio: number, tipo: SeguimientoEditable["tipoReporte"]) {
  const plan = await arbol(anio);
  const todos = plan.temas.flatMap((t) =>
    t.lineamientos.flatMap((l) => l.acciones.flatMap((a) => a.seguimientos)),
  );
  const s = todos.find((x) => x.tipoReporte === tipo);
  if (!s) throw new Error(`La vigencia ${anio} no tiene seguimiento ${tipo}`);
  return s;
}

/** The seguimiento's form as the editor loads it, with the given changes typed in. */
function formulario(
  vigenciaId: number,
  s: SeguimientoEditable,
  cambios: Partial<EditarSeguimiento> = {},
): EditarSeguimiento {
  return {
    vigenciaId,
    seguimientoId: s.id,
    version: s.version,
    herramienta: s.herramienta,
    tipoReporte: s.tipoReporte,
    periodicidad: s.periodicidad,
    alcance: s.alcance,
    diasOportunidad: String(s.diasOportunidad),
    observacion: s.observacion,
    soloCentrosConAprovechamiento: s.soloCentrosConAprovechamiento,
    responsables: s.responsables.map((r) => ({ cargo: r.cargo, rol: r.rol })),
    ...cambios,
  };
}

function auditoria(entidad: string, entidadId: number) {
  return db().auditLog.findMany({ where: { entidad, entidadId: String(entidadId) }, orderBy: { id: "asc" } });
}

describe("crear una vigencia copiando otra", () => {
  it("copia el plan completo en el mismo orden, sin reportes ni metas, y lo audita", async () => {
    const vigencia = await copiar(2028);
    expect(vigencia.nombre).toBe("Plan de Acción 2028");
    expect(await leerPlan(db(), vigencia.id)).toEqual(PLAN_2020);
    expect(await db().reporte.count({ where: { vigenciaId: vigencia.id } })).toBe(0);
    expect(await db().metaRecaudo.count({ where: { vigenciaId: vigencia.id } })).toBe(0);
    const [evento] = await auditoria("Vigencia", vigencia.id);
    expect(evento).toMatchObject({
      accion: "COPIAR_VIGENCIA",
      actorId: e.actores.admin.id,
      despues: {
        anio: 2028,
        copiadaDe: { vigenciaId: e.vigencia.id, anio: 2020 },
        temas: 2,
        lineamientos: 4,
        acciones: 4,
        seguimientos: 4,
        responsables: 7,
      },
    });
  });

  it("copia una vigencia ya editada tal como quedó", async () => {
    const base = await copiar(2022);
    const tema = (await arbol(2022)).temas[1]!;
    const editado = await op.editarTema(e.actores.admin, {
      vigenciaId: base.id,
      temaId: tema.id,
      version: tema.version,
      codigo: "2.1.4.9",
      nombre: "Producción de centros (ajustado)",
    });
    expect(editado.ok).toBe(true);
    const copia = await copiar(2023, 2022);
    const plan = await leerPlan(db(), copia.id);
    expect(plan).toEqual(await leerPlan(db(), base.id));
    expect(plan[1]).toMatchObject({ codigo: "2.1.4.9", nombre: "Producción de centros (ajustado)" });
  });

  it("el nombre escrito se respeta y sin vigencia de origen el plan queda vacío", async () => {
    const resultado = await op.crearVigencia(e.actores.admin, {
      anio: "2024",
      nombre: "  Plan 2024 (borrador)  ",
      origenId: null,
    });
    expect(resultado.ok).toBe(true);
    const vigencia = await db().vigencia.findUniqueOrThrow({ where: { anio: 2024 } });
    expect(vigencia.nombre).toBe("Plan 2024 (borrador)");
    expect(await db().tema.count({ where: { vigenciaId: vigencia.id } })).toBe(0);
    expect((await auditoria("Vigencia", vigencia.id))[0]).toMatchObject({ accion: "CREAR" });
  });

  it("un año repetido se rechaza junto al campo y no crea nada", async () => {
    const antes = await db().vigencia.count();
    const resultado = await op.crearVigencia(e.actores.admin, { anio: "2020", nombre: "", origenId: null });
    expect(resultado).toMatchObject({
      ok: false,
      message: "No se creó la vigencia: revise el año.",
      fieldErrors: { anio: [expect.stringContaining("Ya existe una vigencia 2020")] },
    });
    expect(await db().vigencia.count()).toBe(antes);
  });

  it.each(["1999", "2100", "27", "dos mil"])("el año %j se rechaza", async (anio) => {
    const resultado = await op.crearVigencia(e.actores.admin, { anio, nombre: "", origenId: null });
    expect(resultado).toMatchObject({ ok: false, fieldErrors: { anio: [expect.any(String)] } });
  });

  it("una vigencia de origen inexistente se rechaza sin crear la nueva", async () => {
    const resultado = await op.crearVigencia(e.actores.admin, {
      anio: "2025",
      nombre: "",
      origenId: 999_999,
    });
    expect(resultado).toMatchObject({ ok: false, fieldErrors: { origenId: [expect.any(String)] } });
    expect(await db().vigencia.findUnique({ where: { anio: 2025 } })).toBeNull();
  });

  it("una vigencia que nadie ha usado se elimina con su plan y queda en la auditoría", async () => {
    const vigencia = await db().vigencia.findUniqueOrThrow({ where: { anio: 2023 } });
    const plan = await leerPlan(db(), vigencia.id);
    const resultado = await op.eliminarVigencia(e.actores.admin, { vigenciaId: vigencia.id });
    expect(resultado).toEqual({ ok: true, data: { anio: 2023 } });
    expect(await db().vigencia.findUnique({ where: { anio: 2023 } })).toBeNull();
    expect(await db().tema.count({ where: { vigenciaId: vigencia.id } })).toBe(0);
    expect(await db().seguimiento.count({ where: { vigenciaId: vigencia.id } })).toBe(0);
    expect((await auditoria("Vigencia", vigencia.id)).at(-1)).toMatchObject({
      accion: "ELIMINAR",
      antes: { anio: 2023, nombre: "Plan de Acción 2023", temas: plan },
      despues: null,
    });
  });

  it("una vigencia con metas de recaudo no se elimina", async () => {
    const vigencia = await db().vigencia.findUniqueOrThrow({ where: { anio: 2024 } });
    await db().metaRecaudo.create({
      data: { vigenciaId: vigencia.id, periodo: "2024-S1", ambito: "NACIONAL", monto: 1_000_000n },
    });
    const resultado = await op.eliminarVigencia(e.actores.admin, { vigenciaId: vigencia.id });
    expect(resultado).toEqual({
      ok: false,
      message:
        "No se puede eliminar la vigencia 2024: tiene 0 reportes (contando borradores) y 1 meta de " +
        "recaudo. Solo se elimina una vigencia que nadie ha empezado a usar.",
    });
    expect(await db().vigencia.findUnique({ where: { anio: 2024 } })).not.toBeNull();
  });

  it("la vigencia copiada produce enseguida las obligaciones de cada rol, con sus plazos", async () => {
    const vigencia = await db().vigencia.findUniqueOrThrow({ where: { anio: 2028 } });
    const hoy = "2028-05-01";
    const filas = async (actor: Actor) =>
      (await misObligaciones(actor, vigencia, hoy))!.obligaciones.map(
        (o) => `${o.tipoReporte} ${o.periodo.codigo} ${o.fechaLimite} ${o.estado}`,
      );
    expect(await filas(e.actores.subdirectorA)).toEqual([
      "TRAZABILIDAD_VENTAS 2028-T1 2028-04-15 PENDIENTE",
      "TRAZABILIDAD_VENTAS 2028-T2 2028-07-15 PENDIENTE",
      "TRAZABILIDAD_VENTAS 2028-T3 2028-10-15 PENDIENTE",
      "TRAZABILIDAD_VENTAS 2028-T4 2029-01-15 PENDIENTE",
      "COMITE_PRECIOS 2028 2029-01-30 PENDIENTE",
      "EJECUCION_RECURSOS 2028 2029-01-30 PENDIENTE",
    ]);
    expect(await filas(e.actores.subdirectorC)).toEqual(["EJECUCION_RECURSOS 2028 2029-01-30 PENDIENTE"]);
    expect(await filas(e.actores.coordinador)).toEqual([
      "RECAUDO 2028-S1 2028-07-30 PENDIENTE",
      "RECAUDO 2028-S2 2029-01-30 PENDIENTE",
    ]);
  });

  it("cambiar los días de oportunidad mueve las fechas límite", async () => {
    const vigencia = await db().vigencia.findUniqueOrThrow({ where: { anio: 2028 } });
    const s = await seguimientoDe(2028, "TRAZABILIDAD_VENTAS");
    const resultado = await op.editarSeguimiento(
      e.actores.admin,
      formulario(vigencia.id, s, { diasOportunidad: "20" }),
    );
    expect(resultado).toEqual({ ok: true, data: { version: s.version + 1 } });
    const obligaciones = (await misObligaciones(e.actores.subdirectorA, vigencia, "2028-05-01"))!
      .obligaciones;
    expect(obligaciones.find((o) => o.periodo.codigo === "2028-T1")?.fechaLimite).toBe("2028-04-20");
  });
});

describe("los días de oportunidad no mueven plazos que ya corrieron (decisión 0019)", () => {
  it("en una vigencia cuyo primer plazo ya venció, cambiar los días se rechaza junto al campo y nada cambia", async () => {
    const vigencia = await copiar(2018);
    const s = await seguimientoDe(2018, "TRAZABILIDAD_VENTAS");
    const resultado = await op.editarSeguimiento(
      e.actores.admin,
      formulario(vigencia.id, s, { diasOportunidad: "45" }),
    );
    expect(resultado).toEqual({
      ok: false,
      message: "No se guardó: los plazos que ya corrieron no se mueven.",
      fieldErrors: {
        diasOportunidad: [
          "No se puede cambiar: el plazo del trimestre 1 de 2018 ya venció el 15 de abr de 2018 y los " +
            "reportes se juzgaron a tiempo o tarde contra él. Cambie los días en la vigencia siguiente.",
        ],
      },
    });
    expect(await seguimientoDe(2018, "TRAZABILIDAD_VENTAS")).toEqual(s);
    // Everything else of the seguimiento still changes.
    const otros = await op.editarSeguimiento(
      e.actores.admin,
      formulario(vigencia.id, s, { observacion: "Relación de DEF y pagos." }),
    );
    expect(otros).toEqual({ ok: true, data: { version: s.version + 1 } });
  });

  it("tampoco se acepta un valor que dejaría en el pasado un plazo que aún no vencía", async () => {
    const s = await seguimientoDe(2028, "TRAZABILIDAD_VENTAS");
    const actual = {
      ...s,
      vigenciaId: (await db().vigencia.findUniqueOrThrow({ where: { anio: 2028 } })).id,
    };
    // On 5 April 2028 the first quarter's deadline (31 March + 15 or 20 days) has not passed yet.
    const hoy = "2028-04-05";
    await expect(
      exigirPlazosQueNoSeMueven(db(), actual, { ...actual, diasOportunidad: 1 }, hoy),
    ).rejects.toMatchObject({
      fieldErrors: {
        diasOportunidad: [
          "No se puede cambiar a 1 días: el plazo del trimestre 1 de 2028 quedaría en el pasado " +
            "(1 de abr de 2028). Cambie los días en la vigencia siguiente.",
        ],
      },
    });
    await expect(
      exigirPlazosQueNoSeMueven(
        db(),
        actual,
        { ...actual, diasOportunidad: actual.diasOportunidad + 5 },
        hoy,
      ),
    ).resolves.toBeUndefined();
  });
});

describe("quién puede administrar el plan", () => {
  const ANIO = 2029;
  let vigenciaId: number;
  let otraVigenciaId: number;

  beforeAll(async () => {
    vigenciaId = (await copiar(ANIO)).id;
    otraVigenciaId = e.vigencia.id;
  });

  /** The node each operation works on: the tema 2.1.4.2 and its last lineamiento and acción. */
  const primero = async () => {
    const tema = (await arbol(ANIO)).temas.find((t) => t.codigo === "2.1.4.2")!;
    const lineamiento = tema.lineamientos.at(-1)!;
    return { tema, lineamiento, accion: lineamiento.acciones.at(-1)! };
  };

  // Each operation with a valid input built from the current plan; the admin goes last, so the
  // refused roles always try the same thing the admin then does.
  const operaciones: [string, string, (a: Actor) => Promise<{ ok: boolean; message?: string }>][] = [
    [
      "crearVigencia",
      "Vigencia",
      (a) => op.crearVigencia(a, { anio: "2025", nombre: "", origenId: otraVigenciaId }),
    ],
    ["crearTema", "Tema", (a) => op.crearTema(a, { vigenciaId, codigo: "2.1.4.3", nombre: "Tema nuevo" })],
    [
      "editarTema",
      "Tema",
      async (a) => {
        const { tema } = await primero();
        return op.editarTema(a, {
          vigenciaId,
          temaId: tema.id,
          version: tema.version,
          codigo: tema.codigo,
          nombre: "Otro",
        });
      },
    ],
    [
      "crearLineamiento",
      "Lineamiento",
      async (a) => op.crearLineamiento(a, { vigenciaId, temaId: (await primero()).tema.id, texto: "Nuevo" }),
    ],
    [
      "editarLineamiento",
      "Lineamiento",
      async (a) => {
        const { lineamiento: l } = await primero();
        return op.editarLineamiento(a, {
          vigenciaId,
          lineamientoId: l.id,
          version: l.version,
          texto: "Editado",
        });
      },
    ],
    [
      "crearAccion",
      "Accion",
      async (a) =>
        op.crearAccion(a, {
          vigenciaId,
          lineamientoId: (await primero()).lineamiento.id,
          texto: "Acción nueva",
          resultadoEsperado: "Resultado",
        }),
    ],
    [
      "editarAccion",
      "Accion",
      async (a) => {
        const { accion } = await primero();
        return op.editarAccion(a, {
          vigenciaId,
          accionId: accion.id,
          version: accion.version,
          texto: "Acción editada",
          resultadoEsperado: "Otro resultado",
        });
      },
    ],
    [
      "editarSeguimiento",
      "Seguimiento",
      async (a) => {
        const s = await seguimientoDe(ANIO, "EJECUCION_RECURSOS");
        return op.editarSeguimiento(a, formulario(vigenciaId, s, { observacion: "Nueva observación" }));
      },
    ],
    [
      "eliminarSeguimiento",
      "Seguimiento",
      async (a) => {
        const s = await seguimientoDe(ANIO, "EJECUCION_RECURSOS");
        return op.eliminarSeguimiento(a, { vigenciaId, seguimientoId: s.id, version: s.version });
      },
    ],
    [
      "crearSeguimiento",
      "Seguimiento",
      async (a) => {
        const { accion } = await primero();
        return op.crearSeguimiento(a, {
          vigenciaId,
          accionId: accion.id,
          herramienta: "INFORME",
          tipoReporte: "EJECUCION_RECURSOS",
          periodicidad: "ANUAL",
          alcance: "POR_CENTRO",
          diasOportunidad: "45",
          observacion: "Aplicativo Plan de Acción.",
          soloCentrosConAprovechamiento: false,
          responsables: [{ cargo: "Subdirector de centro", rol: "SUBDIRECTOR" }],
        });
      },
    ],
    [
      "eliminarAccion",
      "Accion",
      async (a) => {
        const { accion } = await primero();
        return op.eliminarAccion(a, { vigenciaId, accionId: accion.id, version: accion.version });
      },
    ],
    [
      "eliminarLineamiento",
      "Lineamiento",
      async (a) => {
        const { lineamiento: l } = await primero();
        return op.eliminarLineamiento(a, { vigenciaId, lineamientoId: l.id, version: l.version });
      },
    ],
    [
      "eliminarTema",
      "Tema",
      async (a) => {
        const { tema } = await primero();
        return op.eliminarTema(a, { vigenciaId, temaId: tema.id, version: tema.version });
      },
    ],
    [
      "eliminarVigencia",
      "Vigencia",
      async (a) =>
        op.eliminarVigencia(a, {
          vigenciaId: (await db().vigencia.findUniqueOrThrow({ where: { anio: 2025 } })).id,
        }),
    ],
  ];

  const casos = operaciones.flatMap(([nombre, entidad, ejecutar]) =>
    (["coordinador", "consulta", "subdirectorA", "admin"] as const).map(
      (quien) => [nombre, quien, entidad, ejecutar] as const,
    ),
  );

  async function estado() {
    return {
      vigencias: await db().vigencia.findMany({ orderBy: { anio: "asc" } }),
      plan: await arbol(ANIO),
      auditoria: await db().auditLog.count(),
    };
  }

  it.each(casos)("%s por %s", async (_nombre, quien, entidad, ejecutar) => {
    const antes = await estado();
    const auditoriaAntes = await db().auditLog.count({ where: { entidad } });
    const resultado = await ejecutar(e.actores[quien]);
    if (quien === "admin") {
      expect(resultado).toMatchObject({ ok: true });
      expect(await db().auditLog.count({ where: { entidad } })).toBe(auditoriaAntes + 1);
      return;
    }
    expect(resultado).toEqual({ ok: false, message: "No tiene permiso para realizar esta operación." });
    expect(await estado()).toEqual(antes);
  });
});

describe("reglas que mantienen el sentido de los datos", () => {
  const ANIO = 2030;
  let vigenciaId: number;

  beforeAll(async () => {
    vigenciaId = (await copiar(ANIO)).id;
    const trazabilidad = await seguimientoDe(ANIO, "TRAZABILIDAD_VENTAS");
    const ejecucion = await seguimientoDe(ANIO, "EJECUCION_RECURSOS");
    const borrador = (seguimientoId: number, periodo: string, centroId: number, creadoPorId: number) =>
      db().reporte.create({
        data: {
          seguimientoId,
          vigenciaId,
          tipo: seguimientoId === trazabilidad.id ? "TRAZABILIDAD_VENTAS" : "EJECUCION_RECURSOS",
          periodo,
          centroId,
          ambito: String(centroId),
          creadoPorId,
        },
      });
    await borrador(trazabilidad.id, `${ANIO}-T1`, e.centroA.id, e.actores.subdirectorA.id);
    await borrador(trazabilidad.id, `${ANIO}-T2`, e.centroA.id, e.actores.subdirectorA.id);
    await borrador(ejecucion.id, String(ANIO), e.centroC.id, e.actores.subdirectorC.id);
  });

  it("con reportes no cambian la periodicidad, el alcance ni el tipo de reporte", async () => {
    const s = await seguimientoDe(ANIO, "TRAZABILIDAD_VENTAS");
    const resultado = await op.editarSeguimiento(
      e.actores.admin,
      formulario(vigenciaId, s, {
        tipoReporte: "RECAUDO",
        periodicidad: "SEMESTRAL",
        alcance: "NACIONAL",
        soloCentrosConAprovechamiento: false,
      }),
    );
    expect(resultado).toMatchObject({
      ok: false,
      message:
        "No se guardó: este seguimiento ya tiene 2 reportes y los cambios marcados les quitarían su sentido.",
      fieldErrors: {
        periodicidad: ["No se puede cambiar: el seguimiento ya tiene 2 reportes y perderían sus periodos."],
        alcance: ["No se puede cambiar: el seguimiento ya tiene 2 reportes y perderían quién los presenta."],
        tipoReporte: ["No se puede cambiar: el seguimiento ya tiene 2 reportes y perderían su formulario."],
      },
    });
    expect(await seguimientoDe(ANIO, "TRAZABILIDAD_VENTAS")).toEqual(s);
  });

  it("con reportes los textos, la herramienta, los días y los responsables sí cambian", async () => {
    const s = await seguimientoDe(ANIO, "TRAZABILIDAD_VENTAS");
    const responsables = [
      { cargo: "Subdirector de centro", rol: "SUBDIRECTOR" as const },
      { cargo: "Coordinador Grupo de Recaudo y Cartera", rol: "COORDINADOR" as const },
      { cargo: "Líder de producción de centros", rol: "CONSULTA" as const },
    ];
    const resultado = await op.editarSeguimiento(
      e.actores.admin,
      formulario(vigenciaId, s, {
        herramienta: "REPORTE",
        diasOportunidad: "10",
        observacion: "  Relación de DEF y pagos del trimestre.  ",
        responsables,
      }),
    );
    expect(resultado).toEqual({ ok: true, data: { version: s.version + 1 } });
    const editado = await seguimientoDe(ANIO, "TRAZABILIDAD_VENTAS");
    expect(editado).toMatchObject({
      herramienta: "REPORTE",
      diasOportunidad: 10,
      observacion: "Relación de DEF y pagos del trimestre.",
      version: s.version + 1,
    });
    expect(editado.responsables.map((r) => [r.orden, r.cargo, r.rol])).toEqual([
      [1, "Subdirector de centro", "SUBDIRECTOR"],
      [2, "Coordinador Grupo de Recaudo y Cartera", "COORDINADOR"],
      [3, "Líder de producción de centros", "CONSULTA"],
    ]);
    const evento = (await auditoria("Seguimiento", s.id)).at(-1);
    expect(evento).toMatchObject({
      accion: "EDITAR",
      actorId: e.actores.admin.id,
      antes: {
        vigenciaId,
        diasOportunidad: 15,
        herramienta: "INFORME",
        version: s.version,
        responsables: s.responsables.map((r) => ({ cargo: r.cargo, rol: r.rol })),
      },
      despues: { diasOportunidad: 10, herramienta: "REPORTE", version: s.version + 1, responsables },
    });
  });

  it("una vigencia con reportes no se elimina", async () => {
    const resultado = await op.eliminarVigencia(e.actores.admin, { vigenciaId });
    expect(resultado).toMatchObject({
      ok: false,
      message: expect.stringContaining(`No se puede eliminar la vigencia ${ANIO}: tiene 3 reportes`),
    });
    expect(await leerPlan(db(), vigenciaId)).toHaveLength(2);
  });

  it("no se restringe a centros con aprovechamiento si reportó un centro que no genera", async () => {
    const s = await seguimientoDe(ANIO, "EJECUCION_RECURSOS");
    const resultado = await op.editarSeguimiento(
      e.actores.admin,
      formulario(vigenciaId, s, { soloCentrosConAprovechamiento: true }),
    );
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: {
        soloCentrosConAprovechamiento: [expect.stringMatching(/^No se puede restringir: hay un reporte/)],
      },
    });
  });

  it("un seguimiento con reportes no se elimina, ni lo que lo contiene; lo demás sí", async () => {
    const plan = await arbol(ANIO);
    const tema = plan.temas.find((t) => t.codigo === "2.1.4.2")!;
    const lineamiento = tema.lineamientos[1]!;
    const accion = lineamiento.acciones[0]!;
    const s = accion.seguimientos[0]!;
    expect(s.tipoReporte).toBe("TRAZABILIDAD_VENTAS");
    const intentos = [
      [
        op.eliminarSeguimiento(e.actores.admin, { vigenciaId, seguimientoId: s.id, version: s.version }),
        "este seguimiento: ya tiene 2 reportes",
      ],
      [
        op.eliminarAccion(e.actores.admin, { vigenciaId, accionId: accion.id, version: accion.version }),
        "esta acción: uno de sus seguimientos ya tiene 2 reportes",
      ],
      [
        op.eliminarLineamiento(e.actores.admin, {
          vigenciaId,
          lineamientoId: lineamiento.id,
          version: lineamiento.version,
        }),
        "este lineamiento: uno de sus seguimientos ya tiene 2 reportes",
      ],
      [
        op.eliminarTema(e.actores.admin, { vigenciaId, temaId: tema.id, version: tema.version }),
        "este tema: 2 de sus seguimientos ya tienen reportes (3 reportes en total)",
      ],
    ] as const;
    for (const [intento, mensaje] of intentos) {
      const resultado = await intento;
      expect(resultado).toMatchObject({
        ok: false,
        message: expect.stringContaining(`No se puede eliminar ${mensaje}`),
      });
    }
    expect(await arbol(ANIO)).toEqual(plan);

    const comite = tema.lineamientos[0]!;
    const borrado = await op.eliminarLineamiento(e.actores.admin, {
      vigenciaId,
      lineamientoId: comite.id,
      version: comite.version,
    });
    expect(borrado).toEqual({ ok: true, data: { id: comite.id } });
    expect(await db().lineamiento.findUnique({ where: { id: comite.id } })).toBeNull();
    const evento = (await auditoria("Lineamiento", comite.id)).at(-1);
    expect(evento).toMatchObject({
      accion: "ELIMINAR",
      despues: null,
      antes: { texto: comite.texto, acciones: [{ seguimientos: [{ tipoReporte: "COMITE_PRECIOS" }] }] },
    });
  });

  it.each([
    [
      "RECAUDO trimestral",
      { tipoReporte: "RECAUDO", periodicidad: "TRIMESTRAL", alcance: "NACIONAL" },
      "periodicidad",
    ],
    [
      "RECAUDO por centro",
      { tipoReporte: "RECAUDO", periodicidad: "SEMESTRAL", alcance: "POR_CENTRO" },
      "alcance",
    ],
    [
      "DEF anual",
      { tipoReporte: "TRAZABILIDAD_VENTAS", periodicidad: "ANUAL", alcance: "POR_CENTRO" },
      "periodicidad",
    ],
    [
      "comité nacional",
      { tipoReporte: "COMITE_PRECIOS", periodicidad: "ANUAL", alcance: "NACIONAL" },
      "alcance",
    ],
  ] as const)(
    "una combinación que la aplicación no maneja se rechaza: %s",
    async (_caso, combinacion, campo) => {
      const accionId = (await arbol(ANIO)).temas[0]!.lineamientos[0]!.acciones[0]!.id;
      const antes = await db().seguimiento.count({ where: { vigenciaId } });
      const resultado = await op.crearSeguimiento(e.actores.admin, {
        vigenciaId,
        accionId,
        herramienta: "INFORME",
        ...combinacion,
        diasOportunidad: "30",
        observacion: "Prueba",
        soloCentrosConAprovechamiento: false,
        responsables: [
          { cargo: "Coordinador", rol: "COORDINADOR" },
          { cargo: "Subdirector", rol: "SUBDIRECTOR" },
        ],
      });
      expect(resultado).toMatchObject({
        ok: false,
        fieldErrors: { [campo]: [expect.stringContaining("solo puede ser")] },
      });
      expect(await db().seguimiento.count({ where: { vigenciaId } })).toBe(antes);
    },
  );

  it("un segundo seguimiento del mismo tipo en la vigencia se rechaza", async () => {
    const accionId = (await arbol(ANIO)).temas[0]!.lineamientos[0]!.acciones[0]!.id;
    const resultado = await op.crearSeguimiento(e.actores.admin, {
      vigenciaId,
      accionId,
      herramienta: "INFORME",
      tipoReporte: "RECAUDO",
      periodicidad: "SEMESTRAL",
      alcance: "NACIONAL",
      diasOportunidad: "30",
      observacion: "Otro informe de recaudo",
      soloCentrosConAprovechamiento: false,
      responsables: [{ cargo: "Coordinador", rol: "COORDINADOR" }],
    });
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: {
        tipoReporte: [expect.stringContaining("cada tipo de reporte va en un solo seguimiento")],
      },
    });
  });

  it("sin el rol que presenta entre los responsables se rechaza", async () => {
    const s = await seguimientoDe(ANIO, "RECAUDO");
    const resultado = await op.editarSeguimiento(
      e.actores.admin,
      formulario(vigenciaId, s, { responsables: [{ cargo: "Subdirector de centro", rol: "SUBDIRECTOR" }] }),
    );
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: {
        responsables: [expect.stringContaining("Los reportes nacionales los presenta el coordinador")],
      },
    });
  });

  it("un código de tema repetido se rechaza junto al campo", async () => {
    const [primero, segundo] = (await arbol(ANIO)).temas;
    const resultado = await op.editarTema(e.actores.admin, {
      vigenciaId,
      temaId: segundo!.id,
      version: segundo!.version,
      codigo: `${primero!.codigo}.`,
      nombre: segundo!.nombre,
    });
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: {
        codigo: [expect.stringContaining(`«${primero!.codigo} ${primero!.nombre}» ya usa este código`)],
      },
    });
  });
});

describe("dos administradores a la vez y ids ajenos", () => {
  const ANIO = 2027;
  let vigenciaId: number;

  beforeAll(async () => {
    vigenciaId = (await copiar(ANIO)).id;
  });

  it("guardar sobre una versión vieja se rechaza y no borra el cambio del otro", async () => {
    const accion = (await arbol(ANIO)).temas[0]!.lineamientos[0]!.acciones[0]!;
    const base = { vigenciaId, accionId: accion.id, version: accion.version };
    const primero = await op.editarAccion(e.actores.admin, {
      ...base,
      texto: "Primera",
      resultadoEsperado: "R1",
    });
    expect(primero).toEqual({ ok: true, data: { version: accion.version + 1 } });
    const segundo = await op.editarAccion(e.actores.admin, {
      ...base,
      texto: "Segunda",
      resultadoEsperado: "R2",
    });
    expect(segundo).toEqual({ ok: false, message: mensajeDesactualizado("esta acción") });
    expect(await db().accion.findUniqueOrThrow({ where: { id: accion.id } })).toMatchObject({
      texto: "Primera",
      resultadoEsperado: "R1",
      version: accion.version + 1,
    });
    const eliminar = await op.eliminarAccion(e.actores.admin, base);
    expect(eliminar).toEqual({ ok: false, message: mensajeDesactualizado("esta acción") });
  });

  it("dos guardados simultáneos desde la misma versión: uno entra y el otro se rechaza", async () => {
    const l = (await arbol(ANIO)).temas[1]!.lineamientos[0]!;
    const textos = ["Desde la primera pestaña", "Desde la segunda pestaña"];
    const resultados = await Promise.all(
      textos.map((texto) =>
        op.editarLineamiento(e.actores.admin, { vigenciaId, lineamientoId: l.id, version: l.version, texto }),
      ),
    );
    expect(resultados.filter((r) => r.ok)).toEqual([{ ok: true, data: { version: l.version + 1 } }]);
    expect(resultados.filter((r) => !r.ok)).toEqual([
      { ok: false, message: mensajeDesactualizado("este lineamiento") },
    ]);
    const guardado = await db().lineamiento.findUniqueOrThrow({ where: { id: l.id } });
    expect(guardado.version).toBe(l.version + 1);
    expect(guardado.texto).toBe(textos[resultados.findIndex((r) => r.ok)]);
    const ediciones = (await auditoria("Lineamiento", l.id)).filter((ev) => ev.accion === "EDITAR");
    expect(ediciones).toHaveLength(1);
    expect(ediciones[0]).toMatchObject({ despues: { texto: guardado.texto, version: l.version + 1 } });
  });

  it("un seguimiento guardado por otro entretanto no se sobrescribe", async () => {
    const s = await seguimientoDe(ANIO, "COMITE_PRECIOS");
    expect(
      (await op.editarSeguimiento(e.actores.admin, formulario(vigenciaId, s, { diasOportunidad: "40" }))).ok,
    ).toBe(true);
    const viejo = await op.editarSeguimiento(
      e.actores.admin,
      formulario(vigenciaId, s, { observacion: "Otra" }),
    );
    expect(viejo).toEqual({ ok: false, message: mensajeDesactualizado("este seguimiento") });
    expect(await seguimientoDe(ANIO, "COMITE_PRECIOS")).toMatchObject({
      diasOportunidad: 40,
      observacion: s.observacion,
    });
  });

  it("un nodo de otra vigencia se rechaza aunque el id exista, y esa vigencia no cambia", async () => {
    const plan2020 = await arbol(2020);
    const tema = plan2020.temas[0]!;
    const lineamiento = tema.lineamientos[0]!;
    const accion = lineamiento.acciones[0]!;
    const s = accion.seguimientos[0]!;
    const intentos = [
      op.editarTema(e.actores.admin, {
        vigenciaId,
        temaId: tema.id,
        version: tema.version,
        codigo: "9",
        nombre: "X",
      }),
      op.eliminarTema(e.actores.admin, { vigenciaId, temaId: tema.id, version: tema.version }),
      op.crearLineamiento(e.actores.admin, { vigenciaId, temaId: tema.id, texto: "Intruso" }),
      op.editarLineamiento(e.actores.admin, {
        vigenciaId,
        lineamientoId: lineamiento.id,
        version: 1,
        texto: "X",
      }),
      op.crearAccion(e.actores.admin, {
        vigenciaId,
        lineamientoId: lineamiento.id,
        texto: "X",
        resultadoEsperado: "X",
      }),
      op.editarAccion(e.actores.admin, {
        vigenciaId,
        accionId: accion.id,
        version: 1,
        texto: "X",
        resultadoEsperado: "X",
      }),
      op.eliminarSeguimiento(e.actores.admin, { vigenciaId, seguimientoId: s.id, version: s.version }),
      op.editarSeguimiento(e.actores.admin, { ...formulario(vigenciaId, s), observacion: "X" }),
    ];
    for (const resultado of await Promise.all(intentos)) {
      expect(resultado).toEqual({ ok: false, message: MENSAJE_NODO_AJENO });
    }
    expect(await arbol(2020)).toEqual(plan2020);
    expect(await leerPlan(db(), e.vigencia.id)).toEqual(PLAN_2020);
  });

  it("agregar hijos los pone al final, en orden, y los audita", async () => {
    const tema = (await arbol(ANIO)).temas[0]!;
    const creado = await op.crearLineamiento(e.actores.admin, {
      vigenciaId,
      temaId: tema.id,
      texto: "  Nuevo lineamiento  ",
    });
    expect(creado.ok).toBe(true);
    if (!creado.ok) return;
    const lineamientos = (await arbol(ANIO)).temas[0]!.lineamientos;
    expect(lineamientos.map((l) => [l.orden, l.texto]).at(-1)).toEqual([
      tema.lineamientos.length + 1,
      "Nuevo lineamiento",
    ]);
    expect((await auditoria("Lineamiento", creado.data.id))[0]).toMatchObject({
      accion: "CREAR",
      antes: null,
      despues: {
        vigenciaId,
        temaId: tema.id,
        texto: "Nuevo lineamiento",
        orden: tema.lineamientos.length + 1,
      },
    });
  });
});
