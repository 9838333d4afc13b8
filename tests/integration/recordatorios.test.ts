import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EstadoReporte, Rol, TipoNotificacion, TipoReporte } from "@/generated/prisma/enums";
import { claveDelCorreo } from "@/server/cola";
import { ejecutarAhora, guardarConfiguracion } from "@/features/recordatorios/operaciones";
import { ejecutarPasada, type ResultadoPasada } from "@/features/recordatorios/pasada";
import { nombreDelReporte } from "@/lib/etiquetas";
import { comoColumnaDate, diaIsoDeLaSemana, fechaEnBogota, formatearFecha, semanaIso } from "@/lib/fechas";
import { CONFIGURACION_POR_DEFECTO } from "@/lib/recordatorios";
import type { Actor } from "@/server/autorizacion";
import { MENSAJE_CONFLICTO } from "@/server/bloqueo";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { sembrarVigencia } from "../../prisma/seed/plan";
import { PLAN_2020 } from "../../prisma/seed/plan-2020";
import { crearEscenario, type Escenario } from "../helpers/escenario";

// The pass looks at every active centro and user of the shared test database and at the vigencias
// of the year of `hoy` and the one before. This file owns vigencia 2061 (2060 does not exist; 2031
// belongs to metas.test.ts), puts its centros in Regional Amazonas (no other file uses it, and it is
// the first regional in every list), and asserts only on the notifications and ledger rows of its
// own users.
const PREFIJO = "recor";
const ANIO = 2061;
const SIN_PERMISO = "No tiene permiso para realizar esta operación.";
const DATOS_INVALIDOS = "Revise los campos marcados: hay datos que no son válidos.";
const REGIONAL = "Amazonas";

// TRAZABILIDAD_VENTAS is quarterly with 15 days of opportunity; RECAUDO half-yearly with 30.
const LIMITE_T1 = "2061-04-15";
const LIMITE_T2 = "2061-07-15";
const LIMITE_T3 = "2061-10-15";
const LIMITE_RECAUDO_S1 = "2061-07-30";
// The return of the T1 of the "Devuelto" centro opens its correction, due ten days later.
const DEVUELTO_EL = "2061-04-27";
const CORRECCION_VENCE = "2061-05-07";
// The T1 of the "Enviado" centro was resubmitted on May 20: its review was due ten days later.
const REENVIADO_EL = "2061-05-20";
const REVISION_T1_VENCE = "2061-05-30";
// The T2 of the "Enviado" and "Devuelto" centros were submitted on July 5.
const ENVIADOS_T2_EL = "2061-07-05";
const REVISION_T2_VENCE = "2061-07-15";

const T1 = nombreDelReporte("TRAZABILIDAD_VENTAS", "2061-T1");
const T2 = nombreDelReporte("TRAZABILIDAD_VENTAS", "2061-T2");
const T3 = nombreDelReporte("TRAZABILIDAD_VENTAS", "2061-T3");
const RECAUDO_S1 = nombreDelReporte("RECAUDO", "2061-S1");

const prisma = crearClientePrisma(process.env.DATABASE_URL!);
let e: Escenario;

const SUFIJOS = {
  pendiente: "Pendiente",
  borrador: "Borrador",
  silencio: "Silencio",
  enviado: "Enviado",
  aprobado: "Aprobado",
  devuelto: "Devuelto",
} as const;
type Caso = keyof typeof SUFIJOS;

interface CentroDePrueba {
  id: number;
  nombre: string;
  subdirector: Actor;
}

let centros: Record<Caso, CentroDePrueba>;
let coordinador2: Actor;
let seguimiento: Record<TipoReporte, number>;
/** The reports of this file's centros in 2061. */
let reportes: {
  borradorT1: number;
  enviadoT1: number;
  aprobadoT1: number;
  devueltoT1: number;
  enviadoT2: number;
  devueltoT2: number;
};
/** Every user this file created, by a short name used in the assertions. */
let nombres: Map<number, string>;
let mios: number[];
let regionalA: string;
let regionalB: string;
/** The last e-mail in the outbox before this file ran: those after it were queued by its passes. */
let ultimoCorreoPrevio: number;

