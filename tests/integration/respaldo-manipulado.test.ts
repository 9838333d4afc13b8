import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verificarAuditoria } from "@/features/auditoria/integridad";
import { leerSellos, selloDe } from "@/features/auditoria/sellos";
import { crearClientePrisma } from "@/server/cliente-prisma";
import { registrarAuditoria } from "@/server/auditoria";
import { respaldar, verificarRespaldo } from "../../scripts/db/respaldo";
import { restaurarBase } from "../../scripts/db/restauracion";
import { crearBaseDePrueba, type BaseDePrueba } from "../helpers/database";
import { conBase, instantanea, reescribirRespaldo } from "../helpers/respaldo";

// A backup is a file anyone with access to it can edit, checksums and audit chain recomputed. The
// restore must hold it to what it cannot recompute: the heads recorded outside the database
// (decision 0025) and the schema its own migrations create; and refuse with the database untouched.
let origen: BaseDePrueba;
let destino: BaseDePrueba;
let manipulada: BaseDePrueba;
let carpeta: string;
let archivo: string;
let sellos: string;

beforeAll(async () => {
  [origen, destino, manipulada] = await Promise.all([
    crearBaseDePrueba("plan_resp_origen"),
    crearBaseDePrueba("plan_resp_destino"),
    crearBaseDePrueba("plan_resp_manip"),
  ]);
  carpeta = await mkdtemp(path.join(os.tmpdir(), "respaldo-manipulado-"));
  archivo = path.join(carpeta, "plan.respaldo.gz");
  sellos = path.join(carpeta, "sellos.jsonl");
  const prisma = crearClientePrisma(origen.url);
  try {
    for (const n of [1, 2, 3]) {
      await registrarAuditoria(prisma, null, `req-${n}`, {
        accion: "EDITAR",
        entidad: "Centro",
        entidadId: n,
        antes: { nombre: `Centro ${n}` },
        despues: { nombre: `Centro ${n} renombrado` },
      });
    }
    await respaldar(origen.url, archivo);
    // The worker's head of that day, kept outside the database.
    await writeFile(sellos, `${JSON.stringify(selloDe(await verificarAuditoria(prisma), "sello"))}\n`);
  } finally {
    await prisma.$disconnect();
  }
  // What the destination holds before each attempt: data the refused restores must leave alone.
  await restaurarBase(destino.urlPropietario, archivo);
  await conBase(destino.url, (c) =>
    c.query(`INSERT INTO "AuditLog" (accion, entidad, "entidadId") VALUES ('CREAR', 'Prueba', 'propia')`),
  );
});

afterAll(async () => {
  await Promise.all([origen?.drop(), destino?.drop(), manipulada?.drop()]);
  await rm(carpeta, { recursive: true, force: true });
});

/** The backup with one audit row rewritten and the whole chain sealed again, as a superuser would. */
async function respaldoConLaAuditoriaReescrita(): Promise<string> {
  await restaurarBase(manipulada.urlPropietario, archivo, { forzar: true });
  await conBase(manipulada.urlPropietario, async (c) => {
    await c.query("SET session_replication_role = replica");
    await c.query(
      `UPDATE "AuditLog" SET despues = '{"nombre": "Otro"}' WHERE id = (SELECT min(id) FROM "AuditLog")`,
    );
    await c.query(`
      DO $$
      DECLARE fila "AuditLog"; anterior text := NULL;
      BEGIN
        FOR fila IN SELECT * FROM "AuditLog" ORDER BY id LOOP
          anterior := auditoria_hash(anterior, fila);
          UPDATE "AuditLog" SET hash = anterior WHERE id = fila.id;
        END LOOP;
      END $$`);
  });
  const reescrito = path.join(carpeta, "reescrito.respaldo.gz");
  await rm(reescrito, { force: true });
  await respaldar(manipulada.url, reescrito);
  return reescrito;
}

