import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ejecutarPasada } from "@/features/recordatorios/pasada";
import { formatearFecha } from "@/lib/fechas";
import {
  ANIO,
  centros,
  cerrarRecordatorios,
  conAtraso,
  coordinador2,
  de,
  e,
  grupo,
  LIMITE_RECAUDO_S1,
  LIMITE_T1,
  mios,
  nombres,
  ordenados,
  pasada,
  prepararRecordatorios,
  prisma,
  RECAUDO_S1,
  recibidos,
  REGIONAL,
  regionalA,
  regionalB,
  reportes,
  RESUMENES,
  seguimiento,
  T1,
} from "../helpers/recordatorios";

beforeAll(prepararRecordatorios);
afterAll(cerrarRecordatorios);

describe("avisos antes de la fecha límite de un reporte sin enviar", () => {
  it("siete días antes, cada subdirector de un centro que debe el trimestre recibe «Vence en 7 días»", async () => {
    const { recibido, unica } = await pasada("2061-04-08");
    // A digest goes out too when something else in the database is already behind: not asserted here.
    expect(recibido.filter((r) => !r.endsWith("RESUMEN_SEMANAL"))).toEqual(
      recibidos(["sub-borrador", "sub-pendiente", "sub-silencio", "subA", "subB"], "PLAZO_PROXIMO"),
    );

    const pendiente = unica(centros.pendiente.subdirector, "PLAZO_PROXIMO");
    expect(pendiente).toMatchObject({
      titulo: `Vence en 7 días: ${T1}`,
      mensaje:
        `«${T1}» de ${de("pendiente")} debe enviarse a más tardar el ${formatearFecha(LIMITE_T1)}. ` +
        "Aún no se ha diligenciado.",
      enlace: `/obligaciones?vigencia=${ANIO}`,
      reporteId: null,
      leidaEn: null,
    });
    expect(pendiente.correos).toHaveLength(1);
    expect(pendiente.correos[0]).toMatchObject({
      para: "sub-pendiente.recor@pruebas.test",
      estado: "PENDIENTE",
      usuarioId: centros.pendiente.subdirector.id,
    });
    const trabajos = await prisma.$queryRaw<{ task_identifier: string }[]>`
      SELECT task_identifier FROM graphile_worker.jobs WHERE key = ${`correo:${pendiente.correos[0]!.id}`}`;
    expect(trabajos).toEqual([{ task_identifier: "enviar-correo" }]);

    const borrador = unica(centros.borrador.subdirector, "PLAZO_PROXIMO");
    expect(borrador).toMatchObject({
      titulo: `Vence en 7 días: ${T1}`,
      mensaje:
        `«${T1}» de ${de("borrador")} debe enviarse a más tardar el ${formatearFecha(LIMITE_T1)}. ` +
        "Está guardado como borrador y aún no se ha enviado.",
      enlace: `/reportes/${reportes.borradorT1}`,
      reporteId: reportes.borradorT1,
    });

    const ledger = await prisma.recordatorio.findMany({
      where: { usuarioId: centros.pendiente.subdirector.id },
      select: { clave: true, etapa: true },
    });
    expect(ledger).toEqual([
      {
        clave: `O|${seguimiento.TRAZABILIDAD_VENTAS}|2061-T1|${centros.pendiente.id}|PREVIO_7|${centros.pendiente.subdirector.id}`,
        etapa: "PREVIO_7",
      },
    ]);
  });

  it("la víspera llega un segundo aviso, «Vence en 1 día»", async () => {
    const { recibido, unica } = await pasada("2061-04-14");
    expect(recibido.filter((r) => !r.endsWith("RESUMEN_SEMANAL"))).toEqual(
      recibidos(["sub-borrador", "sub-pendiente", "sub-silencio", "subA", "subB"], "PLAZO_PROXIMO"),
    );
    expect(unica(centros.pendiente.subdirector, "PLAZO_PROXIMO")).toMatchObject({
      titulo: `Vence en 1 día: ${T1}`,
      enlace: `/obligaciones?vigencia=${ANIO}`,
    });
    expect(unica(centros.borrador.subdirector, "PLAZO_PROXIMO")).toMatchObject({
      titulo: `Vence en 1 día: ${T1}`,
      enlace: `/reportes/${reportes.borradorT1}`,
    });
    const avisos = await prisma.notificacion.findMany({
      where: { usuarioId: centros.pendiente.subdirector.id, tipo: "PLAZO_PROXIMO" },
      orderBy: { id: "asc" },
    });
    expect(avisos.map((a) => a.titulo)).toEqual([`Vence en 7 días: ${T1}`, `Vence en 1 día: ${T1}`]);
  });

  it("el día del vencimiento no llega nada nuevo", async () => {
    await ejecutarPasada(prisma, { hoy: "2061-04-14", origen: "PROGRAMADA" });
    const { recibido } = await pasada(LIMITE_T1);
    expect(recibido).toEqual([]);
  });
});

