// The world of the notificaciones*.test.ts files: the scenario, a vigencia 2073 with one acción, and
// more users for centro A and the national roles. A notice to a role reaches everybody active with it,
// so each file gets a database of its own.
import { expect } from "vitest";
import type { Alcance, Rol, TipoNotificacion } from "@/generated/prisma/enums";
import { guardarReporte } from "@/features/reportes/operaciones";
import { devolver } from "@/features/revision/operaciones";
import { nombreDelReporte } from "@/lib/etiquetas";
import { DECLARACIONES_2020 } from "@/features/plan/declaraciones-2020";
import { ambitoDeCentro } from "@/lib/obligaciones";
import type { Actor } from "@/server/autorizacion";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { usarBasePropia } from "./base-propia";
import { declarada, crearEscenario, usuarioDePrueba, type Escenario } from "./escenario";

const PREFIJO = "notif";
export const ANIO = 2073;
export const SIN_PERMISO = "No tiene permiso para realizar esta operación.";
export const COMENTARIO =
  "Las ventas con DEF del trimestre no cuadran con el total facturado; revise la cifra.";
export const MOTIVO = "La regional reportó un error en el total de aprovechamientos aprobado.";

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

// Set by prepararNotificaciones in each file's beforeAll; the tests read them as they run.
export let prisma: ReturnType<typeof crearClientePrisma>;
export let e: Escenario;
let plan: { vigenciaId: number; accionId: number };

/** Users of this world besides the scenario's: a second coordinator, admin and subdirector of centro A. */
export let coordinador2: Actor;
export let coordinadorInactivo: Actor;
export let admin2: Actor;
export let subdirectorA2: Actor;
export let mios: number[];
/** How the messages name centro A: "Centro notif A (Regional …)". */
export let unidadA: string;

function usuario(nombre: string, rol: Rol, centroId: number | null, activo = true): Promise<Actor> {
  return usuarioDePrueba(prisma, PREFIJO, nombre, rol, centroId, activo);
}

let cerrarBase: (() => Promise<void>) | undefined;

/** For `beforeAll`: the file's own database with this world in it. */
export async function prepararNotificaciones(): Promise<void> {
  cerrarBase = await usarBasePropia("plan_test_notificaciones");
  prisma = crearClientePrisma(process.env.DATABASE_URL!);
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
}

/** For `afterAll`: back to the shared database, dropping the file's own. */
export async function cerrarNotificaciones(): Promise<void> {
  await prisma?.$disconnect();
  await cerrarBase?.();
}

/**
 * For `beforeEach`: every test starts with nobody in this world having chosen to keep any kind off
 * e-mail.
 */
export async function sinPreferencias(): Promise<void> {
  await prisma.preferenciaNotificacion.deleteMany({ where: { usuarioId: { in: mios } } });
}

/** Each report gets its own seguimiento, so any number of them can share a centro and period. */
export async function borrador(alcance: Alcance = "POR_CENTRO") {
  const nacional = alcance === "NACIONAL";
  const seguimiento = await prisma.seguimiento.create({
    data: {
      ...plan,
      herramienta: "INFORME",
      periodicidad: nacional ? "SEMESTRAL" : "TRIMESTRAL",
      alcance,
      ...declarada(nacional ? "RECAUDO" : "TRAZABILIDAD_VENTAS"),
      diasOportunidad: 15,
      observacion: "Seguimiento de pruebas de notificaciones",
    },
  });
  const centroId = nacional ? null : e.centroA.id;
  return prisma.reporte.create({
    data: {
      seguimientoId: seguimiento.id,
      vigenciaId: plan.vigenciaId,
      tipo: seguimiento.tipoReporte!,
      periodo: nacional ? `${ANIO}-S1` : `${ANIO}-T1`,
      centroId,
      ambito: ambitoDeCentro(centroId),
      creadoPorId: (nacional ? e.actores.coordinador : e.actores.subdirectorA).id,
    },
  });
}

