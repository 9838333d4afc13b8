import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { misObligaciones } from "@/features/obligaciones/queries";
import { leerPlan } from "@/features/plan/creacion";
import * as op from "@/features/plan/operaciones";
import { exigirPlazosQueNoSeMueven } from "@/features/plan/restricciones";
import type { Actor } from "@/server/autorizacion";
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
import { tipoDe } from "../helpers/escenario";

beforeAll(prepararPlanAdmin);
afterAll(cerrarPlanAdmin);

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
        (o) => `${tipoDe(o)} ${o.periodo.codigo} ${o.fechaLimite} ${o.estado}`,
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
