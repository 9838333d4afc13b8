// Datos de demostración: vigencia 2026 (copia del plan 2020), centros, usuarios, metas de recaudo y
// reportes en todos los estados, para que cada pantalla muestre algo. Solo se siembran con --demo.
//
// Como la base, la siembra de demostración solo crea lo que falta: nunca modifica ni borra filas
// existentes (por ejemplo, un reporte que un usuario diligenció después de la primera siembra).

import type {
  EstadoReporte,
  Periodicidad,
  Prisma,
  PrismaClient,
  TipoReporte,
} from "@/generated/prisma/client";
import { hashPassword } from "@/server/password";
import { Aleatorio } from "./aleatorio";
import {
  ANIO_DEMO,
  CENTRO_SUBDIRECTOR,
  CENTRO_SUBDIRECTOR_2,
  CONTRASENA_DEMO_POR_DEFECTO,
  NOMBRE_VIGENCIA_DEMO,
  PERIODOS_META,
  USUARIOS_DEMO,
  centrosDemo,
  sqlCentrosDemoEnVigencias,
  metasRegionales,
} from "./demo-datos";
import { periodosDeVigencia as periodosDe, type Periodo } from "@/lib/periodos";
import { despuesDelCierre, fechaBogota, fechaCalendario, sumarHoras } from "./periodos";
import { PLAN_2020 } from "./plan-2020";
import { sembrarVigencia } from "./plan";
import { reconstruirPlazos } from "./plazos";
import { TAREAS } from "@/server/cola";

type Log = (mensaje: string) => void;

/**
 * Instante de corte de los datos de demostración: ningún envío ni revisión es posterior. Los datos
 * representan el estado del seguimiento en noviembre de 2026.
 */
const CORTE_DEMO = fechaBogota(2026, 11, 20, 17, 0);
const HORA_MS = 3_600_000;

export interface OpcionesDemo {
  /** Contraseña de los usuarios de demostración que se creen en esta siembra. */
  contrasena?: string;
}

export async function sembrarDemo(
  prisma: PrismaClient,
  log: Log,
  opciones: OpcionesDemo = {},
): Promise<void> {
  const vigencia = await sembrarVigencia(prisma, ANIO_DEMO, NOMBRE_VIGENCIA_DEMO, PLAN_2020);
  log(
    `Vigencia ${ANIO_DEMO} (demo): ${vigencia.planCreado ? "plan copiado de 2020" : "ya tenía plan, sin cambios"}`,
  );

  await sembrarCentros(prisma, log);
  await sembrarUsuarios(prisma, log, opciones.contrasena ?? CONTRASENA_DEMO_POR_DEFECTO);
  await sembrarMetas(prisma, log);
  await sembrarReportes(prisma, log);
  log(`Plazos de corrección y revisión reconstruidos de la historia: ${await reconstruirPlazos(prisma)}`);
  await programarPrimeraPasada(prisma);
}

/**
 * So that the demonstration shows reminders and e-mails from the first start: the worker runs a
 * pass as soon as it starts, instead of waiting for the next morning.
 */
async function programarPrimeraPasada(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRaw`
    SELECT graphile_worker.add_job(identifier => ${TAREAS.recordatorios}::text, job_key => ${TAREAS.recordatorios}::text)`;
}

// ---------------------------------------------------------------------------------------------
// Centros, usuarios y metas

async function sembrarCentros(prisma: PrismaClient, log: Log): Promise<void> {
  const regionales = await prisma.regional.findMany({ select: { id: true, codigo: true } });
  const regionalPorCodigo = new Map(regionales.map((r) => [r.codigo, r.id]));
  const datos: Prisma.CentroCreateManyInput[] = [];
  for (const centro of centrosDemo()) {
    const regionalId = regionalPorCodigo.get(centro.regionalCodigo);
    if (regionalId === undefined) continue;
    datos.push({
      codigo: centro.codigo,
      nombre: centro.nombre,
      regionalId,
      generaAprovechamiento: centro.generaAprovechamiento,
      requiereRecursos: centro.requiereRecursos,
    });
  }
  const { count } = await prisma.centro.createMany({ data: datos, skipDuplicates: true });
  await prisma.$executeRawUnsafe(sqlCentrosDemoEnVigencias(ANIO_DEMO));
  log(`Centros de demostración: ${datos.length} definidos, ${count} nuevos`);
}

