import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { guardarReporte, iniciarReporte } from "@/features/reportes/operaciones";
import { resolverAmbito } from "@/features/tableros/alcance";
import { datosDef } from "@/features/tableros/def/queries";
import { datosEjecucion } from "@/features/tableros/ejecucion/queries";
import { leerFiltros } from "@/features/tableros/filtros";
import { PANELES } from "@/features/tableros/registro";
import { MENSAJE_MONTO_MAXIMO, MONTO_MAXIMO } from "@/lib/dinero";
import type { Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { crearBaseDePrueba } from "../helpers/database";
import { crearEscenario, type Escenario } from "../helpers/escenario";

// Thousands of reports at the ceiling: this file uses its own database.
const global = globalThis as unknown as { prisma?: PrismaClient };
let baseDeDatos: { url: string; drop(): Promise<void> };
let urlCompartida: string | undefined;
let e: Escenario;

async function soltarCliente() {
  await global.prisma?.$disconnect();
  global.prisma = undefined;
}

beforeAll(async () => {
  baseDeDatos = await crearBaseDePrueba("plan_tab_montos");
  urlCompartida = process.env.DATABASE_URL;
  await soltarCliente();
  process.env.DATABASE_URL = baseDeDatos.url;
  e = await crearEscenario("montos");
}, 120_000);

afterAll(async () => {
  await soltarCliente();
  process.env.DATABASE_URL = urlCompartida;
  await baseDeDatos?.drop();
});

/** The largest bigint PostgreSQL stores, typed the Colombian way. */
const ABSURDO = "9.223.372.036.854.775.807";

async function fotografia(reporteId: number) {
  const [reporte, auditoria] = await Promise.all([
    db().reporte.findUniqueOrThrow({ where: { id: reporteId }, include: { trazabilidadVentas: true } }),
    db().auditLog.count({ where: { reporteId } }),
  ]);
  return { reporte, auditoria };
}

async function guardar(actor: Actor, reporteId: number, enviar: boolean, datos: Record<string, unknown>) {
  const { version } = await db().reporte.findUniqueOrThrow({ where: { id: reporteId } });
  return guardarReporte(actor, { reporteId, version, enviar, datos });
}

/** Every panel of every view the coordinator can open, with submitted and with approved data. */
async function todasLasVistas() {
  const vistas = [{}, { regional: String(e.centroA.regionalId) }, { centro: String(e.centroA.id) }];
  const respuestas: string[] = [];
  for (const vista of vistas) {
    for (const datos of ["enviados", "aprobados"]) {
      const filtros = leerFiltros({ vigencia: "2020", datos, ...vista });
      const ambito = await resolverAmbito(e.actores.coordinador, filtros);
      for (const [panel, tablas] of Object.entries(PANELES)) {
        const lista = await tablas(ambito!);
        respuestas.push(`${JSON.stringify(vista)} ${datos} ${panel}: ${lista.length} tablas`);
      }
    }
  }
  return respuestas;
}

describe("un monto absurdo no tumba los tableros", () => {
  it("un subdirector escribe 9.223.372.036.854.775.807: el borrador y el envío se rechazan junto al campo, nada cambia y cada vista del tablero responde", async () => {
    const abierto = await iniciarReporte(e.actores.subdirectorA, {
      seguimientoId: (
        await db().seguimiento.findFirstOrThrow({
          where: { vigenciaId: e.vigencia.id, tipoReporte: "TRAZABILIDAD_VENTAS" },
        })
      ).id,
      periodo: "2020-T2",
    });
    if (!abierto.ok) throw new Error(abierto.message);
    const id = abierto.data.reporteId;
    const antes = await fotografia(id);
    const datos = {
      tipo: "TRAZABILIDAD_VENTAS",
      totalAprovechamientos: ABSURDO,
      totalFacturadoDef: "1.000.000",
      numeroDef: "4",
      pagosRecibidos: "1.000.000",
    };

    const borrador = await guardar(e.actores.subdirectorA, id, false, datos);
    const envio = await guardar(e.actores.subdirectorA, id, true, datos);
    // Before anything else: with the amount stored, these sums failed for everyone.
    expect(await todasLasVistas()).toHaveLength(3 * 2 * Object.keys(PANELES).length);

    expect(borrador).toEqual({
      ok: false,
      message: "No se guardó el borrador: revise los campos marcados, hay datos que no son válidos.",
      fieldErrors: { totalAprovechamientos: [MENSAJE_MONTO_MAXIMO] },
    });
    expect(envio).toEqual({
      ok: false,
      message: "No se envió: revise los campos marcados, hay datos que faltan o no son válidos.",
      fieldErrors: { totalAprovechamientos: [MENSAJE_MONTO_MAXIMO] },
    });
    expect(MENSAJE_MONTO_MAXIMO).toBe("El monto no puede superar $\u00a0999.999.999.999.999.");
    expect(await fotografia(id)).toEqual(antes);

    const enElTope = { ...datos, totalAprovechamientos: "999.999.999.999.999" };
    expect(await guardar(e.actores.subdirectorA, id, true, enElTope)).toMatchObject({
      ok: true,
      data: { estado: "ENVIADO" },
    });
    expect((await fotografia(id)).reporte.trazabilidadVentas?.totalAprovechamientos).toBe(MONTO_MAXIMO);
    expect(await todasLasVistas()).toHaveLength(3 * 2 * Object.keys(PANELES).length);
  });

  it("9.300 reportes aprobados en el tope suman exacto, más allá de lo que cabe en un bigint", async () => {
    const CENTROS = 9_300;
    const regional = await db().regional.create({
      data: { codigo: "TOPES", nombre: "Regional de los topes" },
    });
    const [traz, ejec] = await Promise.all(
      (["TRAZABILIDAD_VENTAS", "EJECUCION_RECURSOS"] as const).map((tipoReporte) =>
        db().seguimiento.findFirstOrThrow({ where: { vigenciaId: e.vigencia.id, tipoReporte } }),
      ),
    );
    await db().$transaction(async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "Centro" (codigo, nombre, "regionalId", "generaAprovechamiento", "updatedAt")
        SELECT 'TOPE-' || n, 'Centro en el tope ' || n, ${regional.id}, true, now()
          FROM generate_series(1, ${CENTROS}) n`;
      for (const [seguimiento, periodo] of [
        [traz!, "2020-T1"],
        [ejec!, "2020"],
      ] as const) {
        await tx.$executeRaw`
          INSERT INTO "Reporte" ("seguimientoId", "vigenciaId", tipo, periodo, "centroId", ambito, estado,
                                 "creadoPorId", "updatedAt")
          SELECT ${seguimiento.id}, ${e.vigencia.id}, ${seguimiento.tipoReporte}::"TipoReporte", ${periodo},
                 c.id, c.id::text, 'APROBADO', ${e.actores.admin.id}, now()
            FROM "Centro" c WHERE c."regionalId" = ${regional.id}`;
      }
      await tx.$executeRaw`
        INSERT INTO "ReporteTrazabilidadVentas"
               ("reporteId", "totalAprovechamientos", "totalFacturadoDef", "numeroDef", "pagosRecibidos")
        SELECT r.id, ${MONTO_MAXIMO}, ${MONTO_MAXIMO}, 1, ${MONTO_MAXIMO}
          FROM "Reporte" r JOIN "Centro" c ON c.id = r."centroId"
         WHERE c."regionalId" = ${regional.id} AND r.tipo = 'TRAZABILIDAD_VENTAS'`;
      await tx.$executeRaw`
        INSERT INTO "ReporteEjecucionRecursos" ("reporteId", "recursosSolicitados", "recursosAsignados",
                                                "recursosEjecutados", "registradoModuloPlanAccion")
        SELECT r.id, ${MONTO_MAXIMO}, ${MONTO_MAXIMO}, ${MONTO_MAXIMO}, true
          FROM "Reporte" r JOIN "Centro" c ON c.id = r."centroId"
         WHERE c."regionalId" = ${regional.id} AND r.tipo = 'EJECUCION_RECURSOS'`;
    });

    const total = BigInt(CENTROS) * MONTO_MAXIMO;
    expect(total > 2n ** 63n - 1n).toBe(true);
    const filtros = leerFiltros({ vigencia: "2020", regional: String(regional.id) });
    const ambito = (await resolverAmbito(e.actores.coordinador, filtros))!;
    const def = await datosDef(ambito);
    expect(def.total).toEqual({ centros: CENTROS, ventas: total, def: total, razon: 1 });
    expect(def.regionales).toEqual([{ id: regional.id, nombre: regional.nombre, ...def.total }]);
    const ejecucion = await datosEjecucion(ambito);
    expect(ejecucion.total).toEqual({
      centros: CENTROS,
      registrados: CENTROS,
      solicitados: total,
      asignados: total,
      ejecutados: total,
      razon: 1,
    });
    const enviados = leerFiltros({ vigencia: "2020", datos: "enviados" });
    const nacional = await datosDef((await resolverAmbito(e.actores.coordinador, enviados))!);
    // With the scenario's report and the one sent at the ceiling above.
    expect(nacional.total.ventas).toBe(total + 1_000_000n + MONTO_MAXIMO);
    expect(await todasLasVistas()).toHaveLength(3 * 2 * Object.keys(PANELES).length);
  }, 120_000);
});
