// The database of `npm run bench`: the base plan, ten vigencias (2017–2026) and the 117 demo
// centros with all their reports for every period, written with INSERT … SELECT; and, to measure
// at scale, nine more copies of each centro with their reports.
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { centrosDemo, sqlCentrosDemoEnVigencias } from "../prisma/seed/demo/datos";
import { seedDatabase } from "../prisma/seed/index";
import { sembrarVigencia } from "../prisma/seed/plan";
import { PLAN_2020 } from "../prisma/seed/plan-2020";

export const ANIOS = Array.from({ length: 10 }, (_, i) => 2017 + i);

type Ejecutor = pg.Client;

/** The whole bench database: plan, centros, reports with their detail and their open deadlines. */
export async function sembrarBase(url: string, sql: Ejecutor): Promise<void> {
  await sembrarPlanYCentros(url, sql);
  await sembrarReportes(sql);
  await sembrarDetalles(sql);
  await sembrarPlazos(sql);
}

async function sembrarPlanYCentros(url: string, sql: Ejecutor): Promise<void> {
  await seedDatabase(url, { demo: false });
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    for (const anio of ANIOS) await sembrarVigencia(prisma, anio, `Plan de Acción ${anio}`, PLAN_2020);
    const regionales = new Map(
      (await prisma.regional.findMany({ select: { id: true, codigo: true } })).map((r) => [r.codigo, r.id]),
    );
    await prisma.centro.createMany({
      data: centrosDemo().map((c) => ({
        codigo: c.codigo,
        nombre: c.nombre,
        regionalId: regionales.get(c.regionalCodigo)!,
        generaAprovechamiento: c.generaAprovechamiento,
        requiereRecursos: c.requiereRecursos,
      })),
    });
    await prisma.$executeRawUnsafe(sqlCentrosDemoEnVigencias(Math.max(...ANIOS)));
  } finally {
    await prisma.$disconnect();
  }
  await sql.query(`
    INSERT INTO "User" (email, nombre, "passwordHash", rol, "updatedAt")
    VALUES ('coordinador@banco.test', 'Coordinación de pruebas', 'sin-clave', 'COORDINADOR', now());
    INSERT INTO "User" (email, nombre, "passwordHash", rol, "centroId", "updatedAt")
    SELECT 'subdirector.' || c.id || '@banco.test', 'Subdirección ' || c.nombre, 'sin-clave', 'SUBDIRECTOR', c.id, now()
      FROM "Centro" c;`);
}

// Periods of every seguimiento, with a deterministic pseudo-random draw per report that decides
// its status (70 % approved, 12 % submitted, 8 % returned, 10 % draft) and its dates.
const PERIODOS_Y_ESTADO = `
  CROSS JOIN LATERAL (
    SELECT CASE s.periodicidad WHEN 'TRIMESTRAL' THEN 3 WHEN 'SEMESTRAL' THEN 6 ELSE 12 END AS meses
  ) m
  CROSS JOIN LATERAL (
    SELECT CASE s.periodicidad
             WHEN 'ANUAL' THEN v.anio::text
             WHEN 'SEMESTRAL' THEN v.anio || '-S' || n
             ELSE v.anio || '-T' || n END AS codigo,
           (make_date(v.anio, 1, 1) + make_interval(months => n * m.meses))::date - 1 AS fin
      FROM generate_series(1, 12 / m.meses) AS n
  ) p`;
const ESTADO = `
  CASE WHEN h.azar < 70 THEN 'APROBADO' WHEN h.azar < 82 THEN 'ENVIADO'
       WHEN h.azar < 90 THEN 'DEVUELTO' ELSE 'BORRADOR' END::"EstadoReporte"`;
const COLUMNAS_REPORTE = `"seguimientoId", "vigenciaId", tipo, periodo, "centroId", ambito, estado, "creadoPorId",
  "enviadoPorId", "enviadoEn", "primerEnvioEn", "revisadoPorId", "revisadoEn", "comentarioRevision", "updatedAt"`;
const VALORES_REPORTE = `
  e.estado, autor.id,
  CASE WHEN e.estado <> 'BORRADOR' THEN autor.id END,
  CASE WHEN e.estado <> 'BORRADOR' THEN e.enviado END,
  CASE WHEN e.estado <> 'BORRADOR' THEN e.enviado END,
  CASE WHEN e.estado IN ('APROBADO', 'DEVUELTO') THEN $1::int END,
  CASE WHEN e.estado IN ('APROBADO', 'DEVUELTO') THEN e.enviado + interval '5 days' END,
  CASE WHEN e.estado = 'DEVUELTO' THEN 'Faltan soportes de las cifras reportadas.' END,
  now()`;

/**
 * Every report of every period. `nuevos` restricts it to the centros added after `desdeCentro`, from
 * vigencia `desdeAnio` on (the ×10 step).
 */
