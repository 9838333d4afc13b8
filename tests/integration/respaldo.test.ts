import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leerRespaldo, respaldar, verificarRespaldo } from "../../scripts/db/respaldo";
import { restaurarBase } from "../../scripts/db/restauracion";
import { db } from "@/server/db";
import { crearBaseDePrueba, type BaseDePrueba } from "../helpers/database";
import { crearEscenario, type Escenario } from "../helpers/escenario";
import { conBase, instantanea } from "../helpers/respaldo";

const ACTA = new Uint8Array(await readFile(new URL("../fixtures/acta.pdf", import.meta.url)));
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

let e: Escenario;
let carpeta: string;
let archivo: string;
let destino: BaseDePrueba;

const pendientesEnCola = (url: string) =>
  conBase(url, async (c) => {
    const { rows } = await c.query<{ key: string }>(
      `SELECT key FROM graphile_worker.jobs WHERE task_identifier = 'enviar-correo' ORDER BY key`,
    );
    return rows.map((r) => r.key);
  });

beforeAll(async () => {
  e = await crearEscenario("resp");
  carpeta = await mkdtemp(path.join(os.tmpdir(), "respaldo-"));
  archivo = path.join(carpeta, "plan.respaldo.gz");
  // Data of every kind the backup must carry: evidence bytes, a pending e-mail, audit rows.
  for (const marca of ["uno", "dos"]) {
    const bytes = new Uint8Array([...ACTA, ...new TextEncoder().encode(`% ${marca}\n`)]);
    await db().evidencia.create({
      data: {
        reporteId: e.reporteA.id,
        nombreArchivo: `acta ${marca}.pdf`,
        tipoMime: "application/pdf",
        tamanoBytes: bytes.length,
        sha256: sha256(bytes),
        subidoPorId: e.actores.subdirectorA.id,
        contenido: { create: { bytes } },
      },
    });
  }
  await db().correo.create({
    data: { para: "coordinador@sena.edu.co", asunto: "Pendiente", texto: "texto", html: "<p>html</p>" },
  });
  for (const accion of ["CREAR", "EDITAR"]) {
    await db().auditLog.create({
      data: {
        actorId: e.actores.admin.id,
        accion,
        entidad: "Prueba",
        entidadId: "respaldo",
        despues: { a: 1 },
      },
    });
  }
  destino = await crearBaseDePrueba("plan_restaurada");
});

afterAll(async () => {
  await destino?.drop();
  await rm(carpeta, { recursive: true, force: true });
});

