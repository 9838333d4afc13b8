import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leerPlan } from "@/features/plan/creacion";
import { MENSAJE_NODO_AJENO, mensajeDesactualizado } from "@/features/plan/nodos";
import * as op from "@/features/plan/operaciones";
import { db } from "@/server/db";
import { PLAN_2020 } from "../../prisma/seed/plan-2020";
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

beforeAll(prepararPlanAdmin);
afterAll(cerrarPlanAdmin);

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
