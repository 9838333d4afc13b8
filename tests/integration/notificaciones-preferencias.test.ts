import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notificacionesDelRol } from "@/features/notificaciones/etiquetas";
import { guardarPreferencias } from "@/features/notificaciones/operaciones";
import { preferenciasDe } from "@/features/notificaciones/queries";
import { aprobar } from "@/features/revision/operaciones";
import {
  avisos,
  cerrarNotificaciones,
  conCorreoEnCola,
  destinatarios,
  e,
  enviadoDelCentro,
  ordenados,
  prepararNotificaciones,
  prisma,
  sinPreferencias,
  subdirectorA2,
} from "../helpers/notificaciones";

beforeAll(prepararNotificaciones);
afterAll(cerrarNotificaciones);
beforeEach(sinPreferencias);

describe("las preferencias de correo", () => {
  async function guardadas(usuarioId: number) {
    return prisma.preferenciaNotificacion.findMany({
      where: { usuarioId },
      orderBy: { tipo: "asc" },
      select: { tipo: true, correo: true },
    });
  }

  function auditoriaDe(usuarioId: number) {
    return prisma.auditLog.findMany({
      where: { entidad: "PreferenciaNotificacion", entidadId: String(usuarioId) },
      orderBy: { id: "asc" },
    });
  }

  it("un subdirector que apaga el correo de las aprobaciones recibe el aviso en la aplicación pero no el correo", async () => {
    expect(await guardarPreferencias(subdirectorA2, { sinCorreo: ["REPORTE_APROBADO"] })).toEqual({
      ok: true,
      data: { sinCorreo: ["REPORTE_APROBADO"] },
    });
    expect(await guardadas(subdirectorA2.id)).toEqual([{ tipo: "REPORTE_APROBADO", correo: false }]);
    const vista = await preferenciasDe(subdirectorA2);
    expect(vista.find((p) => p.tipo === "REPORTE_APROBADO")).toEqual({
      tipo: "REPORTE_APROBADO",
      correo: false,
      obligatoria: false,
    });
    expect(vista.find((p) => p.tipo === "REPORTE_DEVUELTO")).toEqual({
      tipo: "REPORTE_DEVUELTO",
      correo: true,
      obligatoria: true,
    });

    const reporte = await enviadoDelCentro();
    expect((await aprobar(e.actores.coordinador, { reporteId: reporte.id, version: 2 })).ok).toBe(true);

    const aprobados = await avisos(reporte.id, "REPORTE_APROBADO");
    expect(destinatarios(aprobados)).toEqual(ordenados([e.actores.subdirectorA.id, subdirectorA2.id]));
    const suyo = aprobados.find((f) => f.usuarioId === subdirectorA2.id)!;
    expect(suyo.correos).toEqual([]);
    expect(await prisma.correo.count({ where: { notificacionId: suyo.id } })).toBe(0);
    await conCorreoEnCola(aprobados.filter((f) => f.usuarioId === e.actores.subdirectorA.id));
  });

  it("un cambio válido queda auditado con las preferencias de antes y de después", async () => {
    const previos = (await auditoriaDe(subdirectorA2.id)).length;
    expect((await guardarPreferencias(subdirectorA2, { sinCorreo: ["PLAZO_PROXIMO"] })).ok).toBe(true);
    expect(
      await guardarPreferencias(subdirectorA2, {
        sinCorreo: ["REPORTE_APROBADO", "CORRECCION_PROXIMA", "REPORTE_APROBADO"],
      }),
    ).toEqual({ ok: true, data: { sinCorreo: ["CORRECCION_PROXIMA", "REPORTE_APROBADO"] } });
    expect(await guardadas(subdirectorA2.id)).toEqual([
      { tipo: "REPORTE_APROBADO", correo: false },
      { tipo: "CORRECCION_PROXIMA", correo: false },
    ]);

    const eventos = (await auditoriaDe(subdirectorA2.id)).slice(previos);
    expect(eventos).toHaveLength(2);
    expect(eventos[0]).toMatchObject({
      actorId: subdirectorA2.id,
      accion: "EDITAR",
      antes: { sinCorreo: [] },
      despues: { sinCorreo: ["PLAZO_PROXIMO"] },
    });
    expect(eventos[1]).toMatchObject({
      actorId: subdirectorA2.id,
      accion: "EDITAR",
      entidad: "PreferenciaNotificacion",
      entidadId: String(subdirectorA2.id),
      antes: { sinCorreo: ["PLAZO_PROXIMO"] },
      despues: { sinCorreo: ["CORRECCION_PROXIMA", "REPORTE_APROBADO"] },
    });
    expect(eventos[1]!.requestId).toEqual(expect.any(String));
  });

  it.each([
    [
      "apagar un aviso obligatorio",
      "subdirectorA2",
      ["REPORTE_APROBADO", "REPORTE_DEVUELTO"],
      "«Un reporte suyo fue devuelto para corrección» es obligatoria: siempre llega también por correo.",
    ],
    [
      "apagar un aviso que su rol no recibe",
      "subdirectorA2",
      ["RESUMEN_SEMANAL"],
      "Su rol no recibe «Resumen semanal de centros atrasados».",
    ],
    [
      "que consulta apague un aviso",
      "consulta",
      ["REPORTE_ENVIADO"],
      "Su rol no recibe «Un reporte que usted revisa fue enviado o reenviado».",
    ],
  ] as const)(
    "se rechaza %s y las preferencias quedan como estaban",
    async (_caso, quien, sinCorreo, mensaje) => {
      const actor = quien === "consulta" ? e.actores.consulta : subdirectorA2;
      await prisma.preferenciaNotificacion.create({
        data: { usuarioId: actor.id, tipo: "REPORTE_APROBADO", correo: false },
      });
      const antes = await guardadas(actor.id);
      const auditados = (await auditoriaDe(actor.id)).length;

      const resultado = await guardarPreferencias(actor, { sinCorreo });

      expect(resultado).toEqual({ ok: false, message: mensaje, fieldErrors: { sinCorreo: [mensaje] } });
      expect(await guardadas(actor.id)).toEqual(antes);
      expect(await auditoriaDe(actor.id)).toHaveLength(auditados);
    },
  );

  it("un tipo de aviso que no existe se rechaza junto al campo", async () => {
    const resultado = await guardarPreferencias(subdirectorA2, { sinCorreo: ["REPORTE_INVENTADO"] });
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: { "sinCorreo.0": ["Tipo de notificación desconocido."] },
    });
    expect(await guardadas(subdirectorA2.id)).toEqual([]);
  });

  it("el rol de consulta no recibe ningún tipo de aviso", async () => {
    expect(notificacionesDelRol("CONSULTA")).toEqual([]);
    expect(await preferenciasDe(e.actores.consulta)).toEqual([]);
    expect(await prisma.notificacion.count({ where: { usuarioId: e.actores.consulta.id } })).toBe(0);
  });
});