const SUBDIRECTORES_CON_APROVECHAMIENTO = [
  "subA",
  "subB",
  "sub-aprobado",
  "sub-borrador",
  "sub-devuelto",
  "sub-enviado",
  "sub-pendiente",
  "sub-silencio",
];
const RESUMENES = ["admin RESUMEN_SEMANAL", "coordinador RESUMEN_SEMANAL", "coordinador2 RESUMEN_SEMANAL"];

async function usuario(nombre: string, rol: Rol, centroId: number | null = null): Promise<Actor> {
  const u = await prisma.user.create({
    data: {
      email: `${nombre}.${PREFIJO}@pruebas.test`.toLowerCase(),
      nombre,
      rol,
      centroId,
      passwordHash: "no-usada",
    },
  });
  return { id: u.id, rol: u.rol, centroId: u.centroId };
}

function instante(fecha: string): Date {
  // 10:00 in Bogotá.
  return new Date(`${fecha}T15:00:00Z`);
}

async function nuevoReporte(
  caso: Caso,
  tipo: TipoReporte,
  periodo: string,
  estado: EstadoReporte,
  fechas: { primerEnvio?: string; enviado?: string; revisado?: string } = {},
): Promise<number> {
  const centro = centros[caso];
  const vigencia = await prisma.vigencia.findUniqueOrThrow({ where: { anio: ANIO } });
  const enviado = fechas.enviado ?? fechas.primerEnvio;
  const reporte = await prisma.reporte.create({
    data: {
      seguimientoId: seguimiento[tipo],
      vigenciaId: vigencia.id,
      tipo,
      periodo,
      centroId: centro.id,
      ambito: String(centro.id),
      estado,
      creadoPorId: centro.subdirector.id,
      enviadoPorId: enviado ? centro.subdirector.id : null,
      enviadoEn: enviado ? instante(enviado) : null,
      primerEnvioEn: fechas.primerEnvio ? instante(fechas.primerEnvio) : null,
      revisadoPorId: fechas.revisado ? e.actores.coordinador.id : null,
      revisadoEn: fechas.revisado ? instante(fechas.revisado) : null,
      comentarioRevision: estado === "DEVUELTO" ? "Las cifras de DEF no cuadran con lo facturado." : null,
    },
  });
  return reporte.id;
}

async function abrirPlazo(
  reporteId: number,
  tipo: "CORRECCION" | "REVISION",
  abierto: string,
  vence: string,
) {
  await prisma.plazoReporte.create({
    data: {
      reporteId,
      tipo,
      abiertoEn: instante(abierto),
      // A `date` column: midnight UTC of the calendar day.
      venceEl: new Date(`${vence}T00:00:00Z`),
    },
  });
}

async function restablecerConfiguracion() {
  await prisma.configuracionSeguimiento.update({
    where: { id: 1 },
    data: { ...CONFIGURACION_POR_DEFECTO, version: { increment: 1 } },
  });
}