async function sembrarReportes(
  sql: Ejecutor,
  nuevos: { desdeCentro: number; desdeAnio: number } = { desdeCentro: 0, desdeAnio: 0 },
): Promise<void> {
  const { rows } = await sql.query<{ id: number }>(
    `SELECT id FROM "User" WHERE email = 'coordinador@banco.test'`,
  );
  const coordinador = rows[0]!.id;
  await sql.query(
    `INSERT INTO "Reporte" (${COLUMNAS_REPORTE})
     SELECT s.id, s."vigenciaId", s."tipoReporte", p.codigo, c.id, c.id::text, ${VALORES_REPORTE}
       FROM "Seguimiento" s
       JOIN "Vigencia" v ON v.id = s."vigenciaId"
       ${PERIODOS_Y_ESTADO}
       JOIN "Centro" c ON c."generaAprovechamiento" OR NOT s."soloCentrosConAprovechamiento"
       JOIN "User" autor ON autor."centroId" = c.id
       CROSS JOIN LATERAL (SELECT (abs(hashtext(c.id || '/' || p.codigo || '/' || s.id)::bigint) % 100)::int AS azar) h
       CROSS JOIN LATERAL (
         SELECT ${ESTADO} AS estado, p.fin + make_interval(days => h.azar % 30, hours => 10) AS enviado
       ) e
      WHERE s.alcance = 'POR_CENTRO' AND c.id > $2 AND v.anio >= $3`,
    [coordinador, nuevos.desdeCentro, nuevos.desdeAnio],
  );
  if (nuevos.desdeCentro > 0) return;
  await sql.query(
    `INSERT INTO "Reporte" (${COLUMNAS_REPORTE})
     SELECT s.id, s."vigenciaId", s."tipoReporte", p.codigo, NULL, 'NACIONAL', ${VALORES_REPORTE}
       FROM "Seguimiento" s
       JOIN "Vigencia" v ON v.id = s."vigenciaId"
       ${PERIODOS_Y_ESTADO}
       CROSS JOIN LATERAL (SELECT $1::int AS id) autor
       CROSS JOIN LATERAL (SELECT (abs(hashtext(p.codigo || '/' || s.id)::bigint) % 100)::int AS azar) h
       CROSS JOIN LATERAL (
         SELECT ${ESTADO} AS estado, p.fin + make_interval(days => h.azar % 30, hours => 10) AS enviado
       ) e
      WHERE s.alcance = 'NACIONAL'`,
    [coordinador],
  );
}

/**
 * The typed detail of every report after `desde` (all of them by default), amounts in the order of
 * magnitude SENA handles; the metas once.
 */
async function sembrarDetalles(sql: Ejecutor, desde = 0): Promise<void> {
  const nuevo = `r.id > ${Math.trunc(desde)}`;
  await sql.query(`
    INSERT INTO "ReporteTrazabilidadVentas"
      ("reporteId", "totalAprovechamientos", "totalFacturadoDef", "numeroDef", "pagosRecibidos")
    SELECT r.id, x.ventas, x.ventas * (75 + h % 26) / 100, 5 + h % 200, x.ventas * (60 + h % 41) / 100
      FROM "Reporte" r
      CROSS JOIN LATERAL (SELECT abs(hashtext('ventas/' || r.id)::bigint) AS h) a(h)
      CROSS JOIN LATERAL (
        SELECT CASE WHEN h % 50 = 0 THEN 0 ELSE 20000000 + h % 480000000 END::bigint AS ventas
      ) x
     WHERE r.tipo = 'TRAZABILIDAD_VENTAS' AND ${nuevo};

    INSERT INTO "ReporteEjecucionRecursos"
      ("reporteId", "recursosSolicitados", "recursosAsignados", "recursosEjecutados", "registradoModuloPlanAccion")
    SELECT r.id, x.solicitados, x.asignados, x.asignados * (50 + h % 56) / 100, h % 10 < 8
      FROM "Reporte" r
      CROSS JOIN LATERAL (SELECT abs(hashtext('recursos/' || r.id)::bigint) AS h) a(h)
      CROSS JOIN LATERAL (SELECT (500000000 + h % 2500000000)::bigint AS solicitados) s
      CROSS JOIN LATERAL (
        SELECT s.solicitados,
               CASE WHEN h % 40 = 0 THEN 0 ELSE s.solicitados * (60 + h % 41) / 100 END::bigint AS asignados
      ) x
     WHERE r.tipo = 'EJECUCION_RECURSOS' AND ${nuevo};

    INSERT INTO "ReporteComitePrecios" ("reporteId", "fechaActa", "numeroActa", "productosServiciosPreciados")
    SELECT r.id, make_date(v.anio, (1 + h % 6)::int, (1 + h % 28)::int), 'ACTA-' || v.anio || '-' || r.id, 10 + h % 150
      FROM "Reporte" r
      JOIN "Vigencia" v ON v.id = r."vigenciaId"
      CROSS JOIN LATERAL (SELECT abs(hashtext('comite/' || r.id)::bigint) AS h) a(h)
     WHERE r.tipo = 'COMITE_PRECIOS' AND ${nuevo};

    INSERT INTO "ReporteRecaudoRegional" ("reporteId", "regionalId", "recaudoFiscalizacion", "recaudoCobroPersuasivo")
    SELECT r.id, rg.id,
           (500000000 + abs(hashtext('fisc/' || r.id || '/' || rg.id)::bigint) % 9500000000)::bigint,
           (100000000 + abs(hashtext('pers/' || r.id || '/' || rg.id)::bigint) % 1900000000)::bigint
      FROM "Reporte" r CROSS JOIN "Regional" rg
     WHERE r.tipo = 'RECAUDO' AND ${nuevo};

    ANALYZE;`);
  if (desde > 0) return;
  await sql.query(`
    INSERT INTO "ReporteRecaudo"
      ("reporteId", "recaudoFiscalizacion", "recaudoCobroPersuasivo", "aportantesNuevos", "smsEnviados",
       "correosEnviados", analisis)
    SELECT "reporteId", sum("recaudoFiscalizacion"), sum("recaudoCobroPersuasivo"), 1200, 85000, 40000,
           'Análisis del semestre.'
      FROM "ReporteRecaudoRegional" GROUP BY "reporteId";

    INSERT INTO "MetaRecaudo" ("vigenciaId", periodo, "regionalId", ambito, monto, "updatedAt")
    SELECT v.id, v.anio || '-S' || n, rg.id, rg.id::text,
           (3000000000 + abs(hashtext('meta/' || v.id || '/' || n || '/' || rg.id)::bigint) % 7000000000)::bigint, now()
      FROM "Vigencia" v CROSS JOIN generate_series(1, 2) n CROSS JOIN "Regional" rg;

    INSERT INTO "MetaRecaudo" ("vigenciaId", periodo, "regionalId", ambito, monto, "updatedAt")
    SELECT "vigenciaId", periodo, NULL, 'NACIONAL', sum(monto), now()
      FROM "MetaRecaudo" GROUP BY "vigenciaId", periodo;

    ANALYZE;`);
}

