import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MONTO_MAXIMO } from "@/lib/dinero";
import { aplicarMigraciones, defaultMigrationsDir } from "../../scripts/db/migrations";
import { crearEscenario, type Escenario } from "../helpers/escenario";

const MIGRACION = "20261208100000_topes_de_montos";

/** Every amount column in pesos, and every count, that the database keeps within range. */
const MONTOS: Record<string, string[]> = {
  ReporteRecaudo: ["recaudoFiscalizacion", "recaudoCobroPersuasivo"],
  ReporteRecaudoRegional: ["recaudoFiscalizacion", "recaudoCobroPersuasivo"],
  ReporteTrazabilidadVentas: ["totalAprovechamientos", "totalFacturadoDef", "pagosRecibidos"],
  ReporteEjecucionRecursos: ["recursosSolicitados", "recursosAsignados", "recursosEjecutados"],
  MetaRecaudo: ["monto"],
  ValorRegional: ["monto"],
};
const CANTIDADES: Record<string, string[]> = {
  ReporteRecaudo: ["aportantesNuevos", "smsEnviados", "correosEnviados"],
  ReporteComitePrecios: ["productosServiciosPreciados"],
  ReporteTrazabilidadVentas: ["numeroDef"],
};

let e: Escenario;
const cliente = new pg.Client({ connectionString: process.env.DATABASE_URL });

beforeAll(async () => {
  e = await crearEscenario("topes");
  await cliente.connect();
});

afterAll(async () => {
  await cliente.end();
});

/** Runs `sql` inside a savepoint of an open transaction: the error it raises, or null. */
async function errorDe(sql: string, valores: unknown[] = []): Promise<string | null> {
  await cliente.query("SAVEPOINT intento");
  try {
    await cliente.query(sql, valores);
    await cliente.query("RELEASE SAVEPOINT intento");
    return null;
  } catch (error) {
    await cliente.query("ROLLBACK TO SAVEPOINT intento");
    return (error as Error).message;
  }
}

describe("la base guarda los montos dentro del tope", () => {
  it("cada columna de pesos tiene su CHECK con el mismo tope de src/lib/dinero.ts, y cada conteo no admite negativos", async () => {
    const { rows } = await cliente.query<{ tabla: string; nombre: string; definicion: string }>(
      `SELECT conrelid::regclass::text AS tabla, conname AS nombre, pg_get_constraintdef(oid) AS definicion
         FROM pg_constraint WHERE contype = 'c' AND conname LIKE '%\\_rango'`,
    );
    const definicion = (tabla: string, columna: string) =>
      rows.find((r) => r.tabla === `"${tabla}"` && r.nombre === `${tabla}_${columna}_rango`)?.definicion;
    for (const [tabla, columnas] of Object.entries(MONTOS)) {
      for (const columna of columnas) {
        const c = columna === "monto" ? columna : `"${columna}"`;
        expect(definicion(tabla, columna)).toBe(
          `CHECK (((${c} >= 0) AND (${c} <= '${MONTO_MAXIMO}'::bigint)))`,
        );
      }
    }
    for (const [tabla, columnas] of Object.entries(CANTIDADES)) {
      for (const columna of columnas) expect(definicion(tabla, columna)).toBe(`CHECK (("${columna}" >= 0))`);
    }
    const todas = [...Object.values(MONTOS), ...Object.values(CANTIDADES)].flat().length;
    expect(rows).toHaveLength(todas);
  });

  it("una sentencia directa por encima del tope, o negativa, se rechaza; en el tope se guarda", async () => {
    const { reporteA } = e;
    await cliente.query("BEGIN");
    try {
      const cambiar = (columna: string, valor: string) =>
        errorDe(`UPDATE "ReporteTrazabilidadVentas" SET "${columna}" = $1 WHERE "reporteId" = $2`, [
          valor,
          reporteA.id,
        ]);
      expect(await cambiar("totalAprovechamientos", String(MONTO_MAXIMO + 1n))).toMatch(
        /violates check constraint "ReporteTrazabilidadVentas_totalAprovechamientos_rango"/,
      );
      expect(await cambiar("pagosRecibidos", "-1")).toMatch(/ReporteTrazabilidadVentas_pagosRecibidos_rango/);
      expect(await cambiar("numeroDef", "-1")).toMatch(/ReporteTrazabilidadVentas_numeroDef_rango/);
      expect(await cambiar("totalAprovechamientos", String(MONTO_MAXIMO))).toBeNull();

      const meta = (monto: string) =>
        errorDe(
          `INSERT INTO "MetaRecaudo" ("vigenciaId", periodo, ambito, monto, "updatedAt")
           VALUES ($1, '2020-S1', 'NACIONAL', $2, now())
           ON CONFLICT ("vigenciaId", periodo, ambito) DO UPDATE SET monto = EXCLUDED.monto`,
          [e.vigencia.id, monto],
        );
      expect(await meta("9223372036854775807")).toMatch(/MetaRecaudo_monto_rango/);
      expect(await meta(String(MONTO_MAXIMO))).toBeNull();
    } finally {
      await cliente.query("ROLLBACK");
    }
    const { rows } = await cliente.query<{ total: string }>(
      `SELECT "totalAprovechamientos"::text AS total FROM "ReporteTrazabilidadVentas" WHERE "reporteId" = $1`,
      [reporteA.id],
    );
    expect(rows).toEqual([{ total: "1000000" }]);
  });
});