beforeAll(async () => {
  ultimoCorreoPrevio = (await prisma.correo.aggregate({ _max: { id: true } }))._max.id ?? 0;
  e = await crearEscenario(PREFIJO);
  // Other files rely on the defaults as well; start from them whatever ran before.
  await restablecerConfiguracion();
  const { vigenciaId } = await sembrarVigencia(
    prisma,
    ANIO,
    `Plan de Acción ${ANIO} (recordatorios)`,
    PLAN_2020,
  );
  const seguimientos = await prisma.seguimiento.findMany({ where: { vigenciaId } });
  seguimiento = Object.fromEntries(seguimientos.map((s) => [s.tipoReporte, s.id])) as Record<
    TipoReporte,
    number
  >;
  const amazonas = await prisma.regional.findUniqueOrThrow({ where: { nombre: REGIONAL } });
  const centrosCreados: Partial<Record<Caso, CentroDePrueba>> = {};
  for (const [caso, sufijo] of Object.entries(SUFIJOS) as [Caso, string][]) {
    const centro = await prisma.centro.create({
      data: {
        codigo: `${PREFIJO}-${caso}`,
        nombre: `Centro ${PREFIJO} ${sufijo}`,
        regionalId: amazonas.id,
        generaAprovechamiento: true,
      },
    });
    const subdirector = await usuario(`sub-${caso}`, "SUBDIRECTOR", centro.id);
    centrosCreados[caso] = { id: centro.id, nombre: centro.nombre, subdirector };
  }
  centros = centrosCreados as Record<Caso, CentroDePrueba>;
  coordinador2 = await usuario("coordinador2", "COORDINADOR");

  reportes = {
    borradorT1: await nuevoReporte("borrador", "TRAZABILIDAD_VENTAS", "2061-T1", "BORRADOR"),
    enviadoT1: await nuevoReporte("enviado", "TRAZABILIDAD_VENTAS", "2061-T1", "ENVIADO", {
      primerEnvio: "2061-04-05",
      enviado: REENVIADO_EL,
    }),
    aprobadoT1: await nuevoReporte("aprobado", "TRAZABILIDAD_VENTAS", "2061-T1", "APROBADO", {
      primerEnvio: "2061-04-05",
      revisado: "2061-04-12",
    }),
    devueltoT1: await nuevoReporte("devuelto", "TRAZABILIDAD_VENTAS", "2061-T1", "DEVUELTO", {
      primerEnvio: "2061-04-05",
      revisado: DEVUELTO_EL,
    }),
    enviadoT2: await nuevoReporte("enviado", "TRAZABILIDAD_VENTAS", "2061-T2", "ENVIADO", {
      primerEnvio: ENVIADOS_T2_EL,
    }),
    devueltoT2: await nuevoReporte("devuelto", "TRAZABILIDAD_VENTAS", "2061-T2", "ENVIADO", {
      primerEnvio: ENVIADOS_T2_EL,
    }),
  };
  await abrirPlazo(reportes.devueltoT1, "CORRECCION", DEVUELTO_EL, CORRECCION_VENCE);
  await abrirPlazo(reportes.enviadoT1, "REVISION", REENVIADO_EL, REVISION_T1_VENCE);
  await abrirPlazo(reportes.enviadoT2, "REVISION", ENVIADOS_T2_EL, REVISION_T2_VENCE);
  await abrirPlazo(reportes.devueltoT2, "REVISION", ENVIADOS_T2_EL, REVISION_T2_VENCE);

  // The subdirector of "Silencio" keeps the reminders before and after the deadline to the app.
  await prisma.preferenciaNotificacion.createMany({
    data: (["PLAZO_PROXIMO", "PLAZO_VENCIDO"] as const).map((tipo) => ({
      usuarioId: centros.silencio.subdirector.id,
      tipo,
      correo: false,
    })),
  });

  nombres = new Map<number, string>([
    [e.actores.admin.id, "admin"],
    [e.actores.coordinador.id, "coordinador"],
    [coordinador2.id, "coordinador2"],
    [e.actores.consulta.id, "consulta"],
    [e.actores.subdirectorA.id, "subA"],
    [e.actores.subdirectorB.id, "subB"],
    [e.actores.subdirectorC.id, "subC"],
    ...Object.entries(centros).map(([caso, c]) => [c.subdirector.id, `sub-${caso}`] as [number, string]),
  ]);
  mios = [...nombres.keys()];
  const regional = async (regionalId: number) =>
    (await prisma.regional.findUniqueOrThrow({ where: { id: regionalId } })).nombre;
  regionalA = await regional(e.centroA.regionalId);
  regionalB = await regional(e.centroB.regionalId);
});

