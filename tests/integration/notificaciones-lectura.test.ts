import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { abrirNotificacion, marcarTodasLeidas } from "@/features/notificaciones/operaciones";
import { contarNoLeidas } from "@/features/notificaciones/queries";
import {
  cerrarNotificaciones,
  coordinador2,
  devolverComo,
  e,
  enviadoDelCentro,
  prepararNotificaciones,
  prisma,
  sinPreferencias,
  subdirectorA2,
} from "../helpers/notificaciones";

beforeAll(prepararNotificaciones);
afterAll(cerrarNotificaciones);
beforeEach(sinPreferencias);

describe("abrir y marcar como leídas", () => {
  it("abrir un aviso propio lleva al reporte y lo marca leído; el de otro se responde como inexistente", async () => {
    const reporte = await enviadoDelCentro();
    const suyo = await prisma.notificacion.findFirstOrThrow({
      where: { reporteId: reporte.id, usuarioId: e.actores.coordinador.id },
    });
    expect(suyo.leidaEn).toBeNull();

    const ajeno = await abrirNotificacion(coordinador2, { notificacionId: String(suyo.id) });
    expect(ajeno).toEqual({ ok: false, message: "La notificación no existe." });
    expect(await prisma.notificacion.findUniqueOrThrow({ where: { id: suyo.id } })).toEqual(suyo);

    const desde = new Date();
    expect(await abrirNotificacion(e.actores.coordinador, { notificacionId: String(suyo.id) })).toEqual({
      ok: true,
      data: { enlace: `/reportes/${reporte.id}` },
    });
    const leida = await prisma.notificacion.findUniqueOrThrow({ where: { id: suyo.id } });
    expect(leida.leidaEn).toBeInstanceOf(Date);
    expect(leida.leidaEn!.getTime()).toBeGreaterThanOrEqual(desde.getTime() - 1000);
    expect(leida).toEqual({ ...suyo, leidaEn: leida.leidaEn });

    // Opening it again leads to the same place and keeps the first reading.
    expect(await abrirNotificacion(e.actores.coordinador, { notificacionId: suyo.id })).toEqual({
      ok: true,
      data: { enlace: `/reportes/${reporte.id}` },
    });
    expect(await prisma.notificacion.findUniqueOrThrow({ where: { id: suyo.id } })).toEqual(leida);

    expect(await abrirNotificacion(e.actores.coordinador, { notificacionId: 2_000_000_000 })).toEqual({
      ok: false,
      message: "La notificación no existe.",
    });
  });

  it("marcar todas como leídas solo toca los avisos de quien lo pide", async () => {
    await enviadoDelCentro();
    const reporte = await enviadoDelCentro();
    await devolverComo(e.actores.coordinador, reporte, 2);
    const otros = [e.actores.coordinador.id, e.actores.subdirectorA.id, subdirectorA2.id];
    const noLeidasDeOtros = await Promise.all(otros.map((id) => contarNoLeidas(id)));
    expect(noLeidasDeOtros.every((n) => n > 0)).toBe(true);
    const pendientes = await contarNoLeidas(coordinador2.id);
    expect(pendientes).toBeGreaterThanOrEqual(2);

    expect(await marcarTodasLeidas(coordinador2, {})).toEqual({ ok: true, data: { marcadas: pendientes } });

    expect(await contarNoLeidas(coordinador2.id)).toBe(0);
    expect(await Promise.all(otros.map((id) => contarNoLeidas(id)))).toEqual(noLeidasDeOtros);
    expect(await marcarTodasLeidas(coordinador2, {})).toEqual({ ok: true, data: { marcadas: 0 } });
  });
});
