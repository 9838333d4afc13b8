import { beforeAll, describe, expect, it } from "vitest";
import { guardarReporte, iniciarReporte } from "@/features/reportes/operaciones";
import { MENSAJE_FALTA_JUSTIFICACION } from "@/lib/seguimientos/reglas";
import { colaDeRevision } from "@/features/revision/queries";
import { filtrosColaSchema } from "@/features/revision/schemas";
import type { Actor } from "@/server/autorizacion";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { crearEscenario, type Escenario } from "../helpers/escenario";

let e: Escenario;
const prisma = crearClientePrisma(process.env.DATABASE_URL!);

beforeAll(async () => {
  e = await crearEscenario("reg");
});

async function abrir(actor: Actor, tipo: string, periodo: string): Promise<number> {
  const seguimiento = await prisma.seguimiento.findFirstOrThrow({
    where: { vigenciaId: e.vigencia.id, tipoReporte: tipo as never },
  });
  const r = await iniciarReporte(actor, { seguimientoId: seguimiento.id, periodo });
  if (!r.ok) throw new Error(r.message);
  return r.data.reporteId;
}

/** Everything a refused save must leave as it was: the report, its detail and its audit trail. */
async function fotografia(reporteId: number) {
  const [reporte, auditoria] = await Promise.all([
    prisma.reporte.findUniqueOrThrow({
      where: { id: reporteId },
      include: { comitePrecios: true, trazabilidadVentas: true, ejecucionRecursos: true, plazos: true },
    }),
    prisma.auditLog.count({ where: { reporteId } }),
  ]);
  return { reporte, auditoria };
}

async function guardar(actor: Actor, reporteId: number, enviar: boolean, datos: Record<string, unknown>) {
  const { version } = await prisma.reporte.findUniqueOrThrow({ where: { id: reporteId } });
  return guardarReporte(actor, { reporteId, version, enviar, datos });
}

const TRAZABILIDAD = {
  tipo: "TRAZABILIDAD_VENTAS",
  totalAprovechamientos: "10.000.000",
  totalFacturadoDef: "8.000.000",
  numeroDef: "40",
  pagosRecibidos: "7.500.000",
};

const EJECUCION = {
  tipo: "EJECUCION_RECURSOS",
  recursosSolicitados: "50.000.000",
  recursosAsignados: "40.000.000",
  recursosEjecutados: "35.000.000",
  registradoModuloPlanAccion: true,
};