afterAll(async () => {
  await restablecerConfiguracion();
  // The passes queued a job per e-mail, for every user in the database: take them out of the queue so
  // that a later file running the worker does not wait behind them.
  const propios = await prisma.correo.findMany({
    where: { id: { gt: ultimoCorreoPrevio } },
    select: { id: true },
  });
  const claves = propios.map((c) => claveDelCorreo(c.id));
  if (claves.length > 0) {
    await prisma.$executeRaw`SELECT graphile_worker.remove_job(clave) FROM unnest(${claves}::text[]) AS clave`;
  }
  await prisma.$disconnect();
});

async function ultimaNotificacion(): Promise<number> {
  return (await prisma.notificacion.aggregate({ _max: { id: true } }))._max.id ?? 0;
}

function notificacionesDeMisUsuarios(desde: number) {
  return prisma.notificacion.findMany({
    where: { id: { gt: desde }, usuarioId: { in: mios } },
    include: { correos: true },
    orderBy: { id: "asc" },
  });
}

type Notificaciones = Awaited<ReturnType<typeof notificacionesDeMisUsuarios>>;

/** "sub-pendiente PLAZO_PROXIMO", sorted: who of this file's users got what. */
function quienRecibioQue(notificaciones: Notificaciones): string[] {
  return notificaciones.map((n) => `${nombres.get(n.usuarioId)} ${n.tipo}`).sort();
}

/** One pass as of `hoy`, and what it delivered to this file's users. */
async function pasada(hoy: string) {
  const desde = await ultimaNotificacion();
  const resultado = await ejecutarPasada(prisma, { hoy, origen: "PROGRAMADA" });
  const nuevas = await notificacionesDeMisUsuarios(desde);
  const de = (actor: Actor, tipo?: TipoNotificacion) =>
    nuevas.filter((n) => n.usuarioId === actor.id && (tipo === undefined || n.tipo === tipo));
  /** The one notification of that kind the user got in this pass. */
  const unica = (actor: Actor, tipo: TipoNotificacion) => {
    const [n, ...otras] = de(actor, tipo);
    expect(otras).toEqual([]);
    expect(n).toBeDefined();
    return n!;
  };
  return { resultado, nuevas, recibido: quienRecibioQue(nuevas), de, unica };
}

function recibidos(nombresDeUsuario: readonly string[], tipo: TipoNotificacion): string[] {
  return nombresDeUsuario.map((n) => `${n} ${tipo}`).sort();
}

function ordenados(...listas: string[][]): string[] {
  return listas.flat().sort();
}

/** The lines of one group ("Regional Amazonas", "Nivel nacional") of a message listed by regional. */
function grupo(mensaje: string, encabezado: string): string[] | undefined {
  return mensaje
    .split("\n\n")
    .find((bloque) => bloque.startsWith(`${encabezado}\n`))
    ?.split("\n");
}

function conAtraso(centro: string, reporte: string, limite: string, dias: number): string {
  return `- ${centro}: ${reporte}, vencía el ${formatearFecha(limite)} (${dias} días de atraso)`;
}

function de(caso: Caso): string {
  return `${centros[caso].nombre} (Regional ${REGIONAL})`;
}

async function conteosGlobales() {
  const [notificaciones, correos, bitacora, pasadas] = await Promise.all([
    prisma.notificacion.count(),
    prisma.correo.count(),
    prisma.recordatorio.count(),
    prisma.pasadaRecordatorios.count(),
  ]);
  return { notificaciones, correos, bitacora, pasadas };
}

async function bitacoraPorEtapa(): Promise<Map<string, number>> {
  const filas = await prisma.recordatorio.groupBy({ by: ["etapa"], _count: { _all: true } });
  return new Map(filas.map((f) => [f.etapa, f._count._all]));
}

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

