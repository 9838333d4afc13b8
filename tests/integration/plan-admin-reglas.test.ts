import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leerPlan } from "@/features/plan/creacion";
import * as op from "@/features/plan/operaciones";
import { db } from "@/server/db";
import {
  arbol,
  auditoria,
  cerrarPlanAdmin,
  copiar,
  e,
  formulario,
  prepararPlanAdmin,
  seguimientoDe,
} from "../helpers/plan-admin";
import { declaracionDelTipo } from "@/features/plan/declaraciones-2020";

beforeAll(prepararPlanAdmin);
afterAll(cerrarPlanAdmin);

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

  it("con reportes no cambian la clave, la periodicidad ni el alcance", async () => {
    const s = await seguimientoDe(ANIO, "TRAZABILIDAD_VENTAS");
    const resultado = await op.editarSeguimiento(
      e.actores.admin,
      formulario(vigenciaId, s, {
        clave: "otra-clave",
        periodicidad: "SEMESTRAL",
        alcance: "NACIONAL",
        obligados: "TODOS",
      }),
    );
    expect(resultado).toMatchObject({
      ok: false,
      message:
        "No se guardó: este seguimiento ya tiene 2 reportes y los cambios marcados les quitarían su sentido.",
      fieldErrors: {
        periodicidad: ["No se puede cambiar: el seguimiento ya tiene 2 reportes y perderían sus periodos."],
        alcance: ["No se puede cambiar: el seguimiento ya tiene 2 reportes y perderían quién los presenta."],
        clave: [
          "No se puede cambiar: el seguimiento ya tiene 2 reportes y perderían el seguimiento al que pertenecen.",
        ],
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
      formulario(vigenciaId, s, { obligados: "CON_APROVECHAMIENTO" }),
    );
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: {
        obligados: [expect.stringMatching(/^No se puede restringir: hay un reporte/)],
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
      antes: { texto: comite.texto, acciones: [{ seguimientos: [{ clave: "comite-precios" }] }] },
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
        ...declaracionDelTipo(combinacion.tipoReporte),
        periodicidad: combinacion.periodicidad,
        alcance: combinacion.alcance,
        obligados: "TODOS",
        diasOportunidad: "30",
        observacion: "Prueba",
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

  it("un segundo seguimiento con la misma clave en la vigencia se rechaza", async () => {
    const accionId = (await arbol(ANIO)).temas[0]!.lineamientos[0]!.acciones[0]!.id;
    const antes = await db().seguimiento.count({ where: { vigenciaId } });
    const resultado = await op.crearSeguimiento(e.actores.admin, {
      vigenciaId,
      accionId,
      herramienta: "INFORME",
      ...declaracionDelTipo("RECAUDO"),
      periodicidad: "SEMESTRAL",
      alcance: "NACIONAL",
      diasOportunidad: "30",
      observacion: "Otro informe de recaudo",
      responsables: [{ cargo: "Coordinador", rol: "COORDINADOR" }],
    });
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: {
        clave: [expect.stringContaining("Cada seguimiento de una vigencia tiene su propia clave")],
      },
    });
    expect(await db().seguimiento.count({ where: { vigenciaId } })).toBe(antes);
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