describe("avisos después de la fecha límite", () => {
  it("el día siguiente, «Reporte vencido» a cada subdirector que no lo envió", async () => {
    const { recibido, unica } = await pasada("2061-04-16");
    expect(recibido.filter((r) => !r.endsWith("RESUMEN_SEMANAL"))).toEqual(
      recibidos(["sub-borrador", "sub-pendiente", "sub-silencio", "subA", "subB"], "PLAZO_VENCIDO"),
    );
    const vencido = unica(centros.pendiente.subdirector, "PLAZO_VENCIDO");
    expect(vencido).toMatchObject({
      titulo: `Reporte vencido: ${T1}`,
      mensaje:
        `La fecha límite de «${T1}» de ${de("pendiente")} fue el ${formatearFecha(LIMITE_T1)} ` +
        "y el reporte no se ha enviado. Envíelo cuanto antes: quedará registrado como enviado con atraso.\n\n" +
        "Si a los 7 días de atraso sigue sin enviarse, se informará a la Coordinación " +
        "del Grupo de Recaudo y Cartera.",
      enlace: `/obligaciones?vigencia=${ANIO}`,
    });
    expect(vencido.correos).toHaveLength(1);
    expect(unica(centros.borrador.subdirector, "PLAZO_VENCIDO").enlace).toBe(
      `/reportes/${reportes.borradorT1}`,
    );
  });

  it("a los siete días de atraso se escala al subdirector y, en un solo aviso por coordinador, a la coordinación con los centros por regional", async () => {
    const { recibido, unica, de: deUsuario } = await pasada("2061-04-22");
    expect(recibido).toEqual(
      ordenados(
        recibidos(["sub-borrador", "sub-pendiente", "sub-silencio", "subA", "subB"], "ESCALAMIENTO"),
        recibidos(["coordinador", "coordinador2"], "ESCALAMIENTO"),
        RESUMENES,
      ),
    );

    expect(unica(centros.pendiente.subdirector, "ESCALAMIENTO")).toMatchObject({
      titulo: `Reporte con 7 días de atraso: ${T1}`,
      mensaje:
        `«${T1}» de ${de("pendiente")} vencía el ${formatearFecha(LIMITE_T1)} y lleva 7 días de atraso. ` +
        "Se informó a la Coordinación del Grupo de Recaudo y Cartera. Envíelo cuanto antes.",
      enlace: `/obligaciones?vigencia=${ANIO}`,
    });
    expect(unica(centros.borrador.subdirector, "ESCALAMIENTO").enlace).toBe(
      `/reportes/${reportes.borradorT1}`,
    );

    for (const coordinador of [e.actores.coordinador, coordinador2]) {
      const copia = unica(coordinador, "ESCALAMIENTO");
      // Every centro of the database that owes the T1 escalates today: the count is not this file's.
      expect(copia.titulo).toMatch(/^\d+ reportes llevan 7 días o más de atraso$/);
      expect(copia.enlace).toBe(`/tableros?vigencia=${ANIO}#panel-cumplimiento`);
      expect(copia.reporteId).toBeNull();
      expect(copia.correos).toHaveLength(1);
      expect(copia.mensaje).toMatch(
        /^Estos reportes superaron 7 días de atraso sin enviarse; sus responsables también fueron avisados\.\n\n/,
      );
      expect(grupo(copia.mensaje, `Regional ${REGIONAL}`)).toEqual([
        `Regional ${REGIONAL}`,
        conAtraso(centros.borrador.nombre, T1, LIMITE_T1, 7),
        conAtraso(centros.pendiente.nombre, T1, LIMITE_T1, 7),
        conAtraso(centros.silencio.nombre, T1, LIMITE_T1, 7),
      ]);
      expect(grupo(copia.mensaje, `Regional ${regionalA}`)).toContain(
        conAtraso(e.centroA.nombre, T1, LIMITE_T1, 7),
      );
      expect(grupo(copia.mensaje, `Regional ${regionalB}`)).toContain(
        conAtraso(e.centroB.nombre, T1, LIMITE_T1, 7),
      );
    }
    // The centros' reports are the coordination's to chase; the administrators get no copy.
    expect(deUsuario(e.actores.admin, "ESCALAMIENTO")).toEqual([]);
  });
});