describe("plazos de corrección y de revisión", () => {
  it("el reporte devuelto recuerda su corrección siete días y un día antes de que venza, y avisa el día siguiente", async () => {
    const previo = await pasada("2061-04-30");
    expect(previo.recibido).toEqual(ordenados(["sub-devuelto CORRECCION_PROXIMA"], RESUMENES));
    expect(previo.unica(centros.devuelto.subdirector, "CORRECCION_PROXIMA")).toMatchObject({
      titulo: `Quedan 7 días para corregir: ${T1}`,
      mensaje:
        `«${T1}» de ${de("devuelto")} fue devuelto para corrección. Corríjalo y vuelva a ` +
        `enviarlo a más tardar el ${formatearFecha(CORRECCION_VENCE)}.`,
      enlace: `/reportes/${reportes.devueltoT1}`,
      reporteId: reportes.devueltoT1,
    });

    const vispera = await pasada("2061-05-06");
    expect(vispera.recibido).toEqual(ordenados(["sub-devuelto CORRECCION_PROXIMA"], RESUMENES));
    // Only the part after the verb: "Quedan 1 día" is a slip of the product's wording.
    const titulo = vispera.unica(centros.devuelto.subdirector, "CORRECCION_PROXIMA").titulo;
    expect(titulo.slice(titulo.indexOf(" 1 día"))).toBe(` 1 día para corregir: ${T1}`);

    // Sunday of the same ISO week: no second digest.
    const vencida = await pasada("2061-05-08");
    expect(vencida.recibido).toEqual(["sub-devuelto CORRECCION_VENCIDA"]);
    const aviso = vencida.unica(centros.devuelto.subdirector, "CORRECCION_VENCIDA");
    expect(aviso).toMatchObject({
      titulo: `Venció el plazo de corrección: ${T1}`,
      mensaje:
        `«${T1}» de ${de("devuelto")} debía corregirse y reenviarse a más tardar el ` +
        `${formatearFecha(CORRECCION_VENCE)}. Reenvíelo cuanto antes: la corrección quedará registrada como tardía.`,
      enlace: `/reportes/${reportes.devueltoT1}`,
      reporteId: reportes.devueltoT1,
    });
    expect(aviso.correos).toHaveLength(1);
  });

  it("una revisión vencida llega a cada coordinador con el enlace al reporte", async () => {
    const { recibido, unica } = await pasada("2061-05-31");
    expect(recibido).toEqual(
      ordenados(recibidos(["coordinador", "coordinador2"], "REVISION_VENCIDA"), RESUMENES),
    );
    for (const coordinador of [e.actores.coordinador, coordinador2]) {
      const aviso = unica(coordinador, "REVISION_VENCIDA");
      expect(aviso).toMatchObject({
        titulo: `Revisión vencida: ${T1}`,
        mensaje:
          "Venció el plazo para aprobar o devolver estos reportes enviados:\n\n" +
          `Regional ${REGIONAL}\n` +
          `- ${centros.enviado.nombre}: ${T1}, debía revisarse a más tardar el ${formatearFecha(REVISION_T1_VENCE)}`,
        enlace: `/reportes/${reportes.enviadoT1}`,
        reporteId: reportes.enviadoT1,
      });
      expect(aviso.correos).toHaveLength(1);
    }
  });

  it("varias revisiones vencidas el mismo día llegan en un solo aviso por coordinador, que lleva a la cola de revisión", async () => {
    const { recibido, unica } = await pasada("2061-07-16");
    expect(recibido).toEqual(
      ordenados(
        recibidos(["coordinador", "coordinador2"], "REVISION_VENCIDA"),
        recibidos(
          ["sub-aprobado", "sub-borrador", "sub-pendiente", "sub-silencio", "subA", "subB"],
          "PLAZO_VENCIDO",
        ),
        RESUMENES,
      ),
    );
    const limite = formatearFecha(REVISION_T2_VENCE);
    for (const coordinador of [e.actores.coordinador, coordinador2]) {
      expect(unica(coordinador, "REVISION_VENCIDA")).toMatchObject({
        titulo: "2 revisiones vencidas",
        mensaje:
          "Venció el plazo para aprobar o devolver estos reportes enviados:\n\n" +
          `Regional ${REGIONAL}\n` +
          `- ${centros.devuelto.nombre}: ${T2}, debía revisarse a más tardar el ${limite}\n` +
          `- ${centros.enviado.nombre}: ${T2}, debía revisarse a más tardar el ${limite}`,
        enlace: "/revision",
        reporteId: null,
      });
    }
  });
});

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

