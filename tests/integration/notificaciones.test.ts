import { MENSAJE_NO_EXISTE } from "@/features/reportes/bloqueo";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Alcance, Rol, TipoNotificacion } from "@/generated/prisma/enums";
import { notificar } from "@/features/notificaciones/crear";
import { notificacionesDelRol } from "@/features/notificaciones/etiquetas";
import {
  abrirNotificacion,
  guardarPreferencias,
  marcarTodasLeidas,
} from "@/features/notificaciones/operaciones";
import { contarNoLeidas, preferenciasDe } from "@/features/notificaciones/queries";
import { MENSAJE_VERSION_VIEJA } from "@/features/reportes/bloqueo";
import { nombreDelReporte } from "@/lib/etiquetas";
import { guardarReporte } from "@/features/reportes/operaciones";
import { aprobar, devolver, reabrir } from "@/features/revision/operaciones";
import { formatearFecha } from "@/lib/fechas";
import { ambitoDeCentro } from "@/lib/obligaciones";
import type { Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { crearEscenario, type Escenario } from "../helpers/escenario";

const PREFIJO = "notif";
const ANIO = 2073;
const SIN_PERMISO = "No tiene permiso para realizar esta operación.";
const COMENTARIO = "Las ventas con DEF del trimestre no cuadran con el total facturado; revise la cifra.";
const MOTIVO = "La regional reportó un error en el total de aprovechamientos aprobado.";

const TRAZABILIDAD = {
  tipo: "TRAZABILIDAD_VENTAS",
  totalAprovechamientos: "1.000.000",
  totalFacturadoDef: "900.000",
  numeroDef: "14",
  pagosRecibidos: "850.000",
};

const RECAUDO = {
  tipo: "RECAUDO",
  recaudoFiscalizacion: "5.000.000",
  recaudoCobroPersuasivo: "2.500.000",
  aportantesNuevos: "120",
  smsEnviados: "3.000",
  correosEnviados: "4.500",
  analisis: "El recaudo del semestre superó lo previsto gracias al cobro persuasivo.",
};

const prisma = crearClientePrisma(process.env.DATABASE_URL!);
let e: Escenario;
let plan: { vigenciaId: number; accionId: number };

/** Users of this file besides the scenario's: a second coordinator, admin and subdirector of centro A. */
let coordinador2: Actor;
let coordinadorInactivo: Actor;
let admin2: Actor;
let subdirectorA2: Actor;
let mios: number[];
/** How the messages name centro A: "Centro notif A (Regional …)". */
let unidadA: string;

async function usuario(nombre: string, rol: Rol, centroId: number | null, activo = true): Promise<Actor> {
  const u = await prisma.user.create({
    data: {
      email: `${nombre}.${PREFIJO}@pruebas.test`.toLowerCase(),
      nombre,
      rol,
      centroId,
      activo,
      passwordHash: "no-usada",
    },
  });
  return { id: u.id, rol: u.rol, centroId: u.centroId };
}

beforeAll(async () => {
  e = await crearEscenario(PREFIJO);
  const vigencia = await prisma.vigencia.create({
    data: {
      anio: ANIO,
      nombre: `Plan de Acción ${ANIO} (pruebas de notificaciones)`,
      temas: {
        create: {
          codigo: "9.7.3",
          nombre: "Tema de pruebas de notificaciones",
          orden: 1,
          lineamientos: {
            create: {
              texto: "Lineamiento de pruebas de notificaciones",
              orden: 1,
              acciones: {
                create: { texto: "Acción de pruebas", resultadoEsperado: "Avisos entregados", orden: 1 },
              },
            },
          },
        },
      },
    },
    include: { temas: { include: { lineamientos: { include: { acciones: true } } } } },
  });
  plan = { vigenciaId: vigencia.id, accionId: vigencia.temas[0]!.lineamientos[0]!.acciones[0]!.id };
  coordinador2 = await usuario("coordinador2", "COORDINADOR", null);
  coordinadorInactivo = await usuario("coordinadorInactivo", "COORDINADOR", null, false);
  admin2 = await usuario("admin2", "ADMIN", null);
  subdirectorA2 = await usuario("subA2", "SUBDIRECTOR", e.centroA.id);
  const regionalA = await prisma.regional.findUniqueOrThrow({ where: { id: e.centroA.regionalId } });
  unidadA = `${e.centroA.nombre} (Regional ${regionalA.nombre})`;
  mios = [
    ...Object.values(e.actores).map((a) => a.id),
    coordinador2.id,
    coordinadorInactivo.id,
    admin2.id,
    subdirectorA2.id,
  ];
});

// Later files count the active coordinators and admins of the shared database: leave only the scenario's.
afterAll(async () => {
  await prisma.user.updateMany({
    where: { id: { in: [coordinador2.id, admin2.id] } },
    data: { activo: false },
  });
  await prisma.$disconnect();
});

// Every test starts with nobody in this file having chosen to keep any kind off e-mail.
beforeEach(async () => {
  await prisma.preferenciaNotificacion.deleteMany({ where: { usuarioId: { in: mios } } });
});

/** Each report gets its own seguimiento, so any number of them can share a centro and period. */
async function borrador(alcance: Alcance = "POR_CENTRO") {
  const nacional = alcance === "NACIONAL";
  const seguimiento = await prisma.seguimiento.create({
    data: {
      ...plan,
      herramienta: "INFORME",
      periodicidad: nacional ? "SEMESTRAL" : "TRIMESTRAL",
      alcance,
      tipoReporte: nacional ? "RECAUDO" : "TRAZABILIDAD_VENTAS",
      diasOportunidad: 15,
      observacion: "Seguimiento de pruebas de notificaciones",
      soloCentrosConAprovechamiento: !nacional,
    },
  });
  const centroId = nacional ? null : e.centroA.id;
  return prisma.reporte.create({
    data: {
      seguimientoId: seguimiento.id,
      vigenciaId: plan.vigenciaId,
      tipo: seguimiento.tipoReporte,
      periodo: nacional ? `${ANIO}-S1` : `${ANIO}-T1`,
      centroId,
      ambito: ambitoDeCentro(centroId),
      creadoPorId: (nacional ? e.actores.coordinador : e.actores.subdirectorA).id,
    },
  });
}

type Reporte = Awaited<ReturnType<typeof borrador>>;

async function enviar(actor: Actor, reporte: Reporte, version: number) {
  const resultado = await guardarReporte(actor, {
    reporteId: reporte.id,
    version,
    enviar: true,
    datos: reporte.tipo === "RECAUDO" ? RECAUDO : TRAZABILIDAD,
  });
  expect(resultado).toEqual({ ok: true, data: { version: version + 1, estado: "ENVIADO" } });
}

/** A report of centro A that its subdirector has just submitted (now at version 2). */
async function enviadoDelCentro(): Promise<Reporte> {
  const reporte = await borrador();
  await enviar(e.actores.subdirectorA, reporte, 1);
  return reporte;
}

async function devolverComo(actor: Actor, reporte: Reporte, version: number) {
  const resultado = await devolver(actor, { reporteId: reporte.id, version, comentario: COMENTARIO });
  expect(resultado).toEqual({
    ok: true,
    data: { reporteId: reporte.id, version: version + 1, estado: "DEVUELTO" },
  });
}

function nombreDe(reporte: Reporte): string {
  return nombreDelReporte(reporte.tipo, reporte.periodo);
}

/** The notifications about a report, oldest first, with the e-mails they caused. */
function avisos(reporteId: number, tipo?: TipoNotificacion) {
  return prisma.notificacion.findMany({
    where: { reporteId, ...(tipo ? { tipo } : {}) },
    orderBy: { id: "asc" },
    include: { correos: true },
  });
}

type Aviso = Awaited<ReturnType<typeof avisos>>[number];

function destinatarios(filas: readonly { usuarioId: number }[]): number[] {
  return filas.map((f) => f.usuarioId).sort((a, b) => a - b);
}

/** Everybody active with that role in the shared database, which is who a role-wide notice reaches. */
async function activosCon(rol: Rol): Promise<number[]> {
  const usuarios = await prisma.user.findMany({ where: { rol, activo: true }, select: { id: true } });
  return usuarios.map((u) => u.id).sort((a, b) => a - b);
}

function ordenados(ids: number[]): number[] {
  return [...ids].sort((a, b) => a - b);
}

/** The keys, among those of these e-mails, that the job queue holds for sending. */
async function enCola(correoIds: readonly number[]): Promise<{ key: string; task_identifier: string }[]> {
  const claves = correoIds.map((id) => `correo:${id}`);
  return prisma.$queryRaw<{ key: string; task_identifier: string }[]>`
    SELECT key, task_identifier FROM graphile_worker.jobs WHERE key = ANY(${claves}::text[]) ORDER BY key`;
}

async function trabajosEnCola(): Promise<number> {
  const [fila] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`;
  return fila!.n;
}

/** Each of these notifications produced exactly one pending e-mail to its user, waiting in the queue. */
async function conCorreoEnCola(filas: readonly Aviso[]) {
  const usuarios = await prisma.user.findMany({
    where: { id: { in: filas.map((f) => f.usuarioId) } },
    select: { id: true, email: true },
  });
  const email = new Map(usuarios.map((u) => [u.id, u.email]));
  for (const fila of filas) {
    expect(fila.correos).toHaveLength(1);
    expect(fila.correos[0]).toMatchObject({
      usuarioId: fila.usuarioId,
      notificacionId: fila.id,
      para: email.get(fila.usuarioId),
      asunto: `[Plan de Acción] ${fila.titulo}`,
      estado: "PENDIENTE",
      intentos: 0,
    });
    expect(fila.correos[0]!.texto).toContain(fila.mensaje);
    expect(fila.correos[0]!.texto).toContain(`${fila.enlace}\n`);
  }
  const ids = filas.map((f) => f.correos[0]!.id);
  expect(await enCola(ids)).toEqual(
    ids
      .map((id) => `correo:${id}`)
      .sort()
      .map((key) => ({ key, task_identifier: "enviar-correo" })),
  );
}

/** The deadlines of a report, oldest first, as calendar dates. */
async function plazos(reporteId: number) {
  const filas = await prisma.plazoReporte.findMany({ where: { reporteId }, orderBy: { id: "asc" } });
  return filas.map((p) => ({
    tipo: p.tipo,
    venceEl: p.venceEl.toISOString().slice(0, 10),
    abierto: p.cerradoEn === null,
  }));
}

/** Today in Bogotá plus some calendar days, computed apart from the application's own helpers. */
function hoyEnBogotaMas(dias: number): string {
  const hoy = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Bogota" }).format(new Date());
  const fecha = new Date(`${hoy}T00:00:00Z`);
  fecha.setUTCDate(fecha.getUTCDate() + dias);
  return fecha.toISOString().slice(0, 10);
}

/** The configured days (10 and 10 unless an administrator changed them). */
async function diasConfigurados() {
  const fila = await prisma.configuracionSeguimiento.findUnique({ where: { id: 1 } });
  return { revision: fila?.diasRevision ?? 10, correccion: fila?.diasCorreccion ?? 10 };
}

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

describe("una decisión rechazada no avisa a nadie", () => {
  async function estadoCompleto(reporteId: number) {
    const filas = await avisos(reporteId);
    return {
      reporte: await prisma.reporte.findUniqueOrThrow({ where: { id: reporteId } }),
      avisos: filas,
      correos: await prisma.correo.count({ where: { notificacionId: { in: filas.map((f) => f.id) } } }),
      trabajos: await trabajosEnCola(),
      plazos: await plazos(reporteId),
      auditoria: await prisma.auditLog.count({ where: { reporteId } }),
    };
  }

  it.each([
    [
      "el subdirector intenta aprobar su propio reporte",
      () => e.actores.subdirectorA,
      "aprobar",
      2,
      SIN_PERMISO,
    ],
    [
      "el subdirector de otro centro intenta devolverlo",
      () => e.actores.subdirectorB,
      "devolver",
      2,
      MENSAJE_NO_EXISTE,
    ],
    [
      "el administrador intenta devolver un reporte de centro",
      () => e.actores.admin,
      "devolver",
      2,
      SIN_PERMISO,
    ],
    [
      "el coordinador aprueba una versión vieja",
      () => e.actores.coordinador,
      "aprobar",
      1,
      MENSAJE_VERSION_VIEJA,
    ],
    ["el coordinador devuelve una versión vieja", () => coordinador2, "devolver", 1, MENSAJE_VERSION_VIEJA],
  ] as const)(
    "%s: ni avisos, ni correos, ni trabajos, ni cambios de plazo",
    async (_caso, quien, decision, version, mensaje) => {
      const reporte = await enviadoDelCentro();
      const antes = await estadoCompleto(reporte.id);

      const resultado =
        decision === "aprobar"
          ? await aprobar(quien(), { reporteId: reporte.id, version })
          : await devolver(quien(), { reporteId: reporte.id, version, comentario: COMENTARIO });

      expect(resultado).toEqual({ ok: false, message: mensaje });
      expect(await estadoCompleto(reporte.id)).toEqual(antes);
    },
  );

  it("si el correo no puede guardarse, la devolución entera se deshace: estado, plazos, avisos y auditoría", async () => {
    const reporte = await enviadoDelCentro();
    const antes = await estadoCompleto(reporte.id);
    // subA's notice and e-mail are written first; subA2's e-mail then fails, inside the same transaction.
    await prisma.$executeRawUnsafe(`
      CREATE FUNCTION notif_prueba_correo_falla() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'fallo simulado al guardar el correo'; END $$`);
    await prisma.$executeRawUnsafe(`
      CREATE TRIGGER notif_prueba_correo_falla BEFORE INSERT ON "Correo" FOR EACH ROW
      WHEN (NEW."usuarioId" = ${subdirectorA2.id}) EXECUTE FUNCTION notif_prueba_correo_falla()`);
    try {
      const resultado = await devolver(e.actores.coordinador, {
        reporteId: reporte.id,
        version: 2,
        comentario: COMENTARIO,
      });
      expect(resultado.ok).toBe(false);
      expect(!resultado.ok && resultado.message).toContain(
        "Ocurrió un error inesperado y no se guardó ningún cambio",
      );
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS notif_prueba_correo_falla ON "Correo"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS notif_prueba_correo_falla()`);
    }
    expect(await estadoCompleto(reporte.id)).toEqual(antes);
    expect(await avisos(reporte.id, "REPORTE_DEVUELTO")).toEqual([]);

    // Once the e-mail can be stored again, the very same return goes through.
    await devolverComo(e.actores.coordinador, reporte, 2);
    expect(destinatarios(await avisos(reporte.id, "REPORTE_DEVUELTO"))).toEqual(
      ordenados([e.actores.subdirectorA.id, subdirectorA2.id]),
    );
  });
});