describe("reglas que el servidor hace cumplir al enviar", () => {
  it("DEF facturado mayor que los aprovechamientos: el envío se rechaza junto al campo y nada cambia", async () => {
    const id = await abrir(e.actores.subdirectorA, "TRAZABILIDAD_VENTAS", "2020-T2");
    const datos = { ...TRAZABILIDAD, totalFacturadoDef: "10.000.001" };
    // Saved as a draft: a rule that blocks stops the submission, not the draft.
    expect(await guardar(e.actores.subdirectorA, id, false, datos)).toMatchObject({ ok: true });
    const antes = await fotografia(id);
    expect(antes.reporte.trazabilidadVentas?.totalFacturadoDef).toBe(10_000_001n);

    const r = await guardar(e.actores.subdirectorA, id, true, {
      ...datos,
      justificacion: "Una justificación no basta para esta regla.",
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fieldErrors).toEqual({
      totalFacturadoDef: [
        "El total facturado con DEF supera el total de aprovechamientos en $\u00a01: lo facturado con " +
          "documento equivalente es parte de las ventas del trimestre. Corrija una de las dos cifras.",
      ],
    });
    expect(await fotografia(id)).toEqual(antes);

    const igual = await guardar(e.actores.subdirectorA, id, true, {
      ...datos,
      totalFacturadoDef: "10.000.000",
    });
    expect(igual).toMatchObject({ ok: true, data: { estado: "ENVIADO" } });
    const enviado = await fotografia(id);
    expect(enviado.reporte.trazabilidadVentas).toMatchObject({
      totalAprovechamientos: 10_000_000n,
      totalFacturadoDef: 10_000_000n,
      justificacion: null,
    });
  });

  it("pagos mayores que lo facturado con DEF: sin justificación se rechaza; con ella se envía y quien revisa la ve", async () => {
    const id = await abrir(e.actores.subdirectorA, "TRAZABILIDAD_VENTAS", "2020-T3");
    const datos = { ...TRAZABILIDAD, pagosRecibidos: "9.000.000" };
    await guardar(e.actores.subdirectorA, id, false, datos);
    const antes = await fotografia(id);

    for (const justificacion of [undefined, "", "Muy corta."]) {
      const r = await guardar(e.actores.subdirectorA, id, true, { ...datos, justificacion });
      expect(r).toEqual({
        ok: false,
        message: "No se envió: revise los campos marcados, hay datos que faltan o no son válidos.",
        fieldErrors: { justificacion: [MENSAJE_FALTA_JUSTIFICACION] },
      });
      expect(await fotografia(id)).toEqual(antes);
    }

    const texto = "Se recibieron pagos de documentos equivalentes emitidos en el trimestre 2.";
    const r = await guardar(e.actores.subdirectorA, id, true, { ...datos, justificacion: `  ${texto} ` });
    expect(r).toMatchObject({ ok: true, data: { estado: "ENVIADO" } });
    const enviado = await fotografia(id);
    expect(enviado.reporte.trazabilidadVentas).toMatchObject({
      pagosRecibidos: 9_000_000n,
      totalFacturadoDef: 8_000_000n,
      justificacion: texto,
    });
    const edicion = await prisma.auditLog.findFirstOrThrow({
      where: { reporteId: id, accion: "EDITAR" },
      orderBy: { id: "desc" },
    });
    expect(edicion.despues).toMatchObject({ justificacion: texto });

    const cola = await colaDeRevision(
      e.actores.coordinador,
      filtrosColaSchema.parse({ vigencia: "2020", tipo: "TRAZABILIDAD_VENTAS", periodo: "2020-T3" }),
    );
    const fila = cola.filas.find((f) => f.id === id);
    expect(fila?.justificada).toBe(true);
    // The report of the scenario was sent without any justification.
    const sinJustificar = await colaDeRevision(
      e.actores.coordinador,
      filtrosColaSchema.parse({ vigencia: "2020", tipo: "TRAZABILIDAD_VENTAS", periodo: "2020-T1" }),
    );
    expect(sinJustificar.filas.find((f) => f.id === e.reporteA.id)?.justificada).toBe(false);
  });

  it("asignados mayores que los solicitados: piden justificación; con ella se envía", async () => {
    const id = await abrir(e.actores.subdirectorB, "EJECUCION_RECURSOS", "2020");
    const datos = { ...EJECUCION, recursosAsignados: "60.000.000" };
    await guardar(e.actores.subdirectorB, id, false, datos);
    const antes = await fotografia(id);
    const r = await guardar(e.actores.subdirectorB, id, true, datos);
    expect(!r.ok && r.fieldErrors).toEqual({ justificacion: [MENSAJE_FALTA_JUSTIFICACION] });
    expect(await fotografia(id)).toEqual(antes);

    const texto = "Adición presupuestal aprobada en julio para la línea de producción.";
    expect(await guardar(e.actores.subdirectorB, id, true, { ...datos, justificacion: texto })).toMatchObject(
      {
        ok: true,
        data: { estado: "ENVIADO" },
      },
    );
    expect((await fotografia(id)).reporte.ejecucionRecursos).toMatchObject({
      recursosSolicitados: 50_000_000n,
      recursosAsignados: 60_000_000n,
      justificacion: texto,
    });
  });

  it("ejecutados mayores que los asignados: se rechaza aun con justificación; iguales se aceptan", async () => {
    const id = await abrir(e.actores.subdirectorC, "EJECUCION_RECURSOS", "2020");
    const datos = {
      ...EJECUCION,
      recursosEjecutados: "40.000.500",
      justificacion: "Se ejecutó con recursos de otra fuente.",
    };
    await guardar(e.actores.subdirectorC, id, false, datos);
    const antes = await fotografia(id);
    const r = await guardar(e.actores.subdirectorC, id, true, datos);
    expect(r.ok).toBe(false);
    expect(Object.keys((!r.ok && r.fieldErrors) || {})).toEqual(["recursosEjecutados"]);
    expect(!r.ok && r.fieldErrors?.recursosEjecutados?.[0]).toMatch(
      /^Los recursos ejecutados superan los asignados en \$\s500: no se puede ejecutar más de lo asignado\./,
    );
    expect(await fotografia(id)).toEqual(antes);

    const igual = await guardar(e.actores.subdirectorC, id, true, {
      ...datos,
      recursosEjecutados: "40.000.000",
    });
    expect(igual).toMatchObject({ ok: true, data: { estado: "ENVIADO" } });
  });
});

describe("borradores que guardan lo escrito", () => {
  it("un borrador del comité con solo el número del acta se guarda; enviarlo se rechaza campo por campo sin cambiar nada", async () => {
    const id = await abrir(e.actores.subdirectorA, "COMITE_PRECIOS", "2020");
    const borrador = await guardar(e.actores.subdirectorA, id, false, {
      tipo: "COMITE_PRECIOS",
      fechaActa: "",
      numeroActa: "014-2020",
      productosServiciosPreciados: "",
    });
    expect(borrador).toEqual({ ok: true, data: { version: 2, estado: "BORRADOR" } });
    const guardado = await fotografia(id);
    expect(guardado.reporte.comitePrecios).toEqual({
      reporteId: id,
      fechaActa: null,
      numeroActa: "014-2020",
      productosServiciosPreciados: null,
    });
    expect(
      await prisma.auditLog.findFirstOrThrow({ where: { reporteId: id, accion: "EDITAR" } }),
    ).toMatchObject({
      despues: { numeroActa: "014-2020", fechaActa: null, productosServiciosPreciados: null },
    });

    const envio = await guardar(e.actores.subdirectorA, id, true, {
      tipo: "COMITE_PRECIOS",
      numeroActa: "014-2020",
    });
    expect(envio).toEqual({
      ok: false,
      message: "No se envió: revise los campos marcados, hay datos que faltan o no son válidos.",
      fieldErrors: {
        fechaActa: ["Escriba «Fecha del acta»."],
        productosServiciosPreciados: ["Escriba «Productos y servicios con precio fijado»."],
      },
    });
    expect(await fotografia(id)).toEqual(guardado);
  });

  it("un borrador revisa los tipos: una fecha inexistente o un monto con decimales se rechazan y nada cambia", async () => {
    const id = await abrir(e.actores.subdirectorB, "COMITE_PRECIOS", "2020");
    const antes = await fotografia(id);
    const fecha = await guardar(e.actores.subdirectorB, id, false, {
      tipo: "COMITE_PRECIOS",
      fechaActa: "2020-02-30",
    });
    expect(fecha).toEqual({
      ok: false,
      message: "No se guardó el borrador: revise los campos marcados, hay datos que no son válidos.",
      fieldErrors: { fechaActa: ["Escriba una fecha válida (año-mes-día)."] },
    });
    expect(await fotografia(id)).toEqual(antes);

    const traz = await abrir(e.actores.subdirectorB, "TRAZABILIDAD_VENTAS", "2020-T3");
    const antesTraz = await fotografia(traz);
    const monto = await guardar(e.actores.subdirectorB, traz, false, {
      tipo: "TRAZABILIDAD_VENTAS",
      pagosRecibidos: "1.500,50",
    });
    expect(!monto.ok && monto.fieldErrors).toEqual({
      pagosRecibidos: ["Escriba un valor en pesos, sin decimales: por ejemplo 1.250.000."],
    });
    expect(await fotografia(traz)).toEqual(antesTraz);
  });

  it("un borrador que vacía un campo ya guardado lo deja vacío, y volver a completarlo permite enviar", async () => {
    const id = await abrir(e.actores.subdirectorB, "TRAZABILIDAD_VENTAS", "2020-T4");
    await guardar(e.actores.subdirectorB, id, false, TRAZABILIDAD);
    await guardar(e.actores.subdirectorB, id, false, { ...TRAZABILIDAD, numeroDef: "" });
    expect((await fotografia(id)).reporte.trazabilidadVentas).toMatchObject({
      totalAprovechamientos: 10_000_000n,
      numeroDef: null,
    });
    const r = await guardar(e.actores.subdirectorB, id, true, { ...TRAZABILIDAD, numeroDef: "" });
    expect(!r.ok && r.fieldErrors).toEqual({
      numeroDef: ["Escriba «Documentos equivalentes a factura emitidos»."],
    });
    expect(await guardar(e.actores.subdirectorB, id, true, TRAZABILIDAD)).toMatchObject({
      ok: true,
      data: { estado: "ENVIADO" },
    });
  });

  it("la base rechaza un reporte enviado o aprobado con un dato vacío: ningún nulo llega a los tableros", async () => {
    const reporteId = await abrir(e.actores.subdirectorA, "TRAZABILIDAD_VENTAS", "2020-T4");
    await guardar(e.actores.subdirectorA, reporteId, false, { tipo: "TRAZABILIDAD_VENTAS", numeroDef: "3" });
    for (const estado of ["ENVIADO", "APROBADO"] as const) {
      await expect(prisma.reporte.update({ where: { id: reporteId }, data: { estado } })).rejects.toThrow(
        /está enviado o aprobado con datos incompletos/,
      );
    }
    expect((await fotografia(reporteId)).reporte.estado).toBe("BORRADOR");
    // …nor a null written into the detail of a report already sent.
    await expect(
      prisma.reporteTrazabilidadVentas.update({
        where: { reporteId: e.reporteA.id },
        data: { totalFacturadoDef: null },
      }),
    ).rejects.toThrow(/está enviado o aprobado con datos incompletos/);
    expect(
      (await prisma.reporteTrazabilidadVentas.findUniqueOrThrow({ where: { reporteId: e.reporteA.id } }))
        .totalFacturadoDef,
    ).toBe(800_000n);
  });
});
