import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verificarAuditoria } from "@/features/auditoria/integridad";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { excesosDelRolDeLaAplicacion } from "../../scripts/db/permisos";

// DATABASE_URL is what the application connects as (decision 0024); DATABASE_URL_PROPIETARIO, the
// owner that migrates. Everything here is tried as the application, the way an attacker who took
// over the application (or read its environment) would.
let app: pg.Client;
const prisma = crearClientePrisma(process.env.DATABASE_URL!);

beforeAll(async () => {
  app = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await app.connect();
});

afterAll(async () => {
  await app.end();
  await prisma.$disconnect();
});

/** The SQLSTATE a statement fails with, or "ok". */
async function resultado(sql: string): Promise<string> {
  try {
    await app.query(sql);
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const SIN_PRIVILEGIO = "42501";

describe("el rol con que se conecta la aplicación", () => {
  it("agrega registros a la auditoría, sellados por la base, y los lee", async () => {
    const { rows } = await app.query<{ id: string; hash: string | null }>(
      `INSERT INTO "AuditLog" (accion, entidad, "entidadId", despues)
       VALUES ('EDITAR', 'Prueba', 'rol', '{"a": 1}') RETURNING id::text, hash`,
    );
    expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    const { rows: leidos } = await app.query<{ accion: string; hash: string }>(
      `SELECT accion, hash FROM "AuditLog" WHERE id = $1`,
      [rows[0]!.id],
    );
    expect(leidos).toEqual([{ accion: "EDITAR", hash: rows[0]!.hash }]);
  });

  it("no puede modificar, borrar, vaciar ni desactivar los disparadores de la auditoría", async () => {
    const antes = await verificarAuditoria(prisma);
    expect(antes.total).toBeGreaterThan(0);
    expect(await resultado(`UPDATE "AuditLog" SET accion = 'APROBAR'`)).toBe(SIN_PRIVILEGIO);
    expect(await resultado(`DELETE FROM "AuditLog"`)).toBe(SIN_PRIVILEGIO);
    expect(await resultado(`TRUNCATE "AuditLog"`)).toBe(SIN_PRIVILEGIO);
    expect(await resultado(`ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`)).toBe(SIN_PRIVILEGIO);
    expect(await resultado(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_inalterable"`)).toBe(
      SIN_PRIVILEGIO,
    );
    // Nor the other ways around the seals: triggers off for the session, the id sequence moved back.
    expect(await resultado(`SET session_replication_role = replica`)).toBe(SIN_PRIVILEGIO);
    expect(await resultado(`SELECT setval('"AuditLog_id_seq"', 1)`)).toBe(SIN_PRIVILEGIO);
    expect(await verificarAuditoria(prisma)).toEqual(antes);
  });

  it("no puede crear tablas ni funciones, ni tocar el historial de migraciones", async () => {
    expect(await resultado(`CREATE TABLE colada (x int)`)).toBe(SIN_PRIVILEGIO);
    expect(await resultado(`CREATE FUNCTION colada() RETURNS int LANGUAGE sql AS 'SELECT 1'`)).toBe(
      SIN_PRIVILEGIO,
    );
    expect(await resultado(`CREATE SCHEMA colado`)).toBe(SIN_PRIVILEGIO);
    expect(await resultado(`DELETE FROM _prisma_migrations`)).toBe(SIN_PRIVILEGIO);
    expect(
      await resultado(
        `CREATE OR REPLACE FUNCTION auditoria_hash(text, "AuditLog") RETURNS text LANGUAGE sql AS 'SELECT 1::text'`,
      ),
    ).toBe(SIN_PRIVILEGIO);
  });

  it("no es dueño de nada y no puede crear en la base", async () => {
    const { rows } = await app.query<{ propios: number; crear: boolean; crearEsquemas: boolean }>(
      `SELECT (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname IN ('public', 'graphile_worker')
                  AND pg_has_role(current_user, c.relowner, 'USAGE')) AS propios,
              has_schema_privilege('public', 'CREATE') AS crear,
              has_database_privilege(current_database(), 'CREATE') AS "crearEsquemas"`,
    );
    expect(rows).toEqual([{ propios: 0, crear: false, crearEsquemas: false }]);
    expect(await excesosDelRolDeLaAplicacion(process.env.DATABASE_URL!)).toEqual([]);
  });

  it("el dueño de las tablas, en cambio, podría reescribir la auditoría: un despliegue no lo acepta", async () => {
    const excesos = await excesosDelRolDeLaAplicacion(process.env.DATABASE_URL_PROPIETARIO!);
    expect(excesos).toContainEqual(expect.stringMatching(/es dueño de la tabla "AuditLog"/));
    expect(excesos).toContainEqual(expect.stringMatching(/puede UPDATE, DELETE, TRUNCATE sobre "AuditLog"/));
  });

  it("usa la cola de trabajos sin ser su dueño", async () => {
    const { rows } = await app.query<{ id: string }>(
      `SELECT id::text FROM graphile_worker.add_job('mantenimiento', job_key => 'prueba-del-rol')`,
    );
    const { rows: vistos } = await app.query<{ key: string }>(
      `SELECT key FROM graphile_worker.jobs WHERE id = $1`,
      [rows[0]!.id],
    );
    expect(vistos).toEqual([{ key: "prueba-del-rol" }]);
    await app.query(`SELECT graphile_worker.remove_job('prueba-del-rol')`);
  });
});
