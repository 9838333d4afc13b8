// The demo reports: which ones exist for each type and period, and their history.

import { type Prisma, type PrismaClient, type TipoReporte } from "@/generated/prisma/client";
import { type Periodo, periodosDeVigencia as periodosDe } from "@/lib/periodos";
import { ANIO_DEMO, CENTRO_SUBDIRECTOR, CENTRO_SUBDIRECTOR_2, USUARIOS_DEMO } from "./datos";
import { reporteCentro, reporteComiteAnticipado, reporteRecaudo } from "./por-tipo";
import {
  CentroBD,
  COMENTARIOS_DEVOLUCION,
  Contexto,
  CORTE_DEMO,
  Log,
  OpcionesReporte,
  Pesos,
  PESOS_COMITE_2020,
  PESOS_EJECUCION_2020,
  PESOS_TRAZABILIDAD_2020,
  PESOS_TRAZABILIDAD_DEMO_T1,
  PESOS_TRAZABILIDAD_DEMO_T2,
  PESOS_TRAZABILIDAD_DEMO_T3,
  ReporteDemo,
  SeguimientoDemo,
} from "./tipos";

export async function sembrarReportes(prisma: PrismaClient, log: Log): Promise<void> {
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
    return s && { ...s, tipo: tipo };
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

  // National recaudo: 2020-S1 and 2020-S2 approved, 2026-S1 sent past the deadline.
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
    // Vigencia 2020: the centro of subdirector@sena.demo has it complete, approved and sent on
    // time, so that its view shows only what is pending in the current vigencia.
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
          // What subdirector@sena.demo sees in "Mis obligaciones".
          const aTiempo = { tarde: false, reenviado: false };
          agregar(reporteCentro(trazabilidadDemo, t1, centro, ctx, { pesos: { APROBADO: 1 }, ...aTiempo }));
          agregar(reporteCentro(trazabilidadDemo, t2, centro, ctx, { pesos: { DEVUELTO: 1 }, ...aTiempo }));
          agregar(reporteCentro(trazabilidadDemo, t3, centro, ctx, { pesos: { BORRADOR: 1 } }));
        } else if (esSubdirector2) {
          // subdirector2@sena.demo: T1 sent past the deadline and nothing else.
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
      // Comité de precios 2026: some centros already met and reported during the year. Not the two
      // centros of the demo subdirectores, so that it shows up as pending.
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
      // Only the missing reports are inserted; details are created only for the reports inserted
      // now, never on one that already existed.
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
export function historialDemo(
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

export function clave(r: { seguimientoId: number; periodo: string; ambito: string }): string {
  return `${r.seguimientoId}|${r.periodo}|${r.ambito}`;
}

/** Up to three centros with aprovechamiento, in small regionales, that record no sales. */
export function centrosSinVentas(centros: readonly CentroBD[]): Set<number> {
  const candidatos = ["DEMO-91-01", "DEMO-94-01", "DEMO-97-01", "DEMO-99-01", "DEMO-95-01"];
  return new Set(
    candidatos
      .map((codigo) => centros.find((c) => c.codigo === codigo && c.generaAprovechamiento))
      .filter((c): c is CentroBD => c !== undefined)
      .slice(0, 3)
      .map((c) => c.id),
  );
}