describe("un respaldo manipulado no se restaura", () => {
  it("con la auditoría reescrita y su cadena recalculada: no cuadra con los sellos guardados, y la base queda igual", async () => {
    const reescrito = await respaldoConLaAuditoriaReescrita();
    // The archive checks out against itself, and so does its chain: only the head can tell.
    await expect(verificarRespaldo(reescrito)).resolves.toBeDefined();
    const antes = await instantanea(destino.url);
    await expect(restaurarBase(destino.urlPropietario, reescrito, { forzar: true, sellos })).rejects.toThrow(
      new RegExp(
        `La auditoría del respaldo no coincide con los sellos guardados en ${sellos}: .*no tiene el sello que se le registró.*No se tocó la base\\.`,
      ),
    );
    expect(await instantanea(destino.url)).toEqual(antes);
    expect(await leerSellos(sellos)).toHaveLength(1);
  });

  it("el respaldo auténtico sí cuadra con los sellos, y la restauración anota la cabeza de la cadena restaurada", async () => {
    const r = await restaurarBase(destino.urlPropietario, archivo, { forzar: true, sellos });
    const [sello] = (await leerSellos(sellos))!;
    expect(r.sellos).toEqual({ archivo: sellos, comparados: 1, ultimo: sello, posteriores: 0 });
    expect(r.auditoria).toMatchObject({ cantidadAlterados: 0, total: sello!.total });
    expect((await leerSellos(sellos))!.at(-1)).toMatchObject({
      tipo: "restauracion",
      id: sello!.id,
      hash: sello!.hash,
      respaldo: "plan.respaldo.gz",
    });
  });

  it("sin sellos guardados la restauración lo dice: la cadena solo se comprobó consigo misma", async () => {
    const r = await restaurarBase(destino.urlPropietario, archivo, {
      forzar: true,
      sellos: path.join(carpeta, "no-existe.jsonl"),
    });
    expect(r.sellos).toMatchObject({ comparados: 0, ultimo: null });
  });

  it("con un nombre malicioso en su encabezado: se rechaza antes de tocar la base", async () => {
    const antes = await instantanea(destino.url);
    const malicioso = path.join(carpeta, "malicioso.respaldo.gz");
    await reescribirRespaldo(archivo, malicioso, ({ encabezado }) => {
      encabezado.tablas[0]!.nombre = `Regional"; DROP TABLE "User"; --`;
    });
    await expect(restaurarBase(destino.urlPropietario, malicioso, { forzar: true })).rejects.toThrow(
      /El encabezado del respaldo .* no es válido \(tablas\.0\.nombre: «Regional"; DROP TABLE "User"; --» no es un nombre permitido\)/,
    );
    await reescribirRespaldo(archivo, malicioso, ({ encabezado }) => {
      encabezado.tablas[1]!.columnas[0] = "id) FROM PROGRAM 'id'; --";
    });
    await expect(restaurarBase(destino.urlPropietario, malicioso, { forzar: true })).rejects.toThrow(
      /tablas\.1\.columnas\.0: .* no es un nombre permitido/,
    );
    await reescribirRespaldo(archivo, malicioso, ({ encabezado }) => {
      encabezado.migraciones[0] = "../../../../etc";
    });
    await expect(restaurarBase(destino.urlPropietario, malicioso, { forzar: true })).rejects.toThrow(
      /migraciones\.0: «\.\.\/\.\.\/\.\.\/\.\.\/etc» no es el nombre de una migración/,
    );
    expect(await instantanea(destino.url)).toEqual(antes);
  });

  it("sin la tabla de auditoría, o con una tabla que sus migraciones no crean: se rechaza con la base igual", async () => {
    const antes = await instantanea(destino.url);
    const sinAuditoria = path.join(carpeta, "sin-auditoria.respaldo.gz");
    await reescribirRespaldo(archivo, sinAuditoria, ({ encabezado, datos }) => {
      encabezado.tablas = encabezado.tablas.filter((t) => t.nombre !== "AuditLog");
      datos.delete("AuditLog");
    });
    await expect(restaurarBase(destino.urlPropietario, sinAuditoria, { forzar: true })).rejects.toThrow(
      /El respaldo no corresponde al esquema de sus migraciones: le faltan tablas \(AuditLog\)\. No se tocó la base\./,
    );
    const conHistorial = path.join(carpeta, "con-historial.respaldo.gz");
    await reescribirRespaldo(archivo, conHistorial, ({ encabezado, datos }) => {
      encabezado.tablas.push({
        nombre: "_prisma_migrations",
        columnas: ["id", "checksum", "migration_name"],
      });
      datos.set("_prisma_migrations", Buffer.from("x\tx\t29991231000000_falsa\n"));
    });
    await expect(restaurarBase(destino.urlPropietario, conHistorial, { forzar: true })).rejects.toThrow(
      /nombra tablas que sus migraciones no crean \(_prisma_migrations\)/,
    );
    const otrasColumnas = path.join(carpeta, "otras-columnas.respaldo.gz");
    await reescribirRespaldo(archivo, otrasColumnas, ({ encabezado }) => {
      const auditoria = encabezado.tablas.find((t) => t.nombre === "AuditLog")!;
      auditoria.columnas = auditoria.columnas.filter((c) => c !== "hash");
    });
    await expect(restaurarBase(destino.urlPropietario, otrasColumnas, { forzar: true })).rejects.toThrow(
      /las columnas de AuditLog no son las de su esquema/,
    );
    expect(await instantanea(destino.url)).toEqual(antes);
    // Nothing of the attempts is left behind either: no staging schema.
    const esquemas = await conBase(destino.urlPropietario, (c) =>
      c.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'restauracion%'`),
    );
    expect(esquemas.rows).toEqual([]);
  });

  it("un respaldo cuya carga falla (una clave foránea rota) tampoco toca la base", async () => {
    const antes = await instantanea(destino.url);
    const roto = path.join(carpeta, "roto.respaldo.gz");
    await reescribirRespaldo(archivo, roto, ({ encabezado, datos }) => {
      // A centro of a regional that does not exist.
      const valores: Record<string, string> = {
        id: "999999",
        codigo: "HUERFANO",
        nombre: "Centro sin regional",
        regionalId: "999999",
        generaAprovechamiento: "t",
        activo: "t",
        requiereRecursos: "t",
        version: "1",
        createdAt: "2026-01-01 00:00:00",
        updatedAt: "2026-01-01 00:00:00",
      };
      const columnas = encabezado.tablas.find((t) => t.nombre === "Centro")!.columnas;
      const fila = columnas.map((c) => valores[c] ?? "\\N").join("\t");
      datos.set("Centro", Buffer.concat([datos.get("Centro")!, Buffer.from(`${fila}\n`)]));
    });
    await expect(restaurarBase(destino.urlPropietario, roto, { forzar: true })).rejects.toThrow(
      /violates foreign key constraint "Centro_regionalId_fkey"/,
    );
    expect(await instantanea(destino.url)).toEqual(antes);
  });
});