describe("la migración del tope ante datos que ya lo exceden", () => {
  let nombre: string;
  let carpeta: string;
  const servidor = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  const url = () => {
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = `/${nombre}`;
    return u.toString();
  };

  beforeAll(async () => {
    nombre = `plan_topes_${Date.now()}`;
    carpeta = await mkdtemp(join(tmpdir(), "migraciones-topes-"));
    await servidor.connect();
    await servidor.query(`CREATE DATABASE "${nombre}"`);
  });

  afterAll(async () => {
    await servidor.query(`DROP DATABASE IF EXISTS "${nombre}" WITH (FORCE)`);
    await servidor.end();
    await rm(carpeta, { recursive: true, force: true });
  });

  it("se niega, lista cada valor fuera de rango y no cambia ninguno; corregidos y marcada como revertida, se aplica", async () => {
    const anteriores = (await readdir(defaultMigrationsDir)).filter((n) => n < MIGRACION);
    await cp(join(defaultMigrationsDir, "migration_lock.toml"), join(carpeta, "migration_lock.toml"));
    for (const n of anteriores.filter((x) => /^\d{14}_/.test(x))) {
      await cp(join(defaultMigrationsDir, n), join(carpeta, n), { recursive: true });
    }
    await aplicarMigraciones(url(), { migrationsDir: carpeta });
    const base = new pg.Client({ connectionString: url() });
    await base.connect();
    try {
      const { rows } = await base.query<{ id: number }>(
        `INSERT INTO "Vigencia" (anio, nombre) VALUES (2030, 'Plan 2030') RETURNING id`,
      );
      const vigenciaId = rows[0]!.id;
      for (const [periodo, monto] of [
        ["2030-S1", "9223372036854775807"],
        ["2030-S2", "-5"],
      ]) {
        await base.query(
          `INSERT INTO "MetaRecaudo" ("vigenciaId", periodo, ambito, monto, "updatedAt")
           VALUES ($1, $2, 'NACIONAL', $3, now())`,
          [vigenciaId, periodo, monto],
        );
      }

      await cp(join(defaultMigrationsDir, MIGRACION), join(carpeta, MIGRACION), { recursive: true });
      const rechazo = aplicarMigraciones(url(), { migrationsDir: carpeta });
      await expect(rechazo).rejects.toThrow(
        /No se aplicó el tope de los montos: 2 valores están fuera de rango[^]*MetaRecaudo, meta \d+ \(2030-S1, NACIONAL\): monto = 9223372036854775807\nMetaRecaudo, meta \d+ \(2030-S2, NACIONAL\): monto = -5\nCorríjalos, marque esta migración como revertida/,
      );
      const montos = await base.query<{ monto: string }>(
        `SELECT monto::text FROM "MetaRecaudo" ORDER BY periodo`,
      );
      expect(montos.rows).toEqual([{ monto: "9223372036854775807" }, { monto: "-5" }]);
      const restricciones = await base.query(`SELECT 1 FROM pg_constraint WHERE conname LIKE '%\\_rango'`);
      expect(restricciones.rowCount).toBe(0);

      await base.query(`UPDATE "MetaRecaudo" SET monto = 1000`);
      await base.query(
        `UPDATE _prisma_migrations SET rolled_back_at = now()
          WHERE migration_name = $1 AND finished_at IS NULL`,
        [MIGRACION],
      );
      expect(await aplicarMigraciones(url(), { migrationsDir: carpeta })).toEqual([MIGRACION]);
    } finally {
      await base.end();
    }
  });
});