async function sembrarUsuarios(prisma: PrismaClient, log: Log, contrasena: string): Promise<void> {
  const existentes = await prisma.user.findMany({
    where: { email: { in: USUARIOS_DEMO.map((u) => u.email) } },
    select: { email: true },
  });
  const yaExisten = new Set(existentes.map((u) => u.email));
  const faltantes = USUARIOS_DEMO.filter((u) => !yaExisten.has(u.email));
  if (faltantes.length === 0) {
    log(`Usuarios de demostración: ${USUARIOS_DEMO.length} ya existían, sin cambios`);
    return;
  }

  const centros = await prisma.centro.findMany({
    where: { codigo: { in: [CENTRO_SUBDIRECTOR, CENTRO_SUBDIRECTOR_2] } },
    select: { id: true, codigo: true },
  });
  const centroPorCodigo = new Map(centros.map((c) => [c.codigo, c.id]));
  // Un hash por usuario nuevo (cada uno con su sal); argon2id es lento, así que en paralelo.
  const hashes = await Promise.all(faltantes.map(() => hashPassword(contrasena)));
  const { count } = await prisma.user.createMany({
    data: faltantes.map((usuario, i) => ({
      email: usuario.email,
      nombre: usuario.nombre,
      rol: usuario.rol,
      passwordHash: hashes[i] ?? "",
      centroId: usuario.centroCodigo ? (centroPorCodigo.get(usuario.centroCodigo) ?? null) : null,
    })),
    skipDuplicates: true,
  });
  log(`Usuarios de demostración: ${count} nuevos, ${yaExisten.size} ya existían (sin cambios)`);
}

async function sembrarMetas(prisma: PrismaClient, log: Log): Promise<void> {
  const regionales = await prisma.regional.findMany({ select: { id: true, codigo: true } });
  const vigencias = await prisma.vigencia.findMany({
    where: { anio: { in: [2020, ANIO_DEMO] } },
    select: { id: true, anio: true },
  });
  const datos: Prisma.MetaRecaudoCreateManyInput[] = [];
  for (const periodo of PERIODOS_META) {
    const vigencia = vigencias.find((v) => periodo.startsWith(`${v.anio}-`));
    if (!vigencia) continue;
    const metas = metasRegionales(
      periodo,
      regionales.map((r) => r.codigo),
    );
    let nacional = 0n;
    for (const regional of regionales) {
      const monto = metas.get(regional.codigo) ?? 0n;
      nacional += monto;
      datos.push({
        vigenciaId: vigencia.id,
        periodo,
        regionalId: regional.id,
        ambito: String(regional.id),
        monto,
      });
    }
    datos.push({ vigenciaId: vigencia.id, periodo, regionalId: null, ambito: "NACIONAL", monto: nacional });
  }
  const { count } = await prisma.metaRecaudo.createMany({ data: datos, skipDuplicates: true });
  log(`Metas de recaudo: ${datos.length} definidas, ${count} nuevas`);
}

// ---------------------------------------------------------------------------------------------
// Reportes

type Estado = EstadoReporte;
type EstadoOFaltante = Estado | "FALTANTE";
type Pesos = Readonly<Partial<Record<EstadoOFaltante, number>>>;

type Detalle =
  | {
      tipo: "RECAUDO";
      datos: Omit<Prisma.ReporteRecaudoCreateManyInput, "reporteId">;
      porRegional: Omit<Prisma.ReporteRecaudoRegionalCreateManyInput, "reporteId">[];
    }
  | { tipo: "COMITE_PRECIOS"; datos: Omit<Prisma.ReporteComitePreciosCreateManyInput, "reporteId"> }
  | {
      tipo: "TRAZABILIDAD_VENTAS";
      datos: Omit<Prisma.ReporteTrazabilidadVentasCreateManyInput, "reporteId">;
    }
  | {
      tipo: "EJECUCION_RECURSOS";
      datos: Omit<Prisma.ReporteEjecucionRecursosCreateManyInput, "reporteId">;
    };

interface ReporteDemo {
  reporte: Prisma.ReporteCreateManyInput;
  detalle: Detalle;
}

interface SeguimientoDemo {
  id: number;
  vigenciaId: number;
  tipo: TipoReporte;
  periodicidad: Periodicidad;
  diasOportunidad: number;
}

interface CentroBD {
  id: number;
  codigo: string;
  generaAprovechamiento: boolean;
}

interface Contexto {
  coordinadorId: number;
  adminId: number;
  /** Subdirector (usuario) de cada centro que tiene uno. */
  subdirectorPorCentro: Map<number, number>;
}

interface Marcas {
  estado: Estado;
  tarde: boolean;
  /** Devuelto una vez y reenviado (solo ENVIADO o APROBADO). */
  reenviado: boolean;
}

const COMENTARIOS_DEVOLUCION: Readonly<Record<TipoReporte, readonly string[]>> = {
  RECAUDO: ["El recaudo por regional no coincide con el total reportado; por favor revise."],
  COMITE_PRECIOS: [
    "Falta adjuntar el acta del comité de precios firmada por sus integrantes.",
    "La fecha del acta no corresponde a la vigencia reportada. Por favor corrija y vuelva a enviar.",
    "El número de productos y servicios con precio no coincide con el listado del acta.",
  ],
  TRAZABILIDAD_VENTAS: [
    "El total facturado con DEF no coincide con el reporte del Sistema Nacional de Producción de Centros. Por favor verifique y vuelva a enviar.",
    "Los pagos recibidos superan el total facturado; revise las cifras del trimestre.",
    "El número de documentos equivalentes a factura no corresponde al periodo reportado.",
  ],
  EJECUCION_RECURSOS: [
    "Adjunte el soporte del registro en el aplicativo Plan de Acción, módulo de Producción de Centros.",
    "Los recursos ejecutados superan lo asignado; verifique con el área financiera del centro.",
  ],
};