export async function resumenDeVolumen(sql: Ejecutor): Promise<string> {
  const { rows } = await sql.query<{ tipo: string; reportes: string }>(
    `SELECT tipo, count(*) AS reportes FROM "Reporte" GROUP BY tipo ORDER BY tipo`,
  );
  const total = rows.reduce((s, r) => s + Number(r.reportes), 0);
  return `${total} reportes (${rows.map((r) => `${r.tipo} ${r.reportes}`).join(", ")})`;
}

/**
 * The open deadlines the statuses imply (the bench writes reports directly, without the events
 * that open them): a submitted report waits for review from its submission, a returned one for
 * its correction from the review.
 */
async function sembrarPlazos(sql: Ejecutor, desde = 0): Promise<void> {
  const nuevo = `r.id > ${Math.trunc(desde)}`;
  await sql.query(`
    INSERT INTO "PlazoReporte" ("reporteId", tipo, "abiertoEn", "venceEl")
    SELECT r.id, 'REVISION', r."enviadoEn", (r."enviadoEn" AT TIME ZONE 'UTC' AT TIME ZONE 'America/Bogota')::date + 10
      FROM "Reporte" r WHERE r.estado = 'ENVIADO' AND ${nuevo};
    INSERT INTO "PlazoReporte" ("reporteId", tipo, "abiertoEn", "venceEl")
    SELECT r.id, 'CORRECCION', r."revisadoEn", (r."revisadoEn" AT TIME ZONE 'UTC' AT TIME ZONE 'America/Bogota')::date + 10
      FROM "Reporte" r WHERE r.estado = 'DEVUELTO' AND ${nuevo};
    ANALYZE "PlazoReporte";`);
}

/** Nine more copies of every centro, with their subdirectores and reports from vigencia `anio` on. */
export async function multiplicarCentros(sql: Ejecutor, anio: number): Promise<void> {
  const maximo = async (tabla: string) =>
    Number((await sql.query<{ m: number }>(`SELECT coalesce(max(id), 0) AS m FROM "${tabla}"`)).rows[0]!.m);
  const desdeCentro = await maximo("Centro");
  const desdeReporte = await maximo("Reporte");
  await sql.query(`
    INSERT INTO "Centro" (codigo, nombre, "regionalId", "generaAprovechamiento", "requiereRecursos", "updatedAt")
    SELECT c.codigo || '-' || n, c.nombre || ' (' || n || ')', c."regionalId", c."generaAprovechamiento",
           c."requiereRecursos", now()
      FROM "Centro" c CROSS JOIN generate_series(2, 10) n;
    ${sqlCentrosDemoEnVigencias(Math.max(...ANIOS))};
    INSERT INTO "User" (email, nombre, "passwordHash", rol, "centroId", "updatedAt")
    SELECT 'subdirector.' || c.id || '@banco.test', 'Subdirección ' || c.nombre, 'sin-clave', 'SUBDIRECTOR', c.id, now()
      FROM "Centro" c WHERE c.id > ${desdeCentro};`);
  await sembrarReportes(sql, { desdeCentro, desdeAnio: anio });
  await sembrarDetalles(sql, desdeReporte);
  await sembrarPlazos(sql, desdeReporte);
}