describe("respaldo y restauración", () => {
  it("el respaldo lleva la base entera, con sus evidencias, en un archivo que se verifica a sí mismo", async () => {
    const r = await respaldar(process.env.DATABASE_URL!, archivo);
    expect(r.archivo).toBe(archivo);
    expect(r.filas.EvidenciaContenido).toBeGreaterThanOrEqual(2);
    expect(r.filas.AuditLog).toBeGreaterThanOrEqual(2);
    const encabezado = await leerRespaldo(archivo);
    expect(encabezado.migraciones).toContain("20261202014431_evidencias_en_la_base");
    // Parents before children: a table comes after every table it references.
    const orden = encabezado.tablas.map((t) => t.nombre);
    expect(orden.indexOf("Regional")).toBeLessThan(orden.indexOf("Centro"));
    expect(orden.indexOf("Evidencia")).toBeLessThan(orden.indexOf("EvidenciaContenido"));
    expect(orden).not.toContain("_prisma_migrations");
    expect(await verificarRespaldo(archivo)).toEqual(r.filas);
  });

  it("restaurado en una base vacía, vuelve todo: cada reporte, cada evidencia con su hash y cada registro de auditoría", async () => {
    const original = await instantanea(process.env.DATABASE_URL!);
    const r = await restaurarBase(destino.urlPropietario, archivo);
    expect(r.migracionesNuevas).toEqual([]);
    expect(r.auditoria).toMatchObject({ cantidadAlterados: 0, total: original.auditoria.length });
    const restaurada = await instantanea(destino.url);
    expect(restaurada.reportes).toEqual(original.reportes);
    expect(restaurada.evidencias).toEqual(original.evidencias);
    for (const ev of restaurada.evidencias) expect(ev.sha256DeLosBytes).toBe(ev.sha256);
    expect(restaurada.auditoria).toEqual(original.auditoria);
    expect(restaurada.secuencias).toEqual(original.secuencias);
    expect(restaurada.huellas).toEqual(original.huellas);
    // A generation no instance has seen: no dashboard figure kept from before is reused.
    expect(BigInt(restaurada.generacion!)).toBeGreaterThan(BigInt(original.generacion!) + 1_000_000n);
    // The queue is not copied: the e-mails still to send are queued again, once each.
    const pendientes = await db().correo.findMany({ where: { estado: "PENDIENTE" }, orderBy: { id: "asc" } });
    expect(r.correosEnCola).toBe(pendientes.length);
    expect(await pendientesEnCola(destino.url)).toEqual(pendientes.map((c) => `correo:${c.id}`).sort());
  });

  it("después de restaurar, la auditoría sigue encadenando y los ids siguen donde iban", async () => {
    const [nuevo] = await conBase(destino.url, async (c) => {
      const { rows } = await c.query<{ id: string; hash: string | null }>(
        `INSERT INTO "AuditLog" (accion, entidad, "entidadId") VALUES ('CREAR', 'Prueba', 'después')
         RETURNING id::text, hash`,
      );
      return rows;
    });
    const maximo = (await instantanea(process.env.DATABASE_URL!)).auditoria.at(-1)!.id as string;
    expect(BigInt(nuevo!.id)).toBeGreaterThan(BigInt(maximo));
    expect(nuevo!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("sobre una base con datos se niega sin --forzar y no toca nada", async () => {
    const antes = await instantanea(destino.url);
    await expect(restaurarBase(destino.urlPropietario, archivo)).rejects.toThrow(
      /La base de datos no está vacía \(.*AuditLog \(\d+\).*\)\. Restaurar borraría lo que tiene: si es lo que quiere, repita con --forzar\./,
    );
    expect(await instantanea(destino.url)).toEqual(antes);
  });

  it("con forzar reemplaza lo que había por el respaldo", async () => {
    const r = await restaurarBase(destino.urlPropietario, archivo, { forzar: true });
    expect(r.auditoria.cantidadAlterados).toBe(0);
    expect((await instantanea(destino.url)).huellas).toEqual(
      (await instantanea(process.env.DATABASE_URL!)).huellas,
    );
  });

  it("destruida la base, el respaldo la devuelve igual", async () => {
    await conBase(destino.urlPropietario, (c) =>
      c.query('DROP SCHEMA graphile_worker CASCADE; DROP SCHEMA "public" CASCADE; CREATE SCHEMA "public"'),
    );
    await restaurarBase(destino.urlPropietario, archivo);
    const original = await instantanea(process.env.DATABASE_URL!);
    const restaurada = await instantanea(destino.url);
    expect(restaurada.auditoria).toEqual(original.auditoria);
    expect(restaurada.evidencias).toEqual(original.evidencias);
    expect(restaurada.huellas).toEqual(original.huellas);
  });

  it("un archivo dañado o truncado se rechaza antes de tocar la base", async () => {
    const antes = await instantanea(destino.url);
    const crudo = gunzipSync(await readFile(archivo));
    const alterado = Buffer.from(crudo);
    // A byte in the middle of the data: the gzip is fine, that table's hash is not.
    const i = Math.floor(crudo.length / 2);
    alterado[i] = alterado[i]! ^ 0x01;
    const danado = path.join(carpeta, "danado.gz");
    await writeFile(danado, gzipSync(alterado));
    await expect(restaurarBase(destino.urlPropietario, danado, { forzar: true })).rejects.toThrow(
      /está dañado/,
    );
    const truncado = path.join(carpeta, "truncado.gz");
    const comprimido = await readFile(archivo);
    await writeFile(truncado, comprimido.subarray(0, Math.floor(comprimido.length / 2)));
    await expect(restaurarBase(destino.urlPropietario, truncado, { forzar: true })).rejects.toThrow(
      /está (dañado|incompleto)|incompleto/,
    );
    const ajeno = path.join(carpeta, "ajeno.gz");
    await writeFile(ajeno, gzipSync(Buffer.from("SELECT 1;\n")));
    await expect(restaurarBase(destino.urlPropietario, ajeno, { forzar: true })).rejects.toThrow(
      /no es un respaldo de esta aplicación/,
    );
    expect(await instantanea(destino.url)).toEqual(antes);
  });

  it("un respaldo de una versión más nueva (con migraciones que esta no conoce) se rechaza sin tocar la base", async () => {
    const antes = await instantanea(destino.url);
    const crudo = gunzipSync(await readFile(archivo));
    const firma = "RESPALDO-PLAN-ACCION 1\n".length;
    const largo = crudo.readUInt32BE(firma);
    const encabezado = JSON.parse(crudo.subarray(firma + 4, firma + 4 + largo).toString("utf8"));
    encabezado.migraciones.push("29991231000000_futura");
    const json = Buffer.from(JSON.stringify(encabezado), "utf8");
    const prefijo = Buffer.alloc(4);
    prefijo.writeUInt32BE(json.length);
    const futuro = path.join(carpeta, "futuro.gz");
    await writeFile(
      futuro,
      gzipSync(Buffer.concat([crudo.subarray(0, firma), prefijo, json, crudo.subarray(firma + 4 + largo)])),
    );
    await expect(restaurarBase(destino.urlPropietario, futuro, { forzar: true })).rejects.toThrow(
      /versión más nueva de la aplicación \(no conoce la migración 29991231000000_futura\)/,
    );
    expect(await instantanea(destino.url)).toEqual(antes);
  });
});