describe("un informe nacional sin enviar", () => {
  it("a los siete días de atraso se escala a los coordinadores, que lo presentan, y la copia va a los administradores", async () => {
    const { recibido, unica } = await pasada("2061-08-06"); // RECAUDO 2061-S1 was due on July 30.
    expect(recibido).toEqual(
      ordenados(recibidos(["admin", "coordinador", "coordinador2"], "ESCALAMIENTO"), RESUMENES),
    );
    for (const coordinador of [e.actores.coordinador, coordinador2]) {
      expect(unica(coordinador, "ESCALAMIENTO")).toMatchObject({
        titulo: `Reporte con 7 días de atraso: ${RECAUDO_S1}`,
        enlace: `/obligaciones?vigencia=${ANIO}`,
        reporteId: null,
      });
    }
    expect(unica(e.actores.admin, "ESCALAMIENTO")).toMatchObject({
      titulo: "1 reporte lleva 7 días o más de atraso",
      mensaje:
        "Estos reportes superaron 7 días de atraso sin enviarse; sus responsables también fueron avisados.\n\n" +
        "Nivel nacional\n" +
        `- ${RECAUDO_S1}, vencía el ${formatearFecha(LIMITE_RECAUDO_S1)} (7 días de atraso)`,
      enlace: `/tableros?vigencia=${ANIO}#panel-cumplimiento`,
    });
  });
});

describe("nadie que ya envió su reporte recibe recordatorios de él", () => {
  const FECHAS_DEL_TRIMESTRE = ["2061-04-08", "2061-04-14", LIMITE_T1, "2061-04-16", "2061-04-22"];

  it("un centro con el trimestre enviado, aprobado o devuelto no recibe aviso previo, de vencido ni de escalamiento", async () => {
    // Already run above; running them again delivers nothing new and makes this test stand alone.
    for (const hoy of FECHAS_DEL_TRIMESTRE) await ejecutarPasada(prisma, { hoy, origen: "PROGRAMADA" });
    const quienesEnviaron = [centros.enviado, centros.aprobado, centros.devuelto];
    const avisos = await prisma.notificacion.findMany({
      where: {
        usuarioId: { in: quienesEnviaron.map((c) => c.subdirector.id) },
        tipo: { in: ["PLAZO_PROXIMO", "PLAZO_VENCIDO", "ESCALAMIENTO"] },
        titulo: { contains: "Trimestre 1 de 2061" },
      },
    });
    expect(avisos).toEqual([]);
    const bitacora = await prisma.recordatorio.findMany({
      where: {
        OR: quienesEnviaron.map((c) => ({ clave: { contains: `|2061-T1|${c.id}|` } })),
      },
    });
    expect(bitacora).toEqual([]);
    // Those who did not submit got all four, once each, and the coordination its copy.
    const pendiente = await prisma.recordatorio.findMany({
      where: { clave: { contains: `|2061-T1|${centros.pendiente.id}|` }, usuarioId: { in: mios } },
    });
    expect(pendiente.map((r) => `${nombres.get(r.usuarioId)} ${r.etapa}`).sort()).toEqual([
      "coordinador ESCALAMIENTO_COPIA",
      "coordinador2 ESCALAMIENTO_COPIA",
      "sub-pendiente ESCALAMIENTO",
      "sub-pendiente PREVIO_1",
      "sub-pendiente PREVIO_7",
      "sub-pendiente VENCIDO",
    ]);
  });

  it("un centro que no genera aprovechamiento no debe la trazabilidad y no recibe avisos de ella", async () => {
    const avisos = await prisma.notificacion.findMany({ where: { usuarioId: e.actores.subdirectorC.id } });
    expect(avisos).toEqual([]);
  });

  it("quien solo consulta nunca recibe recordatorios", async () => {
    expect(await prisma.notificacion.count({ where: { usuarioId: e.actores.consulta.id } })).toBe(0);
    expect(await prisma.recordatorio.count({ where: { usuarioId: e.actores.consulta.id } })).toBe(0);
  });
});

describe("preferencias de correo de los recordatorios", () => {
  it("quien apagó el correo de los avisos previos recibe la notificación sin correo; el de vencido le llega siempre por correo", async () => {
    for (const hoy of ["2061-04-08", "2061-04-14", "2061-04-16", "2061-04-22"]) {
      await ejecutarPasada(prisma, { hoy, origen: "PROGRAMADA" });
    }
    const avisos = await prisma.notificacion.findMany({
      where: { usuarioId: centros.silencio.subdirector.id, titulo: { contains: "Trimestre 1 de 2061" } },
      include: { correos: true },
      orderBy: { id: "asc" },
    });
    expect(avisos.map((a) => [a.tipo, a.correos.length])).toEqual([
      ["PLAZO_PROXIMO", 0],
      ["PLAZO_PROXIMO", 0],
      ["PLAZO_VENCIDO", 1],
      ["ESCALAMIENTO", 1],
    ]);
    expect(avisos[2]!.correos[0]!.para).toBe("sub-silencio.recor@pruebas.test");
    // Without that preference, the same reminders do go by e-mail.
    const delOtro = await prisma.notificacion.findMany({
      where: {
        usuarioId: centros.pendiente.subdirector.id,
        tipo: "PLAZO_PROXIMO",
        titulo: { contains: "Trimestre 1 de 2061" },
      },
      include: { correos: true },
    });
    expect(delOtro.map((a) => a.correos.length)).toEqual([1, 1]);
  });
});
