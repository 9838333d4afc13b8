import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { notificar, type Aviso } from "@/features/notificaciones/crear";
import { reportanDe, revisanDe, type UsuarioActivo } from "@/features/notificaciones/destinatarios";
import { nombreDelReporte } from "@/lib/etiquetas";
import { comoColumnaDate, diasEntre, fechaEnBogota, type FechaCalendario } from "@/lib/fechas";
import {
  etapaDeObligacion,
  etapaDePlazo,
  semanaDelResumen,
  type ConfiguracionRecordatorios,
} from "@/lib/recordatorios";
import { leerConfiguracion } from "./configuracion";
import {
  agrupar,
  obligacionesVigentes,
  plazosAbiertos,
  plazosVencidos,
  type ObligacionVigente,
  type PlazoAbierto,
} from "./lectura";
import * as mensajes from "./mensajes";

export type Origen = "PROGRAMADA" | "MANUAL" | "CONSOLA";

export interface ResultadoPasada {
  fecha: FechaCalendario;
  /** Reminders delivered, per stage and recipient ("PREVIO_7", "VENCIDO", "RESUMEN_SEMANAL", …). */
  porEtapa: Record<string, number>;
  notificaciones: number;
  correos: number;
}

/** A reminder that may be due: unique per obligation or deadline, stage and recipient. */
type Candidato = { clave: string; etapa: string; usuarioId: number } & (
  | { forma: "propio"; aviso: Omit<Aviso, "usuarioId"> }
  | { forma: "copia"; pendiente: mensajes.Pendiente; anio: number }
  | { forma: "revision"; pendiente: mensajes.Pendiente; reporteId: number }
);

interface Datos {
  hoy: FechaCalendario;
  config: ConfiguracionRecordatorios;
  usuarios: UsuarioActivo[];
}

/**
 * The compliance dashboard of the latest vigencia the listed items belong to: in January what is
 * overdue belongs to last year's vigencia, not to the one just begun.
 */
function enlaceAlCumplimiento(anios: readonly number[], d: Datos): string {
  const anio = anios.length > 0 ? Math.max(...anios) : Number(d.hoy.slice(0, 4));
  return `/tableros?vigencia=${anio}#panel-cumplimiento`;
}

function pendienteDe(o: ObligacionVigente, hoy: FechaCalendario): mensajes.Pendiente {
  return {
    unidad: o.unidad,
    reporte: nombreDelReporte(o.seguimiento, o.periodo.codigo),
    fechaLimite: o.fechaLimite,
    diasAtraso: diasEntre(o.fechaLimite, hoy),
  };
}

/** Reminders of obligations nobody has submitted: before, after and well after the deadline. */
function candidatosDeObligaciones(obligaciones: readonly ObligacionVigente[], d: Datos): Candidato[] {
  return obligaciones.flatMap((o): Candidato[] => {
    const etapa = etapaDeObligacion({
      fechaLimite: o.fechaLimite,
      estado: o.estado,
      hoy: d.hoy,
      config: d.config,
    });
    if (!etapa) return [];
    const pendiente = pendienteDe(o, d.hoy);
    const clave = `O|${o.seguimientoId}|${o.periodo.codigo}|${o.ambito}|${etapa}`;
    const contenido =
      etapa === "VENCIDO"
        ? mensajes.vencido({ ...pendiente, diasParaEscalar: d.config.diasEscalamiento })
        : etapa === "ESCALAMIENTO"
          ? mensajes.escalado(pendiente)
          : mensajes.previo({
              ...pendiente,
              diasRestantes: -pendiente.diasAtraso,
              borrador: o.estado === "BORRADOR",
            });
    const enlace = o.reporteId ? `/reportes/${o.reporteId}` : `/obligaciones?vigencia=${o.anio}`;
    const aviso = { ...contenido, enlace, reporteId: o.reporteId };
    const propios = reportanDe(d.usuarios, o.unidad).map((usuarioId): Candidato => ({
      clave: `${clave}|${usuarioId}`,
      etapa,
      usuarioId,
      forma: "propio",
      aviso,
    }));
    if (etapa !== "ESCALAMIENTO") return propios;
    // The coordination hears of the centros; of the national reports (its own), the administrators.
    const coordinacion = d.usuarios
      .filter((u) => u.rol === (o.unidad.alcance === "NACIONAL" ? "ADMIN" : "COORDINADOR"))
      .map((u): Candidato => ({
        clave: `${clave}|copia|${u.id}`,
        etapa: "ESCALAMIENTO_COPIA",
        usuarioId: u.id,
        forma: "copia",
        pendiente,
        anio: o.anio,
      }));
    return [...propios, ...coordinacion];
  });
}

