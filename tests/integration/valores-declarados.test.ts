import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DECLARACIONES_2020 } from "@/features/plan/declaraciones-2020";
import type { TipoReporte } from "@/generated/prisma/enums";
import { seedDatabase } from "../../prisma/seed/index";
import { crearBaseDePrueba } from "../helpers/database";

// The declared values (decision 0028) of the demo data: while the four 2020 kinds keep their
// detail in their own tables, the database copies every write into the values. Every value of
// every report must be the same in both, whatever wrote it.

let base: Awaited<ReturnType<typeof crearBaseDePrueba>>;
let cliente: pg.Client;

const COLUMNAS: Record<
  TipoReporte,
  { tabla: string; columnas: Record<string, "entero" | "texto" | "fecha" | "booleano"> }
> = {
  RECAUDO: {
    tabla: "ReporteRecaudo",
    columnas: {
      recaudoFiscalizacion: "entero",
      recaudoCobroPersuasivo: "entero",
      aportantesNuevos: "entero",
      smsEnviados: "entero",
      correosEnviados: "entero",
      analisis: "texto",
    },
  },
  COMITE_PRECIOS: {
    tabla: "ReporteComitePrecios",
    columnas: { fechaActa: "fecha", numeroActa: "texto", productosServiciosPreciados: "entero" },
  },
  TRAZABILIDAD_VENTAS: {
    tabla: "ReporteTrazabilidadVentas",
    columnas: {
      totalAprovechamientos: "entero",
      totalFacturadoDef: "entero",
      numeroDef: "entero",
      pagosRecibidos: "entero",
    },
  },
  EJECUCION_RECURSOS: {
    tabla: "ReporteEjecucionRecursos",
    columnas: {
      recursosSolicitados: "entero",
      recursosAsignados: "entero",
      recursosEjecutados: "entero",
      registradoModuloPlanAccion: "booleano",
    },
  },
};

/** Values that differ between a kind's table and the declared values: none expected. */
async function diferencias(): Promise<{ tabla: string; campo: string; reporteId: number }[]> {
  const filas: { tabla: string; campo: string; reporteId: number }[] = [];
  for (const { tabla, columnas } of Object.values(COLUMNAS)) {
    for (const [campo, columna] of Object.entries(columnas)) {
      const { rows } = await cliente.query<{ reporteId: number }>(
        `SELECT coalesce(d."reporteId", v."reporteId") AS "reporteId"
           FROM (SELECT "reporteId", "${campo}" AS valor FROM "${tabla}") d
           FULL JOIN (SELECT "reporteId", ${columna} AS valor FROM "ValorReporte" WHERE campo = $1
                        AND "reporteId" IN (SELECT "reporteId" FROM "${tabla}")) v
             ON v."reporteId" = d."reporteId"
          WHERE d.valor IS DISTINCT FROM v.valor`,
        [campo],
      );
      filas.push(...rows.map((r) => ({ tabla, campo, reporteId: r.reporteId })));
    }
  }
  const { rows } = await cliente.query<{ reporteId: number }>(
    `SELECT coalesce(d."reporteId", v."reporteId") AS "reporteId"
       FROM "ReporteRecaudoRegional" d
       CROSS JOIN LATERAL (VALUES ('recaudoFiscalizacion', d."recaudoFiscalizacion"),
                                  ('recaudoCobroPersuasivo', d."recaudoCobroPersuasivo")) c(campo, monto)
       FULL JOIN "ValorRegional" v
         ON v."reporteId" = d."reporteId" AND v."regionalId" = d."regionalId" AND v.campo = c.campo
      WHERE c.monto IS DISTINCT FROM v.monto`,
  );
  filas.push(...rows.map((r) => ({ tabla: "ReporteRecaudoRegional", campo: "*", reporteId: r.reporteId })));
  const justificaciones = await cliente.query<{ reporteId: number }>(
    `SELECT r.id AS "reporteId" FROM "Reporte" r
       LEFT JOIN "ReporteTrazabilidadVentas" t ON t."reporteId" = r.id
       LEFT JOIN "ReporteEjecucionRecursos" e ON e."reporteId" = r.id
      WHERE r.justificacion IS DISTINCT FROM coalesce(t.justificacion, e.justificacion)`,
  );
  filas.push(
    ...justificaciones.rows.map((r) => ({
      tabla: "Reporte",
      campo: "justificacion",
      reporteId: r.reporteId,
    })),
  );
  return filas;
}

