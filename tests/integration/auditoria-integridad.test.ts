import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verificarAuditoria } from "@/features/auditoria/integridad";
import type { PrismaClient } from "@/generated/prisma/client";
import { registrarAuditoria, type EventoAuditoria } from "@/server/auditoria";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { crearBaseDePrueba, type BaseDePrueba } from "../helpers/database";

// This file tampers with the audit trail as the database superuser would: it uses a database of its
// own, so the other files' chains stay intact. The application's client connects as the
// application's role, which cannot tamper at all (decision 0024).
let base: BaseDePrueba;
let prisma: PrismaClient;
let actorId: number;

const RECHAZO = "La auditoría solo admite registros nuevos";
const SIN_PERMISO = 'permission denied for table "?AuditLog"?';
const raiz = path.resolve(__dirname, "../..");

beforeAll(async () => {
  base = await crearBaseDePrueba("plan_audit");
  prisma = crearClientePrisma(base.url);
  const actor = await prisma.user.create({
    data: { email: "auditora@integridad.test", nombre: "Auditora", rol: "ADMIN", passwordHash: "no-usada" },
  });
  actorId = actor.id;
});

afterAll(async () => {
  await prisma?.$disconnect();
  await base?.drop();
});

/** A connection as the superuser: what a tampering DBA could do, triggers and all. */
async function comoSuperusuario<T>(trabajo: (cliente: pg.Client) => Promise<T>): Promise<T> {
  const cliente = new pg.Client({ connectionString: base.urlPropietario });
  await cliente.connect();
  try {
    return await trabajo(cliente);
  } finally {
    await cliente.end();
  }
}

/** The same, with the triggers off for the session (`session_replication_role = replica`). */
function sinDisparadores<T>(trabajo: (cliente: pg.Client) => Promise<T>): Promise<T> {
  return comoSuperusuario(async (cliente) => {
    await cliente.query("SET session_replication_role = replica");
    return trabajo(cliente);
  });
}

function evento(n: number, extra: Partial<EventoAuditoria> = {}): EventoAuditoria {
  return {
    accion: "EDITAR",
    entidad: "Centro",
    entidadId: n,
    antes: { nombre: `Centro ${n}`, activo: true },
    despues: { nombre: `Centro ${n} renombrado`, activo: true },
    ...extra,
  };
}