/** Corrections about to lapse or lapsed, to their authors; lapsed reviews, to their reviewers. */
function candidatosDePlazos(plazos: readonly PlazoAbierto[], d: Datos): Candidato[] {
  return plazos.flatMap((p): Candidato[] => {
    const etapa = etapaDePlazo({ ...p, hoy: d.hoy, config: d.config });
    if (!etapa) return [];
    const clave = `P|${p.id}|${etapa}`;
    if (etapa === "REVISION_VENCIDA") {
      const pendiente = {
        unidad: p.unidad,
        reporte: p.reporte,
        fechaLimite: p.venceEl,
        diasAtraso: diasEntre(p.venceEl, d.hoy),
      };
      return revisanDe(d.usuarios, p.unidad.alcance).map((usuarioId) => ({
        clave: `${clave}|${usuarioId}`,
        etapa,
        usuarioId,
        forma: "revision",
        pendiente,
        reporteId: p.reporteId,
      }));
    }
    const contenido =
      etapa === "CORRECCION_VENCIDA"
        ? mensajes.correccionVencida(p)
        : mensajes.correccionProxima({ ...p, diasRestantes: diasEntre(d.hoy, p.venceEl) });
    const aviso = { ...contenido, enlace: `/reportes/${p.reporteId}`, reporteId: p.reporteId };
    return reportanDe(d.usuarios, p.unidad).map((usuarioId) => ({
      clave: `${clave}|${usuarioId}`,
      etapa,
      usuarioId,
      forma: "propio",
      aviso,
    }));
  });
}

/** The weekly digest for the coordination and the administrators, when something is behind. */
function candidatosDelResumen(
  obligaciones: readonly ObligacionVigente[],
  vencidos: { correcciones: number; revisiones: number },
  d: Datos,
): Candidato[] {
  const semana = semanaDelResumen(d.hoy, d.config);
  if (!semana) return [];
  const atrasadas = obligaciones.filter((o) => o.oportunidad.tipo === "VENCIDO");
  const atrasados = atrasadas.map((o) => pendienteDe(o, d.hoy));
  if (atrasados.length + vencidos.correcciones + vencidos.revisiones === 0) return [];
  const contenido = mensajes.resumenSemanal({
    hoy: d.hoy,
    atrasados,
    correccionesVencidas: vencidos.correcciones,
    revisionesVencidas: vencidos.revisiones,
  });
  const aviso = {
    ...contenido,
    enlace: enlaceAlCumplimiento(
      atrasadas.map((o) => o.anio),
      d,
    ),
  };
  return d.usuarios
    .filter((u) => u.rol === "COORDINADOR" || u.rol === "ADMIN")
    .map((u) => ({
      clave: `R|${semana}|${u.id}`,
      etapa: "RESUMEN_SEMANAL",
      usuarioId: u.id,
      forma: "propio",
      aviso,
    }));
}

/**
 * Records the candidates in the ledger, in key order; only the rows this pass inserted come back.
 * A concurrent pass inserting the same key waits for this one to commit and then skips it.
 */
async function registrarEnBitacora(tx: Prisma.TransactionClient, candidatos: readonly Candidato[]) {
  const ordenados = [...candidatos].sort((a, b) => (a.clave < b.clave ? -1 : a.clave > b.clave ? 1 : 0));
  if (ordenados.length === 0) return [];
  const insertadas = await tx.$queryRaw<{ clave: string }[]>`
    INSERT INTO "Recordatorio" (clave, etapa, "usuarioId")
    SELECT * FROM unnest(
      ${ordenados.map((c) => c.clave)}::text[],
      ${ordenados.map((c) => c.etapa)}::text[],
      ${ordenados.map((c) => c.usuarioId)}::int[]
    )
    ON CONFLICT (clave) DO NOTHING
    RETURNING clave`;
  const nuevas = new Set(insertadas.map((f) => f.clave));
  return ordenados.filter((c) => nuevas.has(c.clave));
}