beforeAll(async () => {
  base = await crearBaseDePrueba("plan_test_valores");
  await seedDatabase(base.url, { demo: true });
  cliente = new pg.Client({ connectionString: base.url });
  await cliente.connect();
}, 600_000);

afterAll(async () => {
  await cliente?.end();
  await base?.drop();
});

describe("los valores declarados de los reportes de los cuatro tipos de 2020", () => {
  it("cada valor de cada reporte de la demostración es el mismo en la tabla de su tipo y en sus valores", async () => {
    const { rows } = await cliente.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ValorReporte"`);
    expect(rows[0]!.n).toBeGreaterThan(2_000);
    expect(await diferencias()).toEqual([]);
  });

  it("cada campo copiado es uno del formulario declarado de su seguimiento, con su tipo", async () => {
    const { rows } = await cliente.query<{ tipo: TipoReporte; campo: string; tipoCampo: string }>(
      `SELECT DISTINCT r.tipo, v.campo, v.tipo::text AS "tipoCampo"
         FROM "ValorReporte" v JOIN "Reporte" r ON r.id = v."reporteId"`,
    );
    for (const fila of rows) {
      const campo = DECLARACIONES_2020[fila.tipo].formulario.campos.find((c) => c.clave === fila.campo);
      expect(campo?.tipo, `${fila.tipo}.${fila.campo}`).toBe(fila.tipoCampo);
    }
  });

  it("editar, vaciar y borrar el detalle de un tipo cambia sus valores en la misma sentencia", async () => {
    const { rows } = await cliente.query<{ reporteId: number }>(
      `SELECT "reporteId" FROM "ReporteTrazabilidadVentas" ORDER BY "reporteId" LIMIT 3`,
    );
    const ids = rows.map((r) => r.reporteId);
    await cliente.query("BEGIN");
    try {
      await cliente.query(
        `UPDATE "ReporteTrazabilidadVentas" SET "numeroDef" = "numeroDef" + 1, justificacion = 'Pagos de documentos del trimestre anterior.'
          WHERE "reporteId" = ANY($1)`,
        [ids],
      );
      await cliente.query(
        `UPDATE "ReporteTrazabilidadVentas" SET "pagosRecibidos" = NULL WHERE "reporteId" = $1`,
        [ids[0]],
      );
      await cliente.query(`DELETE FROM "ReporteTrazabilidadVentas" WHERE "reporteId" = $1`, [ids[1]]);
      expect(await diferencias()).toEqual([]);
      const { rows: quedan } = await cliente.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "ValorReporte" WHERE "reporteId" = $1`,
        [ids[1]],
      );
      expect(quedan[0]!.n).toBe(0);
    } finally {
      await cliente.query("ROLLBACK");
    }
  });

  it("la base no guarda un valor en otra columna que la de su tipo ni fuera de sus topes", async () => {
    const { rows } = await cliente.query<{ id: number }>(
      `SELECT id FROM "Reporte" WHERE estado = 'BORRADOR' LIMIT 1`,
    );
    const id = rows[0]!.id;
    const intentos = [
      [`'pesos', 1000000000000000, NULL, NULL`, "sobre el tope"],
      [`'pesos', -1, NULL, NULL`, "negativo"],
      [`'pesos', NULL, 'mil', NULL`, "pesos en texto"],
      [`'fecha', NULL, NULL, NULL`, "fecha vacía"],
      [`'cantidad', 2000000001, NULL, NULL`, "cantidad sobre el tope"],
    ];
    for (const [valores, caso] of intentos) {
      await expect(
        cliente.query(
          `INSERT INTO "ValorReporte" ("reporteId", campo, tipo, entero, texto, fecha) VALUES ($1, 'prueba', ${valores})`,
          [id],
        ),
        caso,
      ).rejects.toThrow(/ValorReporte_columna_de_su_tipo/);
    }
  });
});
