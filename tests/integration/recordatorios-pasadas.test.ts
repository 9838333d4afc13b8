import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ejecutarAhora } from "@/features/recordatorios/operaciones";
import { ejecutarPasada, type ResultadoPasada } from "@/features/recordatorios/pasada";
import { comoColumnaDate, fechaEnBogota } from "@/lib/fechas";
import { crearClientePrisma } from "@/server/cliente-prisma";
import {
  bitacoraPorEtapa,
  cerrarRecordatorios,
  conteosGlobales,
  e,
  mios,
  notificacionesDeMisUsuarios,
  ordenados,
  prepararRecordatorios,
  prisma,
  quienRecibioQue,
  recibidos,
  RESUMENES,
  SIN_PERMISO,
  T2,
  ultimaNotificacion,
} from "../helpers/recordatorios";

beforeAll(prepararRecordatorios);
afterAll(cerrarRecordatorios);

describe("cada aviso se entrega una sola vez", () => {
  it("una segunda pasada el mismo día no entrega nada: ni notificaciones, ni correos, ni registros en la bitácora", async () => {
    await ejecutarPasada(prisma, { hoy: "2061-04-22", origen: "PROGRAMADA" });
    const antes = await conteosGlobales();
    const resultado = await ejecutarPasada(prisma, { hoy: "2061-04-22", origen: "PROGRAMADA" });
    expect(resultado).toEqual({ fecha: "2061-04-22", porEtapa: {}, notificaciones: 0, correos: 0 });
    expect(await conteosGlobales()).toEqual({ ...antes, pasadas: antes.pasadas + 1 });
    const registro = await prisma.pasadaRecordatorios.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(registro).toMatchObject({
      fecha: comoColumnaDate("2061-04-22"),
      origen: "PROGRAMADA",
      conteos: { notificaciones: 0, correos: 0 },
    });
    expect(registro.terminadaEn.getTime()).toBeGreaterThanOrEqual(registro.iniciadaEn.getTime());
  });

  it("dos pasadas simultáneas, en dos conexiones, entregan cada aviso una sola vez", async () => {
    const hoy = "2061-07-08"; // Seven days before the T2 deadline; the first pass of its ISO week.
    const url = process.env.DATABASE_URL!;
    const conexiones = [crearClientePrisma(url), crearClientePrisma(url)] as const;
    try {
      const desde = await ultimaNotificacion();
      const antes = await conteosGlobales();
      const etapasAntes = await bitacoraPorEtapa();
      const misFilasAntes = await prisma.recordatorio.count({ where: { usuarioId: { in: mios } } });

      const resultados: ResultadoPasada[] = await Promise.all(
        conexiones.map((cliente) => ejecutarPasada(cliente, { hoy, origen: "PROGRAMADA" })),
      );

      const nuevas = await notificacionesDeMisUsuarios(desde);
      // The centros that submitted their T2 (Enviado, Devuelto) are not reminded of it.
      const esperado = ordenados(
        recibidos(
          ["sub-aprobado", "sub-borrador", "sub-pendiente", "sub-silencio", "subA", "subB"],
          "PLAZO_PROXIMO",
        ),
        RESUMENES,
      );
      expect(quienRecibioQue(nuevas)).toEqual(esperado);
      expect(nuevas.filter((n) => n.tipo === "PLAZO_PROXIMO").map((n) => n.titulo)).toEqual(
        Array.from({ length: 6 }, () => `Vence en 7 días: ${T2}`),
      );
      expect(await prisma.recordatorio.count({ where: { usuarioId: { in: mios } } })).toBe(
        misFilasAntes + esperado.length,
      );

      // Together the two passes delivered exactly what was written, with nothing twice.
      const despues = await conteosGlobales();
      const suma = (clave: "notificaciones" | "correos") => resultados[0]![clave] + resultados[1]![clave];
      expect(suma("notificaciones")).toBe(despues.notificaciones - antes.notificaciones);
      expect(suma("correos")).toBe(despues.correos - antes.correos);
      expect(despues.pasadas).toBe(antes.pasadas + 2);
      const porEtapa = new Map<string, number>();
      for (const r of resultados) {
        for (const [etapa, n] of Object.entries(r.porEtapa))
          porEtapa.set(etapa, (porEtapa.get(etapa) ?? 0) + n);
      }
      const etapasDespues = await bitacoraPorEtapa();
      const nuevasPorEtapa = new Map(
        [...etapasDespues]
          .map(([etapa, n]) => [etapa, n - (etapasAntes.get(etapa) ?? 0)] as const)
          .filter(([, n]) => n > 0),
      );
      expect(porEtapa).toEqual(nuevasPorEtapa);
      expect(porEtapa.get("PREVIO_7")).toBeGreaterThanOrEqual(6);
      expect(porEtapa.get("RESUMEN_SEMANAL")).toBeGreaterThanOrEqual(3);

      // And a third pass, once both committed, finds nothing left to deliver.
      expect((await ejecutarPasada(prisma, { hoy, origen: "PROGRAMADA" })).porEtapa).toEqual({});
    } finally {
      await Promise.all(conexiones.map((c) => c.$disconnect()));
    }
  });
});

describe("ejecutar los recordatorios ahora", () => {
  it("un administrador ejecuta una pasada para hoy y queda auditada", async () => {
    const hoyAntes = fechaEnBogota(new Date());
    const resultado = await ejecutarAhora(e.actores.admin, {});
    const hoyDespues = fechaEnBogota(new Date());
    expect(resultado.ok).toBe(true);
    if (!resultado.ok) return;
    expect([hoyAntes, hoyDespues]).toContain(resultado.data.fecha);

    const auditoria = await prisma.auditLog.findFirstOrThrow({
      where: { accion: "EJECUTAR_RECORDATORIOS", actorId: e.actores.admin.id },
      orderBy: { id: "desc" },
    });
    expect(auditoria).toMatchObject({
      entidad: "PasadaRecordatorios",
      entidadId: resultado.data.fecha,
      despues: resultado.data,
    });
    const registro = await prisma.pasadaRecordatorios.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(registro).toMatchObject({
      origen: "MANUAL",
      fecha: comoColumnaDate(resultado.data.fecha),
      conteos: {
        ...resultado.data.porEtapa,
        notificaciones: resultado.data.notificaciones,
        correos: resultado.data.correos,
      },
    });
    // Run again the same day it has nothing left to deliver.
    const otraVez = await ejecutarAhora(e.actores.admin, {});
    expect(otraVez).toEqual({
      ok: true,
      data: { fecha: resultado.data.fecha, porEtapa: {}, notificaciones: 0, correos: 0 },
    });
  });

  it.each(["coordinador", "subdirectorA", "consulta"] as const)(
    "el rol de %s no puede ejecutarla",
    async (quien) => {
      const pasadas = await prisma.pasadaRecordatorios.count();
      expect(await ejecutarAhora(e.actores[quien], {})).toEqual({ ok: false, message: SIN_PERMISO });
      expect(await prisma.pasadaRecordatorios.count()).toBe(pasadas);
      expect(
        await prisma.auditLog.count({
          where: { accion: "EJECUTAR_RECORDATORIOS", actorId: e.actores[quien].id },
        }),
      ).toBe(0);
    },
  );
});
