import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ejecutarPasada } from "@/features/recordatorios/pasada";
import { diaIsoDeLaSemana, formatearFecha, semanaIso } from "@/lib/fechas";
import {
  ANIO,
  centros,
  cerrarRecordatorios,
  conAtraso,
  coordinador2,
  e,
  grupo,
  LIMITE_RECAUDO_S1,
  LIMITE_T1,
  LIMITE_T2,
  pasada,
  prepararRecordatorios,
  prisma,
  RECAUDO_S1,
  REGIONAL,
  regionalA,
  RESUMENES,
  T1,
  T2,
} from "../helpers/recordatorios";

beforeAll(prepararRecordatorios);
afterAll(cerrarRecordatorios);

describe("resumen semanal", () => {
  const LUNES = "2061-09-05";
  const JUEVES = "2061-09-08";
  const LUNES_SIGUIENTE = "2061-09-12";

  it("las fechas elegidas son un lunes, el jueves de esa semana y el lunes siguiente", () => {
    expect([LUNES, JUEVES, LUNES_SIGUIENTE].map(diaIsoDeLaSemana)).toEqual([1, 4, 1]);
    expect([LUNES, JUEVES, LUNES_SIGUIENTE].map(semanaIso)).toEqual(["2061-W36", "2061-W36", "2061-W37"]);
  });

  it("el lunes cada coordinador y administrador recibe un resumen con los centros atrasados por regional y sus días de atraso", async () => {
    const { recibido, unica } = await pasada(LUNES);
    expect(recibido).toEqual(RESUMENES);
    for (const actor of [e.actores.admin, e.actores.coordinador, coordinador2]) {
      const resumen = unica(actor, "RESUMEN_SEMANAL");
      expect(resumen.titulo).toMatch(/^Resumen semanal: \d+ centros con reportes atrasados$/);
      expect(resumen.enlace).toBe(`/tableros?vigencia=${ANIO}#panel-cumplimiento`);
      expect(resumen.correos).toHaveLength(1);
      const inicio = `Situación al ${formatearFecha(LUNES)}.\n\nReportes vencidos sin enviar, por regional:\n\nNivel nacional\n`;
      expect(resumen.mensaje.slice(0, inicio.length)).toBe(inicio);
      expect(grupo(resumen.mensaje, "Nivel nacional")).toEqual([
        "Nivel nacional",
        `- ${RECAUDO_S1}, vencía el ${formatearFecha(LIMITE_RECAUDO_S1)} (37 días de atraso)`,
      ]);
      // Enviado and Devuelto submitted both quarters; Aprobado only owes the second.
      expect(grupo(resumen.mensaje, `Regional ${REGIONAL}`)).toEqual([
        `Regional ${REGIONAL}`,
        conAtraso(centros.aprobado.nombre, T2, LIMITE_T2, 52),
        conAtraso(centros.borrador.nombre, T1, LIMITE_T1, 143),
        conAtraso(centros.borrador.nombre, T2, LIMITE_T2, 52),
        conAtraso(centros.pendiente.nombre, T1, LIMITE_T1, 143),
        conAtraso(centros.pendiente.nombre, T2, LIMITE_T2, 52),
        conAtraso(centros.silencio.nombre, T1, LIMITE_T1, 143),
        conAtraso(centros.silencio.nombre, T2, LIMITE_T2, 52),
      ]);
      expect(grupo(resumen.mensaje, `Regional ${regionalA}`)).toEqual(
        expect.arrayContaining([
          conAtraso(e.centroA.nombre, T1, LIMITE_T1, 143),
          conAtraso(e.centroA.nombre, T2, LIMITE_T2, 52),
        ]),
      );
      // This file's lapsed correction and reviews are among them; other files may add theirs.
      const [, correcciones, revisiones] =
        /\n\nCorrecciones vencidas: (\d+)\. Revisiones vencidas: (\d+)\.$/.exec(resumen.mensaje) ?? [];
      expect(Number(correcciones)).toBeGreaterThanOrEqual(1);
      expect(Number(revisiones)).toBeGreaterThanOrEqual(3);
    }
    expect(
      await prisma.recordatorio.findUnique({ where: { clave: `R|2061-W36|${e.actores.coordinador.id}` } }),
    ).toMatchObject({ etapa: "RESUMEN_SEMANAL", usuarioId: e.actores.coordinador.id });
  });

  it("una segunda pasada la misma semana no lo repite; la semana siguiente llega uno nuevo", async () => {
    await ejecutarPasada(prisma, { hoy: LUNES, origen: "PROGRAMADA" });
    expect((await pasada(JUEVES)).recibido).toEqual([]);

    const siguiente = await pasada(LUNES_SIGUIENTE);
    expect(siguiente.recibido).toEqual(RESUMENES);
    const resumen = siguiente.unica(e.actores.coordinador, "RESUMEN_SEMANAL");
    expect(resumen.mensaje.split("\n")[0]).toBe(`Situación al ${formatearFecha(LUNES_SIGUIENTE)}.`);
    expect(grupo(resumen.mensaje, `Regional ${REGIONAL}`)).toContain(
      conAtraso(centros.pendiente.nombre, T1, LIMITE_T1, 150),
    );
    // One digest per ISO week, each recorded under its week.
    const resumenes = await prisma.notificacion.findMany({
      where: { usuarioId: e.actores.coordinador.id, tipo: "RESUMEN_SEMANAL" },
    });
    const situacionAl = (hoy: string) =>
      resumenes.filter((r) => r.mensaje.startsWith(`Situación al ${formatearFecha(hoy)}.`)).length;
    expect([LUNES, JUEVES, LUNES_SIGUIENTE].map(situacionAl)).toEqual([1, 0, 1]);
    const semanas = await prisma.recordatorio.findMany({
      where: { usuarioId: e.actores.coordinador.id, etapa: "RESUMEN_SEMANAL" },
      orderBy: { clave: "asc" },
    });
    expect(semanas.map((r) => r.clave)).toEqual(
      expect.arrayContaining([
        `R|2061-W36|${e.actores.coordinador.id}`,
        `R|2061-W37|${e.actores.coordinador.id}`,
      ]),
    );
  });
});