async function ids(): Promise<bigint[]> {
  return (await prisma.auditLog.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((f) => f.id);
}

function verificarPorConsola() {
  const r = spawnSync(
    path.join(raiz, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/auditoria-verificar.ts"],
    { cwd: raiz, env: { ...process.env, DATABASE_URL: base.url }, encoding: "utf8", timeout: 60_000 },
  );
  return { codigo: r.status, salida: `${r.stdout}${r.stderr}` };
}

describe("auditoría encadenada e inalterable", () => {
  beforeAll(async () => {
    await registrarAuditoria(prisma, actorId, "req-1", evento(1), {
      ip: "203.0.113.5",
      userAgent: "Navegador de pruebas",
    });
    await registrarAuditoria(prisma, null, "req-2", {
      accion: "INGRESO_FALLIDO",
      entidad: "User",
      entidadId: "nadie@integridad.test",
      despues: { correo: "nadie@integridad.test" },
    });
    // Several events in one insert, and several in one transaction.
    await registrarAuditoria(prisma, actorId, "req-3", [evento(2), evento(3), evento(4)]);
    await prisma.$transaction(async (tx) => {
      await registrarAuditoria(tx, actorId, "req-4", evento(5));
      await registrarAuditoria(tx, actorId, "req-4", evento(6, { accion: "ACTIVAR", antes: null }));
    });
  });

  it("la base sella cada registro y la verificación los encuentra íntegros", async () => {
    const filas = await prisma.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(filas).toHaveLength(7);
    expect(filas.every((f) => /^[0-9a-f]{64}$/.test(f.hash ?? ""))).toBe(true);
    expect(new Set(filas.map((f) => f.hash)).size).toBe(7);
    const r = await verificarAuditoria(prisma);
    const ultima = filas.at(-1)!;
    expect(r).toEqual({
      total: 7,
      ultimo: { id: ultima.id, hash: ultima.hash },
      alterados: [],
      cantidadAlterados: 0,
    });
  });

  it("la base rechaza modificar, borrar o vaciar la auditoría, también al superusuario", async () => {
    await comoSuperusuario(async (cliente) => {
      await expect(cliente.query(`UPDATE "AuditLog" SET accion = 'APROBAR'`)).rejects.toThrow(RECHAZO);
      await expect(cliente.query(`DELETE FROM "AuditLog" WHERE accion = 'EDITAR'`)).rejects.toThrow(RECHAZO);
      await expect(cliente.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(RECHAZO);
    });
    // The application's role does not even get to the triggers: it lacks the privilege.
    await expect(prisma.auditLog.updateMany({ where: {}, data: { accion: "APROBAR" } })).rejects.toThrow(
      new RegExp(SIN_PERMISO),
    );
    await expect(prisma.auditLog.deleteMany({})).rejects.toThrow(new RegExp(SIN_PERMISO));
    expect(await prisma.auditLog.count()).toBe(7);
    expect((await verificarAuditoria(prisma)).alterados).toEqual([]);
  });

  it("la orden de consola informa la cadena íntegra y sale con 0", async () => {
    const r = await verificarAuditoria(prisma);
    const { codigo, salida } = verificarPorConsola();
    expect(salida).toContain(
      `La auditoría está íntegra: 7 registros encadenados; último #${r.ultimo!.id}, sello ${r.ultimo!.hash}`,
    );
    expect(codigo).toBe(0);
  });

  it("un registro editado con los disparadores apagados se señala; devolverle su contenido lo repara", async () => {
    const [, , editado] = await ids();
    const original = await prisma.auditLog.findUniqueOrThrow({ where: { id: editado! } });
    await sinDisparadores((c) =>
      c.query(`UPDATE "AuditLog" SET despues = '{"nombre": "Otro nombre", "activo": false}' WHERE id = $1`, [
        editado,
      ]),
    );
    const r = await verificarAuditoria(prisma);
    expect(r.alterados).toEqual([{ id: editado, motivo: expect.stringContaining("se modificó") }]);
    expect(r.cantidadAlterados).toBe(1);
    expect(r.total).toBe(7);

    await sinDisparadores((c) =>
      c.query(`UPDATE "AuditLog" SET despues = $2 WHERE id = $1`, [
        editado,
        JSON.stringify(original.despues),
      ]),
    );
    expect((await verificarAuditoria(prisma)).alterados).toEqual([]);
  });

  it("cambiar solo la dirección desde la que se escribió también rompe el sello", async () => {
    const [primero] = await ids();
    await sinDisparadores((c) =>
      c.query(`UPDATE "AuditLog" SET ip = '198.51.100.1' WHERE id = $1`, [primero]),
    );
    expect((await verificarAuditoria(prisma)).alterados.map((a) => a.id)).toEqual([primero]);
    await sinDisparadores((c) =>
      c.query(`UPDATE "AuditLog" SET ip = '203.0.113.5' WHERE id = $1`, [primero]),
    );
    expect((await verificarAuditoria(prisma)).alterados).toEqual([]);
  });

  it("un registro borrado se nota en el siguiente", async () => {
    const todos = await ids();
    const borrado = todos[3]!;
    const siguiente = todos[4]!;
    // The row as PostgreSQL writes it in JSON, to put it back byte for byte afterwards.
    const copia = await sinDisparadores(async (c) => {
      const { rows } = await c.query<{ fila: string }>(
        `DELETE FROM "AuditLog" WHERE id = $1 RETURNING row_to_json("AuditLog")::text AS fila`,
        [borrado],
      );
      return rows[0]!.fila;
    });
    const r = await verificarAuditoria(prisma);
    expect(r.total).toBe(6);
    const anterior = todos[2]!;
    expect(r.alterados).toEqual([
      { id: siguiente, motivo: expect.stringContaining(`se borró alguno entre el #${anterior} y él`) },
    ]);

    // Put back exactly as it was, the chain is whole again.
    await sinDisparadores((c) =>
      c.query(`INSERT INTO "AuditLog" SELECT * FROM json_populate_record(NULL::"AuditLog", $1::json)`, [
        copia,
      ]),
    );
    expect(await verificarAuditoria(prisma)).toMatchObject({ total: 7, alterados: [] });
  });

  it("un registro escrito sin sello se señala y la orden de consola sale con 1", async () => {
    const sinSello = await sinDisparadores(async (c) => {
      const { rows } = await c.query<{ id: string }>(
        `INSERT INTO "AuditLog" (accion, entidad, "entidadId", despues)
         VALUES ('EDITAR', 'Centro', '99', '{"nombre": "Colado"}') RETURNING id`,
      );
      return BigInt(rows[0]!.id);
    });
    const r = await verificarAuditoria(prisma);
    expect(r.alterados).toEqual([{ id: sinSello, motivo: expect.stringContaining("No tiene sello") }]);
    expect(r.ultimo).toEqual({ id: sinSello, hash: null });

    const { codigo, salida } = verificarPorConsola();
    expect(codigo).toBe(1);
    expect(salida).toContain("La auditoría NO está íntegra: 1 de 8 registros no cuadran con la cadena.");
    expect(salida).toContain(`#${sinSello}: No tiene sello`);
    expect(salida).not.toContain("La auditoría está íntegra");
  });
});

describe("escrituras simultáneas", () => {
  it("veinte transacciones a la vez dejan una cadena válida, en el orden de los id", async () => {
    const antes = await prisma.auditLog.count();
    const lote = Array.from({ length: 20 }, (_, i) =>
      prisma.$transaction(async (tx) => {
        await tx.user.findFirst({ where: { id: actorId } });
        if (i % 4 === 0) {
          await registrarAuditoria(tx, actorId, `lote-${i}`, [evento(100 + i), evento(200 + i)]);
        } else {
          await registrarAuditoria(tx, actorId, `lote-${i}`, evento(100 + i));
        }
        // Hold the transaction open a little after writing, so the others queue behind it.
        await tx.$executeRaw`SELECT pg_sleep(0.01)`;
      }),
    );
    await Promise.all(lote);
    const escritos = await prisma.auditLog.count();
    expect(escritos - antes).toBe(25);
    const r = await verificarAuditoria(prisma);
    // Only the row written without a seal by the test above is flagged; every new row chains.
    expect(r.alterados.map((a) => a.motivo)).toEqual([expect.stringContaining("No tiene sello")]);
    expect(r.total).toBe(escritos);
    const nuevos = await prisma.auditLog.findMany({
      where: { requestId: { startsWith: "lote-" } },
      orderBy: { id: "asc" },
      select: { id: true, hash: true },
    });
    expect(nuevos).toHaveLength(25);
    expect(nuevos.every((f) => f.hash !== null)).toBe(true);
  });
});
