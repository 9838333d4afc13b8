import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { notificar } from "@/features/notificaciones/crear";
import { guardarPreferencias } from "@/features/notificaciones/operaciones";
import { aprobar, reabrir } from "@/features/revision/operaciones";
import { formatearFecha } from "@/lib/fechas";
import { db } from "@/server/db";
import {
  activosCon,
  admin2,
  ANIO,
  avisos,
  borrador,
  cerrarNotificaciones,
  COMENTARIO,
  conCorreoEnCola,
  coordinador2,
  coordinadorInactivo,
  destinatarios,
  devolverComo,
  diasConfigurados,
  e,
  enviadoDelCentro,
  enviar,
  hoyEnBogotaMas,
  mios,
  MOTIVO,
  nombreDe,
  ordenados,
  plazos,
  prepararNotificaciones,
  prisma,
  sinPreferencias,
  subdirectorA2,
  unidadA,
} from "../helpers/notificaciones";

beforeAll(prepararNotificaciones);
afterAll(cerrarNotificaciones);
beforeEach(sinPreferencias);

describe("los avisos del ciclo de un reporte de centro", () => {
  it("cuando un subdirector envía un reporte, cada coordinador activo recibe un solo aviso y nadie más", async () => {
    const reporte = await enviadoDelCentro();
    const { revision } = await diasConfigurados();
    const venceEl = hoyEnBogotaMas(revision);

    const filas = await avisos(reporte.id);
    const coordinadores = await activosCon("COORDINADOR");
    expect(coordinadores).toEqual(expect.arrayContaining([e.actores.coordinador.id, coordinador2.id]));
    expect(coordinadores).not.toContain(coordinadorInactivo.id);
    expect(destinatarios(filas)).toEqual(coordinadores);
    for (const otro of [
      e.actores.admin,
      admin2,
      e.actores.consulta,
      e.actores.subdirectorA,
      subdirectorA2,
      e.actores.subdirectorB,
      e.actores.subdirectorC,
      coordinadorInactivo,
    ]) {
      expect(destinatarios(filas)).not.toContain(otro.id);
    }

    const nombre = nombreDe(reporte);
    expect(nombre).toBe(`Trazabilidad de ventas (DEF) · Trimestre 1 de ${ANIO}`);
    for (const fila of filas) {
      expect(fila).toMatchObject({
        tipo: "REPORTE_ENVIADO",
        titulo: `Reporte enviado para revisión: ${nombre}`,
        enlace: `/reportes/${reporte.id}`,
        reporteId: reporte.id,
        leidaEn: null,
      });
      expect(fila.mensaje).toContain(`subA envió «${nombre}» de ${unidadA}`);
      expect(fila.mensaje).toContain(`a más tardar el ${formatearFecha(venceEl)}`);
    }
    await conCorreoEnCola(filas.filter((f) => mios.includes(f.usuarioId)));

    expect(await plazos(reporte.id)).toEqual([{ tipo: "REVISION", venceEl, abierto: true }]);
  });

  it("al devolver un reporte solo sus subdirectores reciben el aviso, con el comentario y el plazo de corrección", async () => {
    const reporte = await enviadoDelCentro();
    const enviados = await avisos(reporte.id);
    // The return is mandatory: neither keeping every optional kind off e-mail, nor a row that
    // switched this very kind off (written before it became mandatory) keep its e-mail from leaving.
    const opcionales = ["REPORTE_APROBADO", "PLAZO_PROXIMO", "CORRECCION_PROXIMA"] as const;
    expect(await guardarPreferencias(subdirectorA2, { sinCorreo: opcionales })).toEqual({
      ok: true,
      data: { sinCorreo: [...opcionales].sort() },
    });
    await prisma.preferenciaNotificacion.create({
      data: { usuarioId: e.actores.subdirectorA.id, tipo: "REPORTE_DEVUELTO", correo: false },
    });

    await devolverComo(e.actores.coordinador, reporte, 2);

    const { revision, correccion } = await diasConfigurados();
    const venceCorreccion = hoyEnBogotaMas(correccion);
    const devueltos = await avisos(reporte.id, "REPORTE_DEVUELTO");
    expect(destinatarios(devueltos)).toEqual(ordenados([e.actores.subdirectorA.id, subdirectorA2.id]));
    // Nothing else was said about the report: the submission's notices and these two.
    expect(await avisos(reporte.id)).toHaveLength(enviados.length + 2);
    const nombre = nombreDe(reporte);
    for (const fila of devueltos) {
      expect(fila).toMatchObject({
        titulo: `Reporte devuelto para corrección: ${nombre}`,
        enlace: `/reportes/${reporte.id}`,
        reporteId: reporte.id,
      });
      expect(fila.mensaje).toContain(`coordinador devolvió «${nombre}» de ${unidadA}`);
      expect(fila.mensaje).toContain(`«${COMENTARIO}»`);
      expect(fila.mensaje).toContain(
        `Corríjalo y vuelva a enviarlo a más tardar el ${formatearFecha(venceCorreccion)}.`,
      );
    }
    await conCorreoEnCola(devueltos);
    for (const fila of devueltos) {
      expect(fila.correos[0]!.texto).toContain("Este aviso se envía siempre por correo");
    }

    expect(await plazos(reporte.id)).toEqual([
      { tipo: "REVISION", venceEl: hoyEnBogotaMas(revision), abierto: false },
      { tipo: "CORRECCION", venceEl: venceCorreccion, abierto: true },
    ]);
  });

  it("al reenviar un reporte corregido los coordinadores reciben el aviso de reenvío y se cierra el plazo de corrección", async () => {
    const reporte = await enviadoDelCentro();
    await devolverComo(e.actores.coordinador, reporte, 2);
    const antes = await avisos(reporte.id);

    await enviar(e.actores.subdirectorA, reporte, 3);

    const nuevos = (await avisos(reporte.id)).slice(antes.length);
    expect(destinatarios(nuevos)).toEqual(await activosCon("COORDINADOR"));
    const nombre = nombreDe(reporte);
    for (const fila of nuevos) {
      expect(fila).toMatchObject({
        tipo: "REPORTE_ENVIADO",
        titulo: `Reporte reenviado para revisión: ${nombre}`,
        enlace: `/reportes/${reporte.id}`,
        reporteId: reporte.id,
      });
      expect(fila.mensaje).toContain(`subA corrigió y reenvió «${nombre}»`);
    }
    await conCorreoEnCola(nuevos.filter((f) => mios.includes(f.usuarioId)));

    const { revision, correccion } = await diasConfigurados();
    expect(await plazos(reporte.id)).toEqual([
      { tipo: "REVISION", venceEl: hoyEnBogotaMas(revision), abierto: false },
      { tipo: "CORRECCION", venceEl: hoyEnBogotaMas(correccion), abierto: false },
      { tipo: "REVISION", venceEl: hoyEnBogotaMas(revision), abierto: true },
    ]);
  });

  it("al aprobar solo los subdirectores del centro reciben el aviso, y no se abre plazo de corrección", async () => {
    const reporte = await enviadoDelCentro();
    const antes = await avisos(reporte.id);

    expect(await aprobar(e.actores.coordinador, { reporteId: reporte.id, version: 2 })).toEqual({
      ok: true,
      data: { reporteId: reporte.id, version: 3, estado: "APROBADO" },
    });

    const nuevos = (await avisos(reporte.id)).slice(antes.length);
    expect(destinatarios(nuevos)).toEqual(ordenados([e.actores.subdirectorA.id, subdirectorA2.id]));
    const nombre = nombreDe(reporte);
    for (const fila of nuevos) {
      expect(fila).toMatchObject({
        tipo: "REPORTE_APROBADO",
        titulo: `Reporte aprobado: ${nombre}`,
        enlace: `/reportes/${reporte.id}`,
        reporteId: reporte.id,
      });
      expect(fila.mensaje).toContain(`coordinador aprobó «${nombre}» de ${unidadA}`);
    }
    await conCorreoEnCola(nuevos);
    const { revision } = await diasConfigurados();
    expect(await plazos(reporte.id)).toEqual([
      { tipo: "REVISION", venceEl: hoyEnBogotaMas(revision), abierto: false },
    ]);
  });

  it("al reabrir un reporte aprobado sus subdirectores reciben el motivo y un nuevo plazo de corrección", async () => {
    const reporte = await enviadoDelCentro();
    expect((await aprobar(e.actores.coordinador, { reporteId: reporte.id, version: 2 })).ok).toBe(true);
    const antes = await avisos(reporte.id);

    expect(await reabrir(e.actores.admin, { reporteId: reporte.id, version: 3, motivo: MOTIVO })).toEqual({
      ok: true,
      data: { reporteId: reporte.id, version: 4, estado: "DEVUELTO" },
    });

    const { revision, correccion } = await diasConfigurados();
    const venceCorreccion = hoyEnBogotaMas(correccion);
    const nuevos = (await avisos(reporte.id)).slice(antes.length);
    expect(destinatarios(nuevos)).toEqual(ordenados([e.actores.subdirectorA.id, subdirectorA2.id]));
    const nombre = nombreDe(reporte);
    for (const fila of nuevos) {
      expect(fila).toMatchObject({
        tipo: "REPORTE_REABIERTO",
        titulo: `Reporte reabierto por administración: ${nombre}`,
        enlace: `/reportes/${reporte.id}`,
        reporteId: reporte.id,
      });
      expect(fila.mensaje).toContain(`admin reabrió «${nombre}» de ${unidadA}, que estaba aprobado. Motivo:`);
      expect(fila.mensaje).toContain(`«${MOTIVO}»`);
      expect(fila.mensaje).not.toContain("Reabierto por administración: ");
      expect(fila.mensaje).toContain(`a más tardar el ${formatearFecha(venceCorreccion)}.`);
    }
    await conCorreoEnCola(nuevos);
    expect(await plazos(reporte.id)).toEqual([
      { tipo: "REVISION", venceEl: hoyEnBogotaMas(revision), abierto: false },
      { tipo: "CORRECCION", venceEl: venceCorreccion, abierto: true },
    ]);
  });
});