describe("configuración de los recordatorios", () => {
  const NUEVA = {
    diasAntes: "5, 2",
    diasEscalamiento: 3,
    diasCorreccion: 4,
    diasRevision: 6,
    diaResumenSemanal: 3,
  };

  const fila = () => prisma.configuracionSeguimiento.findUniqueOrThrow({ where: { id: 1 } });

  afterAll(restablecerConfiguracion);

  it.each(["coordinador", "subdirectorA", "consulta"] as const)(
    "el rol de %s no puede cambiarla y nada cambia",
    async (quien) => {
      const antes = await fila();
      const resultado = await guardarConfiguracion(e.actores[quien], { version: antes.version, ...NUEVA });
      expect(resultado).toEqual({ ok: false, message: SIN_PERMISO });
      expect(await fila()).toEqual(antes);
    },
  );

  const MENSAJE_DIAS_ANTES =
    "Escriba hasta cinco números enteros de días entre 0 y 90, separados por comas (por ejemplo 7, 1); " +
    "0 es el mismo día del vencimiento.";
  const MENSAJE_ESCALAMIENTO =
    "Escriba un número entero de días entre 2 y 90: el día siguiente al vencimiento ya se envía el aviso de vencido.";
  const MENSAJE_DIAS = "Escriba un número entero de días entre 1 y 90.";

  it.each([
    ["días antes negativos", { diasAntes: "-1" }, { diasAntes: [MENSAJE_DIAS_ANTES] }],
    ["días antes que no son números", { diasAntes: "siete, uno" }, { diasAntes: [MENSAJE_DIAS_ANTES] }],
    ["un escalamiento negativo", { diasEscalamiento: -3 }, { diasEscalamiento: [MENSAJE_ESCALAMIENTO] }],
    ["un escalamiento de un día", { diasEscalamiento: 1 }, { diasEscalamiento: [MENSAJE_ESCALAMIENTO] }],
    ["días de corrección en letras", { diasCorreccion: "diez" }, { diasCorreccion: [MENSAJE_DIAS] }],
    ["días de revisión en cero", { diasRevision: 0 }, { diasRevision: [MENSAJE_DIAS] }],
    [
      "un día de la semana que no existe",
      { diaResumenSemanal: 8 },
      { diaResumenSemanal: ["Elija el día de la semana del resumen."] },
    ],
  ])("rechaza %s sin tocar la configuración", async (_caso, cambio, fieldErrors) => {
    const antes = await fila();
    const resultado = await guardarConfiguracion(e.actores.admin, {
      version: antes.version,
      ...NUEVA,
      ...cambio,
    });
    expect(resultado).toEqual({ ok: false, message: DATOS_INVALIDOS, fieldErrors });
    expect(await fila()).toEqual(antes);
  });

  it("el administrador la guarda y queda auditada con lo de antes y lo de después", async () => {
    const antes = await fila();
    const resultado = await guardarConfiguracion(e.actores.admin, { version: antes.version, ...NUEVA });
    expect(resultado).toEqual({ ok: true, data: { version: antes.version + 1 } });
    expect(await fila()).toMatchObject({
      diasAntes: [5, 2],
      diasEscalamiento: 3,
      diasCorreccion: 4,
      diasRevision: 6,
      diaResumenSemanal: 3,
      version: antes.version + 1,
    });
    const auditoria = await prisma.auditLog.findFirstOrThrow({
      where: { entidad: "ConfiguracionSeguimiento", actorId: e.actores.admin.id },
      orderBy: { id: "desc" },
    });
    expect(auditoria).toMatchObject({
      accion: "EDITAR",
      entidadId: "1",
      antes: {
        diasAntes: [7, 1],
        diasEscalamiento: 7,
        diasCorreccion: 10,
        diasRevision: 10,
        diaResumenSemanal: 1,
      },
      despues: {
        diasAntes: [5, 2],
        diasEscalamiento: 3,
        diasCorreccion: 4,
        diasRevision: 6,
        diaResumenSemanal: 3,
      },
    });
  });

  it("rechaza guardar sobre una versión que otra persona ya cambió", async () => {
    const antes = await fila();
    const resultado = await guardarConfiguracion(e.actores.admin, {
      version: antes.version - 1,
      ...NUEVA,
      diasAntes: "10",
    });
    expect(resultado).toEqual({ ok: false, message: MENSAJE_CONFLICTO });
    expect(await fila()).toEqual(antes);
  });

  it("la próxima pasada avisa a los cinco días y no a los siete, y el resumen sale el miércoles configurado", async () => {
    const SUBDIRECTORES = SUBDIRECTORES_CON_APROVECHAMIENTO;
    // Seven days before the T3 deadline (a Saturday: the configured Wednesday has passed this week).
    expect((await pasada("2061-10-08")).recibido).toEqual(RESUMENES);

    // Five days before, a Monday: before the digest's Wednesday.
    const cinco = await pasada("2061-10-10");
    expect(cinco.recibido).toEqual(recibidos(SUBDIRECTORES, "PLAZO_PROXIMO"));
    expect(cinco.unica(centros.pendiente.subdirector, "PLAZO_PROXIMO").titulo).toBe(`Vence en 5 días: ${T3}`);
    expect(
      await prisma.recordatorio.findMany({
        where: { clave: { contains: `|2061-T3|${centros.pendiente.id}|` } },
        select: { etapa: true },
      }),
    ).toEqual([{ etapa: "PREVIO_5" }]);

    const miercoles = await pasada("2061-10-12");
    expect(diaIsoDeLaSemana("2061-10-12")).toBe(3);
    expect(miercoles.recibido).toEqual(RESUMENES);
  });

  it("tras el vencimiento escala a los tres días configurados", async () => {
    const vencido = await pasada("2061-10-16");
    expect(vencido.recibido).toEqual(recibidos(SUBDIRECTORES_CON_APROVECHAMIENTO, "PLAZO_VENCIDO"));
    expect(vencido.unica(centros.pendiente.subdirector, "PLAZO_VENCIDO").mensaje).toContain(
      "Si a los 3 días de atraso sigue sin enviarse",
    );

    // A Tuesday, before the configured Wednesday: no digest.
    const escalado = await pasada("2061-10-18");
    expect(escalado.recibido).toEqual(
      ordenados(
        recibidos(SUBDIRECTORES_CON_APROVECHAMIENTO, "ESCALAMIENTO"),
        recibidos(["coordinador", "coordinador2"], "ESCALAMIENTO"),
      ),
    );
    expect(escalado.unica(centros.pendiente.subdirector, "ESCALAMIENTO").titulo).toBe(
      `Reporte con 3 días de atraso: ${T3}`,
    );
    const copia = escalado.unica(e.actores.coordinador, "ESCALAMIENTO");
    expect(copia.titulo).toMatch(/^\d+ reportes llevan 3 días o más de atraso$/);
    expect(grupo(copia.mensaje, `Regional ${REGIONAL}`)).toEqual([
      `Regional ${REGIONAL}`,
      ...(["aprobado", "borrador", "devuelto", "enviado", "pendiente", "silencio"] as const).map((caso) =>
        conAtraso(centros[caso].nombre, T3, LIMITE_T3, 3),
      ),
    ]);
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
