// The world of the recordatorios*.test.ts files. The pass looks at every active centro and user of
// the database and at the vigencias of the year of `hoy` and the one before, so each file gets a
// database of its own: vigencia 2061 copied from the base plan, this world's centros in Regional
// Amazonas (the first regional in every list), and assertions only on the notifications and ledger
// rows of its own users.
import { expect } from "vitest";
import type { EstadoReporte, Rol, TipoNotificacion, TipoReporte } from "@/generated/prisma/enums";
import { ejecutarPasada } from "@/features/recordatorios/pasada";
import { nombreDelReporte } from "@/lib/etiquetas";
import { DECLARACIONES_2020 } from "@/features/plan/declaraciones-2020";
import { formatearFecha } from "@/lib/fechas";
import { CONFIGURACION_POR_DEFECTO } from "@/lib/recordatorios";
import type { Actor } from "@/server/autorizacion";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { sembrarVigencia } from "../../prisma/seed/plan";
import { PLAN_2020 } from "../../prisma/seed/plan-2020";
import { usarBasePropia } from "./base-propia";
import { crearEscenario, usuarioDePrueba, type Escenario } from "./escenario";

const PREFIJO = "recor";
export const ANIO = 2061;
export const SIN_PERMISO = "No tiene permiso para realizar esta operación.";
export const REGIONAL = "Amazonas";

// TRAZABILIDAD_VENTAS is quarterly with 15 days of opportunity; RECAUDO half-yearly with 30.
export const LIMITE_T1 = "2061-04-15";
export const LIMITE_T2 = "2061-07-15";
export const LIMITE_T3 = "2061-10-15";
export const LIMITE_RECAUDO_S1 = "2061-07-30";
// The return of the T1 of the "Devuelto" centro opens its correction, due ten days later.
const DEVUELTO_EL = "2061-04-27";
export const CORRECCION_VENCE = "2061-05-07";
// The T1 of the "Enviado" centro was resubmitted on May 20: its review was due ten days later.
const REENVIADO_EL = "2061-05-20";
export const REVISION_T1_VENCE = "2061-05-30";
// The T2 of the "Enviado" and "Devuelto" centros were submitted on July 5.
const ENVIADOS_T2_EL = "2061-07-05";
export const REVISION_T2_VENCE = "2061-07-15";

const { TRAZABILIDAD_VENTAS: TRAZABILIDAD, RECAUDO } = DECLARACIONES_2020;
export const T1 = nombreDelReporte(TRAZABILIDAD.nombre, "2061-T1");
export const T2 = nombreDelReporte(TRAZABILIDAD.nombre, "2061-T2");
export const T3 = nombreDelReporte(TRAZABILIDAD.nombre, "2061-T3");
export const RECAUDO_S1 = nombreDelReporte(RECAUDO.nombre, "2061-S1");

// Set by prepararRecordatorios in each file's beforeAll; the tests read them as they run.
export let prisma: ReturnType<typeof crearClientePrisma>;
export let e: Escenario;

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

export let centros: Record<Caso, CentroDePrueba>;
export let coordinador2: Actor;
export let seguimiento: Record<TipoReporte, number>;
/** The reports of this world's centros in 2061. */
export let reportes: {
  borradorT1: number;
  enviadoT1: number;
  aprobadoT1: number;
  devueltoT1: number;
  enviadoT2: number;
  devueltoT2: number;
};
/** Every user of this world, by a short name used in the assertions. */
export let nombres: Map<number, string>;
export let mios: number[];
export let regionalA: string;
export let regionalB: string;

export const SUBDIRECTORES_CON_APROVECHAMIENTO = [
  "subA",
  "subB",
  "sub-aprobado",
  "sub-borrador",
  "sub-devuelto",
  "sub-enviado",
  "sub-pendiente",
  "sub-silencio",
];
export const RESUMENES = [
  "admin RESUMEN_SEMANAL",
  "coordinador RESUMEN_SEMANAL",
  "coordinador2 RESUMEN_SEMANAL",
];

function usuario(nombre: string, rol: Rol, centroId: number | null = null): Promise<Actor> {
  return usuarioDePrueba(prisma, PREFIJO, nombre, rol, centroId);
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

export async function restablecerConfiguracion() {
  await prisma.configuracionSeguimiento.update({
    where: { id: 1 },
    data: { ...CONFIGURACION_POR_DEFECTO, version: { increment: 1 } },
  });
}

let cerrarBase: (() => Promise<void>) | undefined;

/** For `beforeAll`: the file's own database with this world in it. */
export async function prepararRecordatorios(): Promise<void> {
  cerrarBase = await usarBasePropia("plan_test_recordatorios");
  prisma = crearClientePrisma(process.env.DATABASE_URL!);
  e = await crearEscenario(PREFIJO);
  // The tests count on the default configuration.
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
}

/** For `afterAll`: back to the shared database, dropping the file's own. */
export async function cerrarRecordatorios(): Promise<void> {
  await prisma?.$disconnect();
  await cerrarBase?.();
}

export async function ultimaNotificacion(): Promise<number> {
  return (await prisma.notificacion.aggregate({ _max: { id: true } }))._max.id ?? 0;
}

export function notificacionesDeMisUsuarios(desde: number) {
  return prisma.notificacion.findMany({
    where: { id: { gt: desde }, usuarioId: { in: mios } },
    include: { correos: true },
    orderBy: { id: "asc" },
  });
}

type Notificaciones = Awaited<ReturnType<typeof notificacionesDeMisUsuarios>>;

/** "sub-pendiente PLAZO_PROXIMO", sorted: who of this world's users got what. */
export function quienRecibioQue(notificaciones: Notificaciones): string[] {
  return notificaciones.map((n) => `${nombres.get(n.usuarioId)} ${n.tipo}`).sort();
}

/** One pass as of `hoy`, and what it delivered to this world's users. */
export async function pasada(hoy: string) {
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

export function recibidos(nombresDeUsuario: readonly string[], tipo: TipoNotificacion): string[] {
  return nombresDeUsuario.map((n) => `${n} ${tipo}`).sort();
}

export function ordenados(...listas: string[][]): string[] {
  return listas.flat().sort();
}

/** The lines of one group ("Regional Amazonas", "Nivel nacional") of a message listed by regional. */
export function grupo(mensaje: string, encabezado: string): string[] | undefined {
  return mensaje
    .split("\n\n")
    .find((bloque) => bloque.startsWith(`${encabezado}\n`))
    ?.split("\n");
}

export function conAtraso(centro: string, reporte: string, limite: string, dias: number): string {
  return `- ${centro}: ${reporte}, vencía el ${formatearFecha(limite)} (${dias} días de atraso)`;
}

export function de(caso: Caso): string {
  return `${centros[caso].nombre} (Regional ${REGIONAL})`;
}

export async function conteosGlobales() {
  const [notificaciones, correos, bitacora, pasadas] = await Promise.all([
    prisma.notificacion.count(),
    prisma.correo.count(),
    prisma.recordatorio.count(),
    prisma.pasadaRecordatorios.count(),
  ]);
  return { notificaciones, correos, bitacora, pasadas };
}

export async function bitacoraPorEtapa(): Promise<Map<string, number>> {
  const filas = await prisma.recordatorio.groupBy({ by: ["etapa"], _count: { _all: true } });
  return new Map(filas.map((f) => [f.etapa, f._count._all]));
}