describe("los avisos del informe nacional de recaudo", () => {
  it("el envío del coordinador avisa solo a los administradores y la devolución solo a los coordinadores", async () => {
    const informe = await borrador("NACIONAL");
    await enviar(e.actores.coordinador, informe, 1);

    const nombre = nombreDe(informe);
    expect(nombre).toBe(`Informe de recaudo · Semestre 1 de ${ANIO}`);
    const enviados = await avisos(informe.id);
    const admins = await activosCon("ADMIN");
    expect(admins).toEqual(expect.arrayContaining([e.actores.admin.id, admin2.id]));
    expect(destinatarios(enviados)).toEqual(admins);
    expect(destinatarios(enviados)).not.toContain(e.actores.coordinador.id);
    for (const fila of enviados) {
      expect(fila).toMatchObject({
        tipo: "REPORTE_ENVIADO",
        titulo: `Reporte enviado para revisión: ${nombre}`,
        enlace: `/reportes/${informe.id}`,
        reporteId: informe.id,
      });
      expect(fila.mensaje).toContain(`coordinador envió «${nombre}»`);
      expect(fila.mensaje).toContain("nivel nacional");
    }
    await conCorreoEnCola(enviados.filter((f) => mios.includes(f.usuarioId)));

    await devolverComo(e.actores.admin, informe, 2);

    const devueltos = await avisos(informe.id, "REPORTE_DEVUELTO");
    expect(destinatarios(devueltos)).toEqual(await activosCon("COORDINADOR"));
    expect(destinatarios(devueltos)).toEqual(
      expect.arrayContaining([e.actores.coordinador.id, coordinador2.id]),
    );
    expect(destinatarios(devueltos)).not.toContain(coordinadorInactivo.id);
    for (const fila of devueltos) {
      expect(fila.titulo).toBe(`Reporte devuelto para corrección: ${nombre}`);
      expect(fila.mensaje).toContain(`«${COMENTARIO}»`);
    }
    await conCorreoEnCola(devueltos.filter((f) => mios.includes(f.usuarioId)));
    expect(await avisos(informe.id)).toHaveLength(enviados.length + devueltos.length);
  });
});