/** One notification per reminder, except the lists: one per recipient for all its items. */
function avisosDe(entregados: readonly Candidato[], d: Datos): Aviso[] {
  const avisos: Aviso[] = entregados.flatMap((c) =>
    c.forma === "propio" ? [{ ...c.aviso, usuarioId: c.usuarioId }] : [],
  );
  const copias = agrupar(
    entregados.flatMap((c) => (c.forma === "copia" ? [c] : [])),
    (c) => c.usuarioId,
  );
  const revisiones = agrupar(
    entregados.flatMap((c) => (c.forma === "revision" ? [c] : [])),
    (c) => c.usuarioId,
  );
  for (const [usuarioId, items] of copias) {
    avisos.push({
      usuarioId,
      ...mensajes.copiaDeEscalamiento(
        items.map((i) => i.pendiente),
        d.config.diasEscalamiento,
      ),
      enlace: enlaceAlCumplimiento(
        items.map((i) => i.anio),
        d,
      ),
    });
  }
  for (const [usuarioId, items] of revisiones) {
    const [unico] = items;
    avisos.push({
      usuarioId,
      ...mensajes.revisionesVencidas(items.map((i) => i.pendiente)),
      enlace: items.length === 1 && unico ? `/reportes/${unico.reporteId}` : "/revision",
      reporteId: items.length === 1 && unico ? unico.reporteId : null,
    });
  }
  return avisos;
}

function contarPorEtapa(entregados: readonly Candidato[]): Record<string, number> {
  const conteo: Record<string, number> = {};
  for (const c of entregados) conteo[c.etapa] = (conteo[c.etapa] ?? 0) + 1;
  return Object.fromEntries(Object.entries(conteo).sort(([a], [b]) => a.localeCompare(b)));
}

export interface OpcionesPasada {
  hoy?: FechaCalendario;
  origen: Origen;
}

/**
 * One pass of the reminders as of `hoy` (Bogotá), inside the caller's transaction: works out what
 * each unit owes and each open deadline, and delivers every reminder due that was not delivered
 * before, with its notifications and e-mails. Running it again the same day, or twice at once,
 * delivers nothing new.
 */
export async function ejecutarPasadaEn(
  tx: Prisma.TransactionClient,
  { hoy = fechaEnBogota(new Date()), origen }: OpcionesPasada,
): Promise<ResultadoPasada> {
  const iniciadaEn = new Date();
  const config = await leerConfiguracion(tx);
  const usuarios = await tx.user.findMany({
    where: { activo: true },
    select: { id: true, rol: true, centroId: true },
  });
  const datos: Datos = { hoy, config, usuarios };
  const obligaciones = await obligacionesVigentes(tx, hoy);
  const plazos = await plazosAbiertos(tx, hoy, Math.max(0, ...config.diasAntes));
  const vencidos = await plazosVencidos(tx, hoy);
  const entregados = await registrarEnBitacora(tx, [
    ...candidatosDeObligaciones(obligaciones, datos),
    ...candidatosDePlazos(plazos, datos),
    ...candidatosDelResumen(obligaciones, vencidos, datos),
  ]);
  const enviados = await notificar(tx, avisosDe(entregados, datos));
  const resultado = { fecha: hoy, porEtapa: contarPorEtapa(entregados), ...enviados };
  await tx.pasadaRecordatorios.create({
    data: {
      fecha: comoColumnaDate(hoy),
      origen,
      iniciadaEn,
      terminadaEn: new Date(),
      conteos: { ...resultado.porEtapa, notificaciones: enviados.notificaciones, correos: enviados.correos },
    },
  });
  return resultado;
}

/** A pass might write a few thousand rows in a large installation; the default 5 s is too tight. */
export const TIEMPO_MAXIMO_PASADA_MS = 120_000;

/** `ejecutarPasadaEn` in a transaction of its own: what the queue and the command line run. */
export function ejecutarPasada(prisma: PrismaClient, opciones: OpcionesPasada): Promise<ResultadoPasada> {
  return prisma.$transaction((tx) => ejecutarPasadaEn(tx, opciones), {
    timeout: TIEMPO_MAXIMO_PASADA_MS,
    maxWait: 30_000,
  });
}
