import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verificarAuditoria } from "@/features/auditoria/integridad";
import { leerSellos, selloDe } from "@/features/auditoria/sellos";
import { vigilarAuditoria } from "@/features/auditoria/vigilancia";
import type { PrismaClient } from "@/generated/prisma/client";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { registrarAuditoria } from "@/server/auditoria";
import { iniciarTrabajador } from "../../scripts/cola/trabajador";
import { crearBaseDePrueba, type BaseDePrueba } from "../helpers/database";
import { usuarioDePrueba } from "../helpers/escenario";

// The heads of the audit chain kept outside the database (decision 0025). This file rewrites the
// chain as a database superuser could, so it works on a database of its own.
let base: BaseDePrueba;
let prisma: PrismaClient;
let carpeta: string;
let sellos: string;
let admin: number;
const raiz = path.resolve(__dirname, "../..");

beforeAll(async () => {
  base = await crearBaseDePrueba("plan_sellos");
  prisma = crearClientePrisma(base.url);
  carpeta = await mkdtemp(path.join(os.tmpdir(), "sellos-"));
  sellos = path.join(carpeta, "remota", "sellos.jsonl");
  admin = (await usuarioDePrueba(prisma, "sellos", "Administradora", "ADMIN")).id;
  await usuarioDePrueba(prisma, "sellos", "Coordinador", "COORDINADOR");
  await usuarioDePrueba(prisma, "sellos", "Retirado", "ADMIN", null, false);
  for (const n of [1, 2, 3, 4]) {
    await registrarAuditoria(prisma, admin, `req-${n}`, {
      accion: "EDITAR",
      entidad: "Centro",
      entidadId: n,
      antes: { nombre: `Centro ${n}` },
      despues: { nombre: `Centro ${n} renombrado` },
    });
  }
});

afterAll(async () => {
  await prisma?.$disconnect();
  await base?.drop();
  await rm(carpeta, { recursive: true, force: true });
});

/** As a superuser would: triggers off, a row rewritten and every seal after it recomputed. */
async function reescribirLaCadena(id: bigint, despues: object): Promise<void> {
  const c = new pg.Client({ connectionString: base.urlPropietario });
  await c.connect();
  try {
    await c.query("SET session_replication_role = replica");
    await c.query(`UPDATE "AuditLog" SET despues = $2 WHERE id = $1`, [id, JSON.stringify(despues)]);
    await c.query(`
      DO $$
      DECLARE fila "AuditLog"; anterior text := NULL;
      BEGIN
        FOR fila IN SELECT * FROM "AuditLog" ORDER BY id LOOP
          anterior := auditoria_hash(anterior, fila);
          UPDATE "AuditLog" SET hash = anterior WHERE id = fila.id;
        END LOOP;
      END $$`);
  } finally {
    await c.end();
  }
}