describe("los usuarios inactivos", () => {
  it("un coordinador inactivo no recibe avisos ni correos, aunque el aviso se le dirija", async () => {
    const reporte = await enviadoDelCentro();
    expect(destinatarios(await avisos(reporte.id))).not.toContain(coordinadorInactivo.id);

    const aviso = {
      tipo: "REVISION_VENCIDA" as const,
      titulo: "Venció el plazo de revisión",
      mensaje: "Hay reportes que esperan su revisión.",
      enlace: "/revision",
      reporteId: reporte.id,
    };
    const resultado = await db().$transaction((tx) =>
      notificar(tx, [
        { ...aviso, usuarioId: coordinadorInactivo.id },
        { ...aviso, usuarioId: coordinador2.id },
      ]),
    );
    expect(resultado).toEqual({ notificaciones: 1, correos: 1 });
    const directos = await avisos(reporte.id, "REVISION_VENCIDA");
    expect(destinatarios(directos)).toEqual([coordinador2.id]);
    await conCorreoEnCola(directos);

    // Nothing in this whole file reached the inactive coordinator.
    expect(await prisma.notificacion.count({ where: { usuarioId: coordinadorInactivo.id } })).toBe(0);
    expect(await prisma.correo.count({ where: { usuarioId: coordinadorInactivo.id } })).toBe(0);
    expect(await prisma.correo.count({ where: { para: "coordinadorinactivo.notif@pruebas.test" } })).toBe(0);
  });
});