/** Probabilidad de cada estado (o de que falte el reporte) por tipo y periodo. */
const PESOS_COMITE_2020: Pesos = { APROBADO: 70, ENVIADO: 10, DEVUELTO: 8, FALTANTE: 12 };
const PESOS_TRAZABILIDAD_2020: Pesos = { APROBADO: 80, ENVIADO: 4, DEVUELTO: 4, BORRADOR: 2, FALTANTE: 10 };
const PESOS_EJECUCION_2020: Pesos = { APROBADO: 75, ENVIADO: 8, DEVUELTO: 5, BORRADOR: 2, FALTANTE: 10 };
const PESOS_TRAZABILIDAD_DEMO_T1: Pesos = {
  APROBADO: 70,
  ENVIADO: 8,
  DEVUELTO: 5,
  BORRADOR: 5,
  FALTANTE: 12,
};
const PESOS_TRAZABILIDAD_DEMO_T2: Pesos = {
  APROBADO: 50,
  ENVIADO: 20,
  DEVUELTO: 8,
  BORRADOR: 7,
  FALTANTE: 15,
};
const PESOS_TRAZABILIDAD_DEMO_T3: Pesos = {
  APROBADO: 20,
  ENVIADO: 40,
  DEVUELTO: 8,
  BORRADOR: 12,
  FALTANTE: 20,
};
const PESOS_COMITE_DEMO: Pesos = { APROBADO: 30, ENVIADO: 15, BORRADOR: 5, FALTANTE: 50 };

interface OpcionesReporte {
  pesos: Pesos;
  /** Fuerza un envío fuera de plazo (true) o a tiempo (false); por omisión, al azar. */
  tarde?: boolean;
  /** Fuerza que haya (o no) una devolución y un reenvío previos; por omisión, al azar. */
  reenviado?: boolean;
  /** El centro no registra ventas en el periodo (trazabilidad en ceros). */
  sinVentas?: boolean;
}