function verificarPorConsola(...args: string[]) {
  const r = spawnSync(
    path.join(raiz, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/auditoria-verificar.ts", ...args],
    {
      cwd: raiz,
      env: { ...process.env, DATABASE_URL: base.url, DATABASE_URL_PROPIETARIO: base.urlPropietario },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { codigo: r.status, salida: `${r.stdout}${r.stderr}` };
}

const avisos = () =>
  prisma.notificacion.findMany({
    where: { tipo: "AUDITORIA_ALTERADA" },
    include: { correos: true },
    orderBy: { usuarioId: "asc" },
  });

describe("sellos de la auditoría fuera de la base", () => {
  it("el trabajador, al iniciar, verifica la cadena y anota su cabeza en AUDITORIA_SELLOS", async () => {
    const trabajador = await iniciarTrabajador({
      connectionString: base.url,
      env: { AUDITORIA_SELLOS: sellos },
      pollInterval: 200,
    });
    try {
      await expect.poll(() => leerSellos(sellos), { timeout: 20_000 }).not.toBeNull();
    } finally {
      await trabajador.detener();
    }
    const r = await verificarAuditoria(prisma);
    expect(await leerSellos(sellos)).toEqual([
      {
        tipo: "sello",
        id: r.ultimo!.id.toString(),
        hash: r.ultimo!.hash,
        total: 4,
        hora: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    expect((await readFile(sellos, "utf8")).split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("cada verificación compara con los sellos anteriores y, si todo cuadra, anota uno nuevo", async () => {
    await registrarAuditoria(prisma, admin, "req-5", { accion: "CREAR", entidad: "Centro", entidadId: 5 });
    const r = await vigilarAuditoria(prisma, sellos, new Date("2026-12-09T09:00:00Z"));
    expect(r).toMatchObject({
      integra: true,
      comparados: 1,
      sello: { total: 5, hora: "2026-12-09T09:00:00.000Z" },
    });
    expect(await leerSellos(sellos)).toHaveLength(2);
    const { codigo, salida } = verificarPorConsola("--sellos", sellos);
    expect(salida).toContain("La auditoría está íntegra: 5 registros encadenados");
    expect(salida).toContain(`Coincide con los 2 sellos guardados en ${sellos}`);
    expect(codigo).toBe(0);
  });

  it("una cadena reescrita entera se verifica sola, pero no cuadra con los sellos: se avisa a los administradores y no se sella", async () => {
    const anteriores = (await leerSellos(sellos))!;
    const [primero] = await prisma.auditLog.findMany({ orderBy: { id: "asc" }, take: 1 });
    await reescribirLaCadena(primero!.id, { nombre: "Otro centro" });
    // By itself the rewritten chain looks intact: that is the attack.
    expect((await verificarAuditoria(prisma)).cantidadAlterados).toBe(0);

    const r = await vigilarAuditoria(prisma, sellos);
    expect(r.integra).toBe(false);
    expect(!r.integra && r.problemas).toEqual(
      anteriores.map((s) => expect.stringContaining(`El #${s.id} no tiene el sello que se le registró`)),
    );
    expect(await leerSellos(sellos)).toEqual(anteriores);
    const recibidos = await avisos();
    // Only the active administrator: not the coordinator, not the deactivated administrator.
    expect(recibidos.map((n) => n.usuarioId)).toEqual([admin]);
    expect(recibidos[0]).toMatchObject({
      titulo: "La auditoría no está íntegra",
      enlace: "/admin/auditoria",
      correos: [expect.objectContaining({ estado: "PENDIENTE", asunto: expect.any(String) })],
    });
    expect(recibidos[0]!.mensaje).toContain("no tiene el sello que se le registró");

    const { codigo, salida } = verificarPorConsola("--sellos", sellos);
    expect(codigo).toBe(1);
    expect(salida).toContain(`La auditoría NO coincide con los sellos guardados en ${sellos}`);
  });

  it("registros borrados del final se notan por el sello que los registró", async () => {
    const archivo = path.join(carpeta, "final.jsonl");
    const antes = await verificarAuditoria(prisma);
    await writeFile(archivo, `${JSON.stringify(selloDe(antes, "sello"))}\n`);
    const c = new pg.Client({ connectionString: base.urlPropietario });
    await c.connect();
    try {
      await c.query("SET session_replication_role = replica");
      await c.query(`DELETE FROM "AuditLog" WHERE id = $1`, [antes.ultimo!.id]);
    } finally {
      await c.end();
    }
    // What is left is a valid chain: only the head recorded outside knows there was more.
    expect((await verificarAuditoria(prisma)).cantidadAlterados).toBe(0);
    const r = await vigilarAuditoria(prisma, archivo);
    expect(!r.integra && r.problemas).toEqual([
      expect.stringMatching(
        new RegExp(
          `registró el #${antes.ultimo!.id}, pero la auditoría termina en el #\\d+: faltan registros del final`,
        ),
      ),
    ]);
    const { codigo, salida } = verificarPorConsola("--sellos", archivo);
    expect(codigo).toBe(1);
    expect(salida).toContain("faltan registros del final");
  });

  it("un archivo de sellos que no se entiende no se da por bueno", async () => {
    const archivo = path.join(carpeta, "ilegible.jsonl");
    await writeFile(archivo, '{"tipo":"sello","id":"1"}\nno es json\n');
    const r = await vigilarAuditoria(prisma, archivo);
    expect(!r.integra && r.problemas).toContainEqual(
      expect.stringContaining(`La línea 1 de ${archivo} no es un sello de la auditoría.`),
    );
    const { codigo, salida } = verificarPorConsola("--sellos", archivo);
    expect(codigo).toBe(2);
    expect(salida).toContain("No se pudo verificar la auditoría");
  });
});