export type Reporte = Awaited<ReturnType<typeof borrador>>;

export async function enviar(actor: Actor, reporte: Reporte, version: number) {
  const resultado = await guardarReporte(actor, {
    reporteId: reporte.id,
    version,
    enviar: true,
    datos: reporte.tipo === "RECAUDO" ? RECAUDO : TRAZABILIDAD,
  });
  expect(resultado).toEqual({ ok: true, data: { version: version + 1, estado: "ENVIADO" } });
}

/** A report of centro A that its subdirector has just submitted (now at version 2). */
export async function enviadoDelCentro(): Promise<Reporte> {
  const reporte = await borrador();
  await enviar(e.actores.subdirectorA, reporte, 1);
  return reporte;
}

export async function devolverComo(actor: Actor, reporte: Reporte, version: number) {
  const resultado = await devolver(actor, { reporteId: reporte.id, version, comentario: COMENTARIO });
  expect(resultado).toEqual({
    ok: true,
    data: { reporteId: reporte.id, version: version + 1, estado: "DEVUELTO" },
  });
}

export function nombreDe(reporte: Reporte): string {
  return nombreDelReporte(DECLARACIONES_2020[reporte.tipo].nombre, reporte.periodo);
}

/** The notifications about a report, oldest first, with the e-mails they caused. */
export function avisos(reporteId: number, tipo?: TipoNotificacion) {
  return prisma.notificacion.findMany({
    where: { reporteId, ...(tipo ? { tipo } : {}) },
    orderBy: { id: "asc" },
    include: { correos: true },
  });
}

export type Aviso = Awaited<ReturnType<typeof avisos>>[number];

export function destinatarios(filas: readonly { usuarioId: number }[]): number[] {
  return filas.map((f) => f.usuarioId).sort((a, b) => a - b);
}

/** Everybody active with that role in the database, which is who a role-wide notice reaches. */
export async function activosCon(rol: Rol): Promise<number[]> {
  const usuarios = await prisma.user.findMany({ where: { rol, activo: true }, select: { id: true } });
  return usuarios.map((u) => u.id).sort((a, b) => a - b);
}

export function ordenados(ids: number[]): number[] {
  return [...ids].sort((a, b) => a - b);
}

/** The keys, among those of these e-mails, that the job queue holds for sending. */
async function enCola(correoIds: readonly number[]): Promise<{ key: string; task_identifier: string }[]> {
  const claves = correoIds.map((id) => `correo:${id}`);
  return prisma.$queryRaw<{ key: string; task_identifier: string }[]>`
    SELECT key, task_identifier FROM graphile_worker.jobs WHERE key = ANY(${claves}::text[]) ORDER BY key`;
}

export async function trabajosEnCola(): Promise<number> {
  const [fila] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`;
  return fila!.n;
}

/** Each of these notifications produced exactly one pending e-mail to its user, waiting in the queue. */
export async function conCorreoEnCola(filas: readonly Aviso[]) {
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
export async function plazos(reporteId: number) {
  const filas = await prisma.plazoReporte.findMany({ where: { reporteId }, orderBy: { id: "asc" } });
  return filas.map((p) => ({
    tipo: p.tipo,
    venceEl: p.venceEl.toISOString().slice(0, 10),
    abierto: p.cerradoEn === null,
  }));
}

/** Today in Bogotá plus some calendar days, computed apart from the application's own helpers. */
export function hoyEnBogotaMas(dias: number): string {
  const hoy = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Bogota" }).format(new Date());
  const fecha = new Date(`${hoy}T00:00:00Z`);
  fecha.setUTCDate(fecha.getUTCDate() + dias);
  return fecha.toISOString().slice(0, 10);
}

/** The configured days (10 and 10 unless an administrator changed them). */
export async function diasConfigurados() {
  const fila = await prisma.configuracionSeguimiento.findUnique({ where: { id: 1 } });
  return { revision: fila?.diasRevision ?? 10, correccion: fila?.diasCorreccion ?? 10 };
}