async function sembrarReportes(prisma: PrismaClient, log: Log): Promise<void> {
  const vigencias = await prisma.vigencia.findMany({
    where: { anio: { in: [2020, ANIO_DEMO] } },
    select: { id: true, anio: true },
  });
  const anioDeVigencia = new Map(vigencias.map((v) => [v.id, v.anio]));
  const seguimientosBD = await prisma.seguimiento.findMany({
    where: { vigenciaId: { in: vigencias.map((v) => v.id) } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      vigenciaId: true,
      tipoReporte: true,
      periodicidad: true,
      diasOportunidad: true,
    },
  });
  const seguimiento = (anio: number, tipo: TipoReporte): SeguimientoDemo | undefined => {
    const s = seguimientosBD.find((x) => x.tipoReporte === tipo && anioDeVigencia.get(x.vigenciaId) === anio);
    return s && { ...s, tipo: s.tipoReporte };
  };

  const usuarios = await prisma.user.findMany({
    where: { OR: [{ email: { in: USUARIOS_DEMO.map((u) => u.email) } }, { rol: "SUBDIRECTOR" }] },
    orderBy: { id: "asc" },
    select: { id: true, email: true, rol: true, centroId: true },
  });
  const coordinador = usuarios.find((u) => u.email === "coordinador@sena.demo");
  const admin = usuarios.find((u) => u.email === "admin@sena.demo");
  if (!coordinador || !admin) throw new Error("Faltan los usuarios de demostración");
  const subdirectorPorCentro = new Map<number, number>();
  for (const u of usuarios) {
    if (u.rol === "SUBDIRECTOR" && u.centroId !== null && !subdirectorPorCentro.has(u.centroId)) {
      subdirectorPorCentro.set(u.centroId, u.id);
    }
  }
  const ctx: Contexto = { coordinadorId: coordinador.id, adminId: admin.id, subdirectorPorCentro };

  const centros: CentroBD[] = await prisma.centro.findMany({
    where: { codigo: { startsWith: "DEMO-" } },
    orderBy: { codigo: "asc" },
    select: { id: true, codigo: true, generaAprovechamiento: true },
  });
  const regionales = await prisma.regional.findMany({
    orderBy: { codigo: "asc" },
    select: { id: true, codigo: true },
  });

  const reportes: ReporteDemo[] = [];
  const agregar = (r: ReporteDemo | undefined) => {
    if (r) reportes.push(r);
  };

  // Recaudo nacional: 2020-S1 y 2020-S2 aprobados, 2026-S1 enviado fuera de plazo.
  const recaudo2020 = seguimiento(2020, "RECAUDO");
  if (recaudo2020) {
    agregar(reporteRecaudo(recaudo2020, "2020-S1", regionales, ctx));
    agregar(reporteRecaudo(recaudo2020, "2020-S2", regionales, ctx));
  }
  const recaudoDemo = seguimiento(ANIO_DEMO, "RECAUDO");
  if (recaudoDemo) agregar(reporteRecaudo(recaudoDemo, `${ANIO_DEMO}-S1`, regionales, ctx));

  const comite2020 = seguimiento(2020, "COMITE_PRECIOS");
  const trazabilidad2020 = seguimiento(2020, "TRAZABILIDAD_VENTAS");
  const ejecucion2020 = seguimiento(2020, "EJECUCION_RECURSOS");
  const comiteDemo = seguimiento(ANIO_DEMO, "COMITE_PRECIOS");
  const trazabilidadDemo = seguimiento(ANIO_DEMO, "TRAZABILIDAD_VENTAS");

  const sinVentas = centrosSinVentas(centros);
  const [anual2020] = periodosDe(2020, "ANUAL");
  const [t1, t2, t3] = periodosDe(ANIO_DEMO, "TRIMESTRAL");

  for (const centro of centros) {
    const esSubdirector = centro.codigo === CENTRO_SUBDIRECTOR;
    const esSubdirector2 = centro.codigo === CENTRO_SUBDIRECTOR_2;
    const sinVentasCentro = sinVentas.has(centro.id);
    // Vigencia 2020: el centro de subdirector@sena.demo la tiene completa, aprobada y enviada a
    // tiempo, para que su vista muestre solo lo pendiente de la vigencia actual.
    const como2020 = (pesos: Pesos): OpcionesReporte =>
      esSubdirector
        ? { pesos: { APROBADO: 1 }, tarde: false, sinVentas: sinVentasCentro }
        : { pesos, sinVentas: sinVentasCentro };

    if (centro.generaAprovechamiento) {
      if (comite2020) {
        agregar(reporteCentro(comite2020, anual2020, centro, ctx, como2020(PESOS_COMITE_2020)));
      }
      if (trazabilidad2020) {
        for (const periodo of periodosDe(2020, "TRIMESTRAL")) {
          agregar(reporteCentro(trazabilidad2020, periodo, centro, ctx, como2020(PESOS_TRAZABILIDAD_2020)));
        }
      }
      if (trazabilidadDemo) {
        if (esSubdirector) {
          // Lo que ve subdirector@sena.demo en "Mis obligaciones".
          const aTiempo = { tarde: false, reenviado: false };
          agregar(reporteCentro(trazabilidadDemo, t1, centro, ctx, { pesos: { APROBADO: 1 }, ...aTiempo }));
          agregar(reporteCentro(trazabilidadDemo, t2, centro, ctx, { pesos: { DEVUELTO: 1 }, ...aTiempo }));
          agregar(reporteCentro(trazabilidadDemo, t3, centro, ctx, { pesos: { BORRADOR: 1 } }));
        } else if (esSubdirector2) {
          // subdirector2@sena.demo: T1 enviado fuera de plazo y nada más.
          agregar(
            reporteCentro(trazabilidadDemo, t1, centro, ctx, {
              pesos: { ENVIADO: 1 },
              tarde: true,
              reenviado: false,
            }),
          );
        } else {
          const pesosPorTrimestre: [Periodo | undefined, Pesos][] = [
            [t1, PESOS_TRAZABILIDAD_DEMO_T1],
            [t2, PESOS_TRAZABILIDAD_DEMO_T2],
            [t3, PESOS_TRAZABILIDAD_DEMO_T3],
          ];
          for (const [periodo, pesos] of pesosPorTrimestre) {
            agregar(
              reporteCentro(trazabilidadDemo, periodo, centro, ctx, { pesos, sinVentas: sinVentasCentro }),
            );
          }
        }
      }
      // Comité de precios 2026: algunos centros ya sesionaron y reportaron durante el año. Los dos
      // centros de los subdirectores de demostración no, para que aparezca como pendiente.
      if (comiteDemo && !esSubdirector && !esSubdirector2) {
        agregar(reporteComiteAnticipado(comiteDemo, centro, ctx));
      }
    }

    if (ejecucion2020) {
      agregar(reporteCentro(ejecucion2020, anual2020, centro, ctx, como2020(PESOS_EJECUCION_2020)));
    }
  }

  const creados = await prisma.$transaction(
    async (tx) => {
      // Solo se insertan los reportes que faltan; el detalle se crea únicamente para los reportes
      // insertados ahora, nunca sobre uno que ya existía.
      const nuevos = await tx.reporte.createManyAndReturn({
        data: reportes.map((r) => r.reporte),
        skipDuplicates: true,
        select: { id: true, seguimientoId: true, periodo: true, ambito: true },
      });
      const idPorClave = new Map(nuevos.map((r) => [clave(r), r.id]));
      const recaudo: Prisma.ReporteRecaudoCreateManyInput[] = [];
      const recaudoRegional: Prisma.ReporteRecaudoRegionalCreateManyInput[] = [];
      const comite: Prisma.ReporteComitePreciosCreateManyInput[] = [];
      const trazabilidad: Prisma.ReporteTrazabilidadVentasCreateManyInput[] = [];
      const ejecucion: Prisma.ReporteEjecucionRecursosCreateManyInput[] = [];
      for (const { reporte, detalle } of reportes) {
        const reporteId = idPorClave.get(clave(reporte));
        if (reporteId === undefined) continue;
        switch (detalle.tipo) {
          case "RECAUDO":
            recaudo.push({ reporteId, ...detalle.datos });
            recaudoRegional.push(...detalle.porRegional.map((r) => ({ reporteId, ...r })));
            break;
          case "COMITE_PRECIOS":
            comite.push({ reporteId, ...detalle.datos });
            break;
          case "TRAZABILIDAD_VENTAS":
            trazabilidad.push({ reporteId, ...detalle.datos });
            break;
          case "EJECUCION_RECURSOS":
            ejecucion.push({ reporteId, ...detalle.datos });
            break;
        }
      }
      await tx.reporteRecaudo.createMany({ data: recaudo });
      await tx.reporteRecaudoRegional.createMany({ data: recaudoRegional });
      await tx.reporteComitePrecios.createMany({ data: comite });
      await tx.reporteTrazabilidadVentas.createMany({ data: trazabilidad });
      await tx.reporteEjecucionRecursos.createMany({ data: ejecucion });
      await tx.auditLog.createMany({
        data: reportes.flatMap(({ reporte }) => {
          const reporteId = idPorClave.get(clave(reporte));
          return reporteId === undefined ? [] : historialDemo(reporte, reporteId, ctx);
        }),
      });
      return nuevos.length;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  log(`Reportes de demostración: ${reportes.length} definidos, ${creados} nuevos`);
}

/**
 * The audit trail the operations would have written for a demo report (opened, sent, returned and
 * sent again, approved or returned), so its page shows a history consistent with its dates.
 */
function historialDemo(
  r: Prisma.ReporteCreateManyInput,
  reporteId: number,
  ctx: Contexto,
): Prisma.AuditLogCreateManyInput[] {
  const fecha = (valor: Date | string | null | undefined) => (valor ? new Date(valor) : null);
  const revisorId = r.revisadoPorId ?? (r.centroId == null ? ctx.adminId : ctx.coordinadorId);
  const evento = (
    accion: string,
    actorId: number,
    createdAt: Date,
    antes: object | null,
    despues: object,
  ) => ({
    actorId,
    accion,
    entidad: "Reporte",
    entidadId: String(reporteId),
    reporteId,
    createdAt,
    antes: antes ?? undefined,
    despues,
  });
  const creado = fecha(r.createdAt) ?? CORTE_DEMO;
  const eventos = [
    evento("CREAR", r.creadoPorId, creado, null, {
      tipo: r.tipo,
      periodo: r.periodo,
      ambito: r.ambito,
      estado: "BORRADOR",
    }),
  ];
  const primerEnvio = fecha(r.primerEnvioEn);
  const ultimoEnvio = fecha(r.enviadoEn);
  const autor = r.enviadoPorId ?? r.creadoPorId;
  if (!primerEnvio || !ultimoEnvio) return eventos;
  eventos.push(evento("ENVIAR", autor, primerEnvio, { estado: "BORRADOR" }, { estado: "ENVIADO" }));
  if (ultimoEnvio.getTime() > primerEnvio.getTime()) {
    const devuelto = new Date((primerEnvio.getTime() + ultimoEnvio.getTime()) / 2);
    const comentarioRevision = COMENTARIOS_DEVOLUCION[r.tipo][0] ?? "Revise y vuelva a enviar.";
    eventos.push(
      evento(
        "DEVOLVER",
        revisorId,
        devuelto,
        { estado: "ENVIADO" },
        { estado: "DEVUELTO", comentarioRevision },
      ),
      evento("ENVIAR", autor, ultimoEnvio, { estado: "DEVUELTO" }, { estado: "ENVIADO" }),
    );
  }
  const revisado = fecha(r.revisadoEn);
  if (revisado && (r.estado === "APROBADO" || r.estado === "DEVUELTO")) {
    const accion = r.estado === "APROBADO" ? "APROBAR" : "DEVOLVER";
    const despues = { estado: r.estado, comentarioRevision: r.comentarioRevision ?? null };
    eventos.push(evento(accion, revisorId, revisado, { estado: "ENVIADO" }, despues));
  }
  return eventos;
}

function clave(r: { seguimientoId: number; periodo: string; ambito: string }): string {
  return `${r.seguimientoId}|${r.periodo}|${r.ambito}`;
}

/** Hasta tres centros con aprovechamiento de regionales pequeñas que no registran ventas. */
function centrosSinVentas(centros: readonly CentroBD[]): Set<number> {
  const candidatos = ["DEMO-91-01", "DEMO-94-01", "DEMO-97-01", "DEMO-99-01", "DEMO-95-01"];
  return new Set(
    candidatos
      .map((codigo) => centros.find((c) => c.codigo === codigo && c.generaAprovechamiento))
      .filter((c): c is CentroBD => c !== undefined)
      .slice(0, 3)
      .map((c) => c.id),
  );
}

// ---------------------------------------------------------------------------------------------
// Fechas y estados

interface Tiempos {
  createdAt: Date;
  updatedAt: Date;
  enviadoEn: Date | null;
  primerEnvioEn: Date | null;
  revisadoEn: Date | null;
  version: number;
}

/** Margen (días) que se deja antes del corte para un reenvío y una revisión. */
const MARGEN_DIAS = 21;

/** Instante del primer envío: dentro del plazo o algunos días después. */
function primerEnvio(rng: Aleatorio, periodo: Periodo, diasOportunidad: number, tarde: boolean): Date {
  const hora = rng.entero(7, 17);
  const minuto = rng.entero(0, 59);
  if (!tarde) {
    // Entre el día siguiente al cierre y el penúltimo día del plazo.
    return despuesDelCierre(periodo, rng.entero(1, Math.max(1, diasOportunidad - 1)), hora, minuto);
  }
  const cierre = despuesDelCierre(periodo, 0, 0, 0);
  const diasHastaCorte = Math.floor((CORTE_DEMO.getTime() - cierre.getTime()) / (24 * HORA_MS));
  const maximo = Math.max(diasOportunidad + 2, Math.min(diasOportunidad + 40, diasHastaCorte - MARGEN_DIAS));
  return despuesDelCierre(periodo, rng.entero(diasOportunidad + 2, maximo), hora, minuto);
}

function tiemposDesde(rng: Aleatorio, primero: Date, marcas: Marcas): Tiempos {
  const createdAt = sumarHoras(primero, -rng.entero(2, 96));
  let enviadoEn = primero;
  let version = 2;
  if (marcas.reenviado) {
    const devuelto = sumarHoras(primero, rng.entero(24, 120));
    enviadoEn = sumarHoras(devuelto, rng.entero(20, 168));
    version = 4;
  }
  let revisadoEn: Date | null = null;
  if (marcas.estado === "APROBADO" || marcas.estado === "DEVUELTO") {
    revisadoEn = sumarHoras(enviadoEn, rng.entero(20, 200));
    version += 1;
  }
  return {
    createdAt,
    updatedAt: revisadoEn ?? enviadoEn,
    enviadoEn,
    primerEnvioEn: primero,
    revisadoEn,
    version,
  };
}

function tiemposBorrador(rng: Aleatorio, inicio: Date): Tiempos {
  const createdAt = sumarHoras(inicio, rng.entero(0, 72));
  const editado = rng.probabilidad(0.5);
  return {
    createdAt,
    updatedAt: editado ? sumarHoras(createdAt, rng.entero(1, 96)) : createdAt,
    enviadoEn: null,
    primerEnvioEn: null,
    revisadoEn: null,
    version: editado ? 2 : 1,
  };
}

function marcasAleatorias(rng: Aleatorio, pesos: Pesos): Marcas | undefined {
  const estado = rng.ponderado<EstadoOFaltante>(pesos);
  if (estado === "FALTANTE") return undefined;
  return {
    estado,
    tarde: estado !== "BORRADOR" && rng.probabilidad(0.25),
    reenviado: (estado === "APROBADO" || estado === "ENVIADO") && rng.probabilidad(0.12),
  };
}

function reporteBase(
  seguimiento: SeguimientoDemo,
  periodo: string,
  centroId: number | null,
  creadoPorId: number,
  revisorId: number,
  marcas: Marcas,
  tiempos: Tiempos,
  comentario: string | null,
): Prisma.ReporteCreateManyInput {
  const enviado = marcas.estado !== "BORRADOR";
  const revisado = marcas.estado === "APROBADO" || marcas.estado === "DEVUELTO";
  return {
    seguimientoId: seguimiento.id,
    vigenciaId: seguimiento.vigenciaId,
    tipo: seguimiento.tipo,
    periodo,
    centroId,
    ambito: centroId === null ? "NACIONAL" : String(centroId),
    estado: marcas.estado,
    version: tiempos.version,
    creadoPorId,
    enviadoPorId: enviado ? creadoPorId : null,
    enviadoEn: tiempos.enviadoEn,
    primerEnvioEn: tiempos.primerEnvioEn,
    revisadoPorId: revisado ? revisorId : null,
    revisadoEn: tiempos.revisadoEn,
    comentarioRevision: marcas.estado === "DEVUELTO" ? comentario : null,
    createdAt: tiempos.createdAt,
    updatedAt: tiempos.updatedAt,
  };
}

/**
 * Autor de los reportes de un centro: su subdirector si tiene usuario; los centros de demostración
 * sin subdirector registrado (casi todos) quedan a nombre del administrador de demostración, para no
 * crear un usuario por centro.
 */
function autorDelCentro(centro: CentroBD, ctx: Contexto): number {
  return ctx.subdirectorPorCentro.get(centro.id) ?? ctx.adminId;
}

// ---------------------------------------------------------------------------------------------
// Reportes por tipo

function reporteCentro(
  seguimiento: SeguimientoDemo,
  periodo: Periodo | undefined,
  centro: CentroBD,
  ctx: Contexto,
  opciones: OpcionesReporte,
): ReporteDemo | undefined {
  if (!periodo) return undefined;
  const rng = new Aleatorio(`${seguimiento.tipo}:${periodo.codigo}:${centro.codigo}`);
  const marcas = marcasAleatorias(rng, opciones.pesos);
  if (!marcas) return undefined;
  if (marcas.estado !== "BORRADOR") {
    if (opciones.tarde !== undefined) marcas.tarde = opciones.tarde;
    if (opciones.reenviado !== undefined) marcas.reenviado = opciones.reenviado;
  }
  const tiempos =
    marcas.estado === "BORRADOR"
      ? tiemposBorrador(rng, despuesDelCierre(periodo, rng.entero(1, 10), 8, 0))
      : tiemposDesde(rng, primerEnvio(rng, periodo, seguimiento.diasOportunidad, marcas.tarde), marcas);
  const comentario = rng.elegir(COMENTARIOS_DEVOLUCION[seguimiento.tipo]);
  const reporte = reporteBase(
    seguimiento,
    periodo.codigo,
    centro.id,
    autorDelCentro(centro, ctx),
    ctx.coordinadorId,
    marcas,
    tiempos,
    comentario,
  );
  return {
    reporte,
    detalle: detalleCentro(rng, seguimiento.tipo, periodo, centro, opciones.sinVentas ?? false),
  };
}

/** Comité de precios de la vigencia de demostración, reportado durante el mismo año. */
function reporteComiteAnticipado(
  seguimiento: SeguimientoDemo,
  centro: CentroBD,
  ctx: Contexto,
): ReporteDemo | undefined {
  const anio = ANIO_DEMO;
  const rng = new Aleatorio(`${seguimiento.tipo}:${anio}:${centro.codigo}`);
  const estado = rng.ponderado<EstadoOFaltante>(PESOS_COMITE_DEMO);
  if (estado === "FALTANTE") return undefined;
  const marcas: Marcas = { estado, tarde: false, reenviado: false };
  const mesActa = rng.entero(2, 9);
  const diaActa = rng.entero(1, 28);
  const acta = fechaBogota(anio, mesActa, diaActa, 9, 0);
  const inicio = sumarHoras(acta, 24 * rng.entero(3, 25) + rng.entero(0, 8));
  const tiempos = estado === "BORRADOR" ? tiemposBorrador(rng, inicio) : tiemposDesde(rng, inicio, marcas);
  const reporte = reporteBase(
    seguimiento,
    String(anio),
    centro.id,
    autorDelCentro(centro, ctx),
    ctx.coordinadorId,
    marcas,
    tiempos,
    null,
  );
  return {
    reporte,
    detalle: {
      tipo: "COMITE_PRECIOS",
      datos: {
        fechaActa: fechaCalendario(anio, mesActa, diaActa),
        numeroActa: `${String(rng.entero(1, 3)).padStart(3, "0")}-${anio}`,
        productosServiciosPreciados: rng.entero(12, 160),
      },
    },
  };
}

function redondear(valor: number, multiplo: number): bigint {
  return BigInt(Math.round(valor / multiplo)) * BigInt(multiplo);
}

function detalleCentro(
  rng: Aleatorio,
  tipo: TipoReporte,
  periodo: Periodo,
  centro: CentroBD,
  sinVentas: boolean,
): Detalle {
  switch (tipo) {
    case "COMITE_PRECIOS": {
      const mes = rng.entero(1, 4);
      const dia = rng.entero(1, 28);
      return {
        tipo,
        datos: {
          fechaActa: fechaCalendario(periodo.anio, mes, dia),
          numeroActa: `${String(rng.entero(1, 3)).padStart(3, "0")}-${periodo.anio}`,
          productosServiciosPreciados: rng.entero(12, 160),
        },
      };
    }
    case "TRAZABILIDAD_VENTAS": {
      if (sinVentas) {
        return {
          tipo,
          datos: { totalAprovechamientos: 0n, totalFacturadoDef: 0n, numeroDef: 0, pagosRecibidos: 0n },
        };
      }
      // Escala propia de cada centro, estable entre trimestres, con variación estacional.
      const escala = new Aleatorio(`escala:${centro.codigo}`).real(30_000_000, 450_000_000);
      const crecimiento = periodo.anio === ANIO_DEMO ? 1.45 : 1;
      const total = Math.round(escala * crecimiento * rng.real(0.75, 1.25));
      const proporcion = rng.probabilidad(0.85)
        ? rng.probabilidad(0.25)
          ? 1
          : rng.real(0.7, 1)
        : rng.real(0.45, 0.7);
      const facturado = Math.round(total * proporcion);
      const numeroDef = Math.max(1, Math.round(facturado / rng.real(150_000, 1_500_000)));
      const pagos = Math.round(facturado * rng.real(0.85, 1));
      return {
        tipo,
        datos: {
          totalAprovechamientos: BigInt(total),
          totalFacturadoDef: BigInt(facturado),
          numeroDef,
          pagosRecibidos: BigInt(pagos),
        },
      };
    }
    case "EJECUCION_RECURSOS": {
      const solicitados = rng.real(80_000_000, 1_200_000_000);
      const asignados = solicitados * rng.real(0.6, 1);
      const ejecutados = rng.probabilidad(0.15) ? asignados : asignados * rng.real(0.55, 1);
      return {
        tipo,
        datos: {
          recursosSolicitados: redondear(solicitados, 1_000),
          recursosAsignados: redondear(asignados, 1_000),
          recursosEjecutados: redondear(ejecutados, 1_000),
          registradoModuloPlanAccion: rng.probabilidad(0.9),
        },
      };
    }
    case "RECAUDO":
      throw new Error("El recaudo es un reporte nacional");
  }
}

interface RecaudoFijo {
  estado: Estado;
  /** Días después del cierre del semestre en que se envió. */
  diasEnvio: number;
  diasRevision?: number;
  /** Cumplimiento nacional aproximado frente a la meta. */
  cumplimiento: number;
  aportantesNuevos: number;
  smsEnviados: number;
  correosEnviados: number;
  analisis: string;
}

const RECAUDO_FIJO: Readonly<Record<string, RecaudoFijo>> = {
  "2020-S1": {
    estado: "APROBADO",
    diasEnvio: 24,
    diasRevision: 4,
    cumplimiento: 0.83,
    aportantesNuevos: 3_850,
    smsEnviados: 182_400,
    correosEnviados: 126_300,
    analisis:
      "Informe de demostración. El recaudo del primer semestre se vio afectado por la emergencia sanitaria por COVID-19 y las medidas de alivio a los aportantes, por lo que no se alcanzó la meta. Se intensificó el cobro persuasivo mediante mensajes SMS y correos electrónicos y se amplió la base de aportantes a fiscalizar con los cruces de información de la PILA.",
  },
  "2020-S2": {
    estado: "APROBADO",
    diasEnvio: 22,
    diasRevision: 5,
    cumplimiento: 0.97,
    aportantesNuevos: 5_120,
    smsEnviados: 245_900,
    correosEnviados: 171_840,
    analisis:
      "Informe de demostración. En el segundo semestre el recaudo se recuperó con la reactivación económica. Las campañas de SMS y mailing mejoraron la respuesta de los aportantes en cobro persuasivo y la base a fiscalizar creció en todas las regionales.",
  },
  [`${ANIO_DEMO}-S1`]: {
    estado: "ENVIADO",
    diasEnvio: 43,
    cumplimiento: 1.04,
    aportantesNuevos: 6_430,
    smsEnviados: 318_750,
    correosEnviados: 264_015,
    analisis:
      "Informe de demostración. El recaudo del semestre superó la meta nacional, impulsado por la fiscalización de aportantes nuevos identificados con cruces de información. El informe se envía fuera del plazo por demoras en la consolidación de la información de algunas regionales.",
  },
};

function reporteRecaudo(
  seguimiento: SeguimientoDemo,
  codigoPeriodo: string,
  regionales: readonly { id: number; codigo: string }[],
  ctx: Contexto,
): ReporteDemo | undefined {
  const fijo = RECAUDO_FIJO[codigoPeriodo];
  const periodo = periodosDe(Number(codigoPeriodo.slice(0, 4)), "SEMESTRAL").find(
    (p) => p.codigo === codigoPeriodo,
  );
  if (!fijo || !periodo) return undefined;
  const rng = new Aleatorio(`RECAUDO:${codigoPeriodo}`);

  const metas = metasRegionales(
    codigoPeriodo,
    regionales.map((r) => r.codigo),
  );
  const porRegional = regionales.map((regional) => {
    const meta = Number(metas.get(regional.codigo) ?? 0n);
    const recaudado = meta * fijo.cumplimiento * rng.real(0.85, 1.15);
    const fiscalizacion = Math.round(recaudado * rng.real(0.55, 0.7));
    const persuasivo = Math.round(recaudado) - fiscalizacion;
    return {
      regionalId: regional.id,
      recaudoFiscalizacion: BigInt(fiscalizacion),
      recaudoCobroPersuasivo: BigInt(persuasivo),
    };
  });
  const recaudoFiscalizacion = porRegional.reduce((s, r) => s + r.recaudoFiscalizacion, 0n);
  const recaudoCobroPersuasivo = porRegional.reduce((s, r) => s + r.recaudoCobroPersuasivo, 0n);

  const enviadoEn = despuesDelCierre(periodo, fijo.diasEnvio, 16, 40);
  const revisadoEn =
    fijo.diasRevision === undefined ? null : sumarHoras(enviadoEn, 24 * fijo.diasRevision - 6);
  const tiempos: Tiempos = {
    createdAt: sumarHoras(enviadoEn, -24 * 6),
    updatedAt: revisadoEn ?? enviadoEn,
    enviadoEn,
    primerEnvioEn: enviadoEn,
    revisadoEn,
    version: revisadoEn ? 3 : 2,
  };
  const marcas: Marcas = { estado: fijo.estado, tarde: false, reenviado: false };
  return {
    reporte: reporteBase(
      seguimiento,
      codigoPeriodo,
      null,
      ctx.coordinadorId,
      ctx.coordinadorId,
      marcas,
      tiempos,
      null,
    ),
    detalle: {
      tipo: "RECAUDO",
      datos: {
        recaudoFiscalizacion,
        recaudoCobroPersuasivo,
        aportantesNuevos: fijo.aportantesNuevos,
        smsEnviados: fijo.smsEnviados,
        correosEnviados: fijo.correosEnviados,
        analisis: fijo.analisis,
      },
      porRegional,
    },
  };
}
