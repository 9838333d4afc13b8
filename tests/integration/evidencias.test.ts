import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/evidencias/[id]/route";
import { descargarEvidencia, eliminarEvidencia, subirEvidencia } from "@/features/evidencias/operaciones";
import { contarEvidencias, evidenciasDeReporte } from "@/features/evidencias/queries";
import { crearPlan, leerPlan } from "@/features/plan/creacion";
import type { EstadoReporte, TipoReporte } from "@/generated/prisma/enums";
import type { Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import { crearEscenario, type Escenario } from "../helpers/escenario";

const sesion = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/server/sesion-actual", () => ({ usuarioActual: async () => sesion.actor }));

const ACTA = new Uint8Array(await readFile(new URL("../fixtures/acta.pdf", import.meta.url)));
const EJECUTABLE = new Uint8Array(await readFile(new URL("../fixtures/ejecutable.pdf", import.meta.url)));
const TEXTO = new Uint8Array(await readFile(new URL("../fixtures/texto.pdf", import.meta.url)));

let e: Escenario;
let siguiente = 0;
const reportes = {} as Record<"comite" | "devuelto" | "aprobado" | "nacional" | "ajeno", number>;

/** A different real PDF each time: the acta with a comment after its end marker, as readers allow. */
function pdfNuevo(): Uint8Array<ArrayBuffer> {
  const cola = new TextEncoder().encode(`% copia ${++siguiente}\n`);
  const bytes = new Uint8Array(ACTA.length + cola.length);
  bytes.set(ACTA);
  bytes.set(cola, ACTA.length);
  return bytes;
}

const archivo = (bytes: Uint8Array<ArrayBuffer>, nombre = "Acta comité.pdf") =>
  new File([bytes], nombre, { type: "application/pdf" });
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * National reports are one per period in the whole database, which other test files share: this
 * file files its own in a vigencia of its own, a copy of the 2020 plan.
 */
async function vigenciaPropia(anio: number) {
  return db().$transaction(async (tx) => {
    const vigencia = await tx.vigencia.create({
      data: { anio, nombre: `Plan de Acción ${anio} (evidencias)` },
    });
    await crearPlan(tx, vigencia.id, await leerPlan(tx, e.vigencia.id));
    return vigencia;
  });
}

async function crearReporte(
  tipo: TipoReporte,
  periodo: string,
  centroId: number | null,
  estado: EstadoReporte,
  vigenciaId = e.vigencia.id,
) {
  const seguimiento = await db().seguimiento.findFirstOrThrow({
    where: { vigenciaId, tipoReporte: tipo },
  });
  const reporte = await db().reporte.create({
    data: {
      seguimientoId: seguimiento.id,
      vigenciaId,
      tipo,
      periodo,
      centroId,
      ambito: centroId === null ? "NACIONAL" : String(centroId),
      estado,
      creadoPorId: e.actores.admin.id,
    },
  });
  return reporte.id;
}

/** An evidence attached earlier (its report may have moved on since), with its bytes. */
async function evidenciaExistente(reporteId: number): Promise<number> {
  const bytes = pdfNuevo();
  const evidencia = await db().evidencia.create({
    data: {
      reporteId,
      nombreArchivo: "acta anterior.pdf",
      tipoMime: "application/pdf",
      tamanoBytes: bytes.length,
      sha256: sha256(bytes),
      subidoPorId: e.actores.subdirectorA.id,
      contenido: { create: { bytes } },
    },
  });
  return evidencia.id;
}

const subir = (actor: Actor, reporteId: number, bytes = pdfNuevo(), nombre?: string) =>
  subirEvidencia(actor, { reporteId: String(reporteId), archivo: archivo(bytes, nombre) });

/** Reports made by the quota tests, checked with the others at the end. */
const reportesDelCupo: number[] = [];
const reportesDelArchivo = () => [...Object.values(reportes), e.reporteA.id, ...reportesDelCupo];
/** The stored bytes of this file's reports, as (evidence, SHA-256 of its bytes) pairs. */
async function contenidosGuardados() {
  const filas = await db().evidenciaContenido.findMany({
    where: { evidencia: { reporteId: { in: reportesDelArchivo() } } },
    orderBy: { evidenciaId: "asc" },
  });
  return filas.map((f) => ({ evidenciaId: f.evidenciaId, sha256: sha256(f.bytes) }));
}
const evidenciasDe = (reporteId: number) => db().evidencia.findMany({ where: { reporteId } });
const auditoriaDe = (accion: string, evidenciaId: number) =>
  db().auditLog.findMany({ where: { accion, entidad: "Evidencia", entidadId: String(evidenciaId) } });

beforeAll(async () => {
  e = await crearEscenario("evid");
  reportes.comite = await crearReporte("COMITE_PRECIOS", "2020", e.centroA.id, "BORRADOR");
  reportes.devuelto = await crearReporte("TRAZABILIDAD_VENTAS", "2020-T2", e.centroA.id, "DEVUELTO");
  reportes.aprobado = await crearReporte("TRAZABILIDAD_VENTAS", "2020-T3", e.centroA.id, "APROBADO");
  const propia = await vigenciaPropia(2051);
  reportes.nacional = await crearReporte("RECAUDO", "2051-S1", null, "BORRADOR", propia.id);
  reportes.ajeno = await crearReporte("COMITE_PRECIOS", "2020", e.centroB.id, "BORRADOR");
});

afterEach(() => {
  delete process.env.EVIDENCIA_MAX_MB;
  delete process.env.EVIDENCIAS_MAX_POR_REPORTE;
  delete process.env.EVIDENCIAS_MAX_MB_POR_REPORTE;
  sesion.actor = null;
});

describe("subir el acta en PDF", () => {
  it("un PDF real queda registrado con su SHA-256 y sus mismos bytes en la base", async () => {
    const bytes = pdfNuevo();
    const resultado = await subir(
      e.actores.subdirectorA,
      reportes.comite,
      bytes,
      "../../Acta comité 2020.pdf",
    );
    expect(resultado).toMatchObject({
      ok: true,
      data: { nombreArchivo: "Acta comité 2020.pdf", sha256: sha256(bytes) },
    });
    if (!resultado.ok) return;
    const fila = await db().evidencia.findUniqueOrThrow({ where: { id: resultado.data.id } });
    expect(fila).toMatchObject({
      tamanoBytes: bytes.length,
      tipoMime: "application/pdf",
      subidoPorId: e.actores.subdirectorA.id,
    });
    expect(fila.rutaAlmacenamiento).toBeNull();
    const { bytes: guardados } = await db().evidenciaContenido.findUniqueOrThrow({
      where: { evidenciaId: fila.id },
    });
    expect(new Uint8Array(guardados)).toEqual(bytes);
    expect(await contarEvidencias(db(), reportes.comite)).toBe(1);
  });

  it("la subida queda en la auditoría con nombre, tamaño y SHA-256", async () => {
    const bytes = pdfNuevo();
    const resultado = await subir(e.actores.subdirectorA, reportes.comite, bytes);
    if (!resultado.ok) throw new Error(resultado.message);
    const [evento, ...otros] = await auditoriaDe("SUBIR_EVIDENCIA", resultado.data.id);
    expect(otros).toEqual([]);
    expect(evento).toMatchObject({
      actorId: e.actores.subdirectorA.id,
      reporteId: reportes.comite,
      despues: { nombreArchivo: "Acta comité.pdf", tamanoBytes: bytes.length, sha256: sha256(bytes) },
    });
  });

  it.each([
    ["un ejecutable renombrado a .pdf", EJECUTABLE],
    ["un archivo de texto renombrado a .pdf", TEXTO],
  ])("%s se rechaza sin tocar la base", async (_caso, bytes) => {
    const filasAntes = await evidenciasDe(reportes.comite);
    const contenidosAntes = await contenidosGuardados();
    const resultado = await subir(e.actores.subdirectorA, reportes.comite, bytes);
    expect(resultado).toMatchObject({ ok: false, fieldErrors: { archivo: ["El archivo debe ser un PDF"] } });
    expect(await evidenciasDe(reportes.comite)).toEqual(filasAntes);
    expect(await contenidosGuardados()).toEqual(contenidosAntes);
  });

  it("un archivo más grande que EVIDENCIA_MAX_MB se rechaza sin tocar la base", async () => {
    process.env.EVIDENCIA_MAX_MB = "1";
    const grande = new Uint8Array(1024 * 1024 + 1);
    grande.set(ACTA);
    grande.set(new TextEncoder().encode("%%EOF\n"), grande.length - 6);
    const contenidosAntes = await contenidosGuardados();
    const resultado = await subir(e.actores.subdirectorA, reportes.comite, grande);
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: { archivo: ["El archivo supera el tamaño máximo de 1 MB"] },
    });
    expect(await contenidosGuardados()).toEqual(contenidosAntes);
  });

  it("sin archivo pide seleccionar el acta", async () => {
    const resultado = await subirEvidencia(e.actores.subdirectorA, {
      reporteId: reportes.comite,
      archivo: null,
    });
    expect(resultado).toMatchObject({ ok: false, fieldErrors: { archivo: ["Seleccione el archivo PDF"] } });
  });

  it("el mismo archivo no se adjunta dos veces al mismo reporte", async () => {
    const bytes = pdfNuevo();
    expect((await subir(e.actores.subdirectorA, reportes.comite, bytes)).ok).toBe(true);
    expect(await subir(e.actores.subdirectorA, reportes.comite, bytes)).toMatchObject({
      ok: false,
      fieldErrors: { archivo: ["Este archivo ya está adjunto al reporte."] },
    });
  });

  it("una subida cortada a mitad de la transacción (el servidor muere) no deja fila ni bytes", async () => {
    // Another session holds the audit chain's lock: the upload stops inside its transaction, after
    // writing the evidence and its bytes, while it audits. Then its connection dies, as it would
    // with the server killed at that moment.
    const otra = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await otra.connect();
    try {
      await otra.query("BEGIN");
      await otra.query(`SELECT pg_advisory_xact_lock(hashtext('AuditLog.cadena'))`);
      const filasAntes = await evidenciasDe(reportes.comite);
      const contenidosAntes = await contenidosGuardados();
      const subida = subir(e.actores.subdirectorA, reportes.comite);
      let pid: number | undefined;
      for (let i = 0; i < 200 && pid === undefined; i += 1) {
        const { rows } = await otra.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event = 'advisory' AND pid <> pg_backend_pid()`,
        );
        pid = rows[0]?.pid;
        if (pid === undefined) await new Promise((r) => setTimeout(r, 25));
      }
      expect(pid, "la subida nunca llegó a esperar el candado de la auditoría").toBeDefined();
      const { rows: escrito } = await otra.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks WHERE pid = $1 AND locktype = 'relation'
            AND relation = '"EvidenciaContenido"'::regclass AND mode = 'RowExclusiveLock'`,
        [pid],
      );
      expect(escrito[0]?.n, "la subida aún no había escrito los bytes").toBe(1);
      await otra.query("SELECT pg_terminate_backend($1)", [pid]);
      expect((await subida).ok).toBe(false);
      await otra.query("ROLLBACK");
      expect(await evidenciasDe(reportes.comite)).toEqual(filasAntes);
      expect(await contenidosGuardados()).toEqual(contenidosAntes);
    } finally {
      await otra.end();
    }
  });

  it("la base misma rechaza una evidencia sin sus bytes, y quitar los bytes de una existente", async () => {
    const bytes = pdfNuevo();
    await expect(
      db().evidencia.create({
        data: {
          reporteId: reportes.comite,
          nombreArchivo: "sin bytes.pdf",
          tipoMime: "application/pdf",
          tamanoBytes: bytes.length,
          sha256: sha256(bytes),
          subidoPorId: e.actores.subdirectorA.id,
        },
      }),
    ).rejects.toThrow(/no tiene su contenido/);
    const id = await evidenciaExistente(reportes.comite);
    await expect(db().evidenciaContenido.delete({ where: { evidenciaId: id } })).rejects.toThrow(
      /no tiene su contenido/,
    );
    expect(await db().evidenciaContenido.count({ where: { evidenciaId: id } })).toBe(1);
    await db().evidencia.delete({ where: { id } });
  });
});

/** A real PDF of about `kb` kilobytes, different each time. */
function pdfDe(kb: number): Uint8Array<ArrayBuffer> {
  const base = pdfNuevo();
  const bytes = new Uint8Array(kb * 1024);
  bytes.set(base);
  bytes.set(new TextEncoder().encode("%%EOF\n"), bytes.length - 6);
  return bytes;
}

describe("cupo de archivos por reporte", () => {
  it("al llegar a EVIDENCIAS_MAX_POR_REPORTE archivos se rechaza el siguiente, sin tocar la base", async () => {
    process.env.EVIDENCIAS_MAX_POR_REPORTE = "2";
    const reporteId = await crearReporte("TRAZABILIDAD_VENTAS", "2020-T4", e.centroA.id, "BORRADOR");
    reportesDelCupo.push(reporteId);
    expect((await subir(e.actores.subdirectorA, reporteId)).ok).toBe(true);
    expect((await subir(e.actores.subdirectorA, reporteId)).ok).toBe(true);
    const filasAntes = await evidenciasDe(reporteId);
    const contenidosAntes = await contenidosGuardados();
    expect(await subir(e.actores.subdirectorA, reporteId)).toMatchObject({
      ok: false,
      fieldErrors: {
        archivo: [
          "El reporte ya tiene 2 archivos, el máximo permitido. Elimine alguno antes de adjuntar otro.",
        ],
      },
    });
    expect(await evidenciasDe(reporteId)).toEqual(filasAntes);
    expect(await contenidosGuardados()).toEqual(contenidosAntes);
  });

  it("un archivo que haría pasar el total de EVIDENCIAS_MAX_MB_POR_REPORTE se rechaza aunque cada uno quepa", async () => {
    process.env.EVIDENCIAS_MAX_MB_POR_REPORTE = "1";
    const reporteId = await crearReporte("EJECUCION_RECURSOS", "2020", e.centroA.id, "BORRADOR");
    reportesDelCupo.push(reporteId);
    expect((await subir(e.actores.subdirectorA, reporteId, pdfDe(600))).ok).toBe(true);
    const contenidosAntes = await contenidosGuardados();
    const resultado = await subir(e.actores.subdirectorA, reporteId, pdfDe(600));
    expect(resultado).toMatchObject({
      ok: false,
      fieldErrors: { archivo: [expect.stringMatching(/pasarían de 1 MB en total/)] },
    });
    expect(await evidenciasDe(reporteId)).toHaveLength(1);
    expect(await contenidosGuardados()).toEqual(contenidosAntes);
    expect((await subir(e.actores.subdirectorA, reporteId, pdfDe(300))).ok).toBe(true);
  });
});

describe("quién puede subir", () => {
  it.each([
    ["subdirectorA", "comite", true],
    ["subdirectorA", "devuelto", true],
    ["coordinador", "nacional", true],
    ["subdirectorB", "ajeno", true],
    ["subdirectorB", "comite", false],
    ["subdirectorC", "comite", false],
    ["admin", "comite", false],
    ["coordinador", "comite", false],
    ["consulta", "comite", false],
    ["subdirectorA", "nacional", false],
    ["subdirectorA", "aprobado", false],
  ] as const)("%s en el reporte %s: permitido=%s", async (quien, reporte, permitido) => {
    const contenidosAntes = await contenidosGuardados();
    const resultado = await subir(e.actores[quien], reportes[reporte]);
    expect(resultado.ok).toBe(permitido);
    if (!permitido) expect(await contenidosGuardados()).toEqual(contenidosAntes);
  });

  it("nadie adjunta a un reporte enviado o aprobado, ni siquiera su autor", async () => {
    for (const reporteId of [e.reporteA.id, reportes.aprobado]) {
      const resultado = await subir(e.actores.subdirectorA, reporteId);
      expect(resultado).toMatchObject({
        ok: false,
        message: expect.stringMatching(/ya no se pueden cambiar/),
      });
    }
  });

  it("un reporte que no existe se rechaza igual que uno ajeno", async () => {
    const inexistente = await subir(e.actores.subdirectorA, 999_999_999);
    expect(inexistente).toMatchObject({
      ok: false,
      message: "El reporte no existe o usted no tiene acceso a él.",
    });
    expect(await subir(e.actores.subdirectorA, reportes.ajeno)).toEqual(inexistente);
  });
});

describe("descargar", () => {
  let evidenciaId: number;

  beforeAll(async () => {
    evidenciaId = await evidenciaExistente(reportes.comite);
  });

  it.each([
    ["admin", true],
    ["coordinador", true],
    ["consulta", true],
    ["subdirectorA", true],
    ["subdirectorB", false],
    ["subdirectorC", false],
  ] as const)("%s: permitido=%s", async (quien, permitido) => {
    const descarga = await descargarEvidencia(e.actores[quien], evidenciaId);
    expect(descarga !== null).toBe(permitido);
    if (descarga)
      expect(sha256(descarga.contenido)).toBe(
        (await evidenciasDe(reportes.comite)).find((f) => f.id === evidenciaId)?.sha256,
      );
  });

  it("la ruta entrega el PDF como adjunto con su nombre, sin dejar que el navegador adivine el tipo", async () => {
    sesion.actor = e.actores.consulta;
    const fila = await db().evidencia.findUniqueOrThrow({ where: { id: evidenciaId } });
    const respuesta = await GET(new Request("http://localhost"), {
      params: Promise.resolve({ id: String(evidenciaId) }),
    });
    expect(respuesta.status).toBe(200);
    expect(Object.fromEntries(respuesta.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(fila.tamanoBytes),
      "content-disposition": `attachment; filename="acta anterior.pdf"; filename*=UTF-8''acta%20anterior.pdf`,
      "x-content-type-options": "nosniff",
    });
    const bytes = new Uint8Array(await respuesta.arrayBuffer());
    expect(sha256(bytes)).toBe(fila.sha256);
  });

  it.each([
    ["de otro centro", "subdirectorB", (): unknown => evidenciaId],
    ["inexistente", "admin", (): unknown => 999_999_999],
    ["con un id que no es número", "admin", (): unknown => "abc"],
    ["sin sesión", null, (): unknown => evidenciaId],
  ] as const)("la ruta responde 404 a una evidencia %s", async (_caso, quien, id) => {
    sesion.actor = quien ? e.actores[quien] : null;
    const respuesta = await GET(new Request("http://localhost"), {
      params: Promise.resolve({ id: String(id()) }),
    });
    expect(respuesta.status).toBe(404);
  });

  it("cada descarga queda en la auditoría; un rechazo no", async () => {
    const antes = (await auditoriaDe("DESCARGAR_EVIDENCIA", evidenciaId)).length;
    expect(await descargarEvidencia(e.actores.coordinador, evidenciaId)).not.toBeNull();
    await descargarEvidencia(e.actores.subdirectorB, evidenciaId);
    const eventos = await auditoriaDe("DESCARGAR_EVIDENCIA", evidenciaId);
    expect(eventos).toHaveLength(antes + 1);
    expect(eventos.at(-1)).toMatchObject({ actorId: e.actores.coordinador.id, reporteId: reportes.comite });
  });

  it("una evidencia de disco que no se pudo importar (sin contenido) responde como inexistente", async () => {
    const bytes = pdfNuevo();
    const { id } = await db().evidencia.create({
      data: {
        reporteId: reportes.comite,
        nombreArchivo: "perdida.pdf",
        tipoMime: "application/pdf",
        tamanoBytes: bytes.length,
        sha256: sha256(bytes),
        rutaAlmacenamiento: `${crypto.randomUUID()}.pdf`,
        subidoPorId: e.actores.subdirectorA.id,
      },
    });
    expect(await descargarEvidencia(e.actores.admin, id)).toBeNull();
    await db().evidencia.delete({ where: { id } });
  });
});

describe("eliminar", () => {
  it.each([
    ["subdirectorA", "comite", true],
    ["subdirectorA", "devuelto", true],
    ["coordinador", "nacional", true],
    ["subdirectorB", "comite", false],
    ["subdirectorC", "comite", false],
    ["admin", "comite", false],
    ["coordinador", "comite", false],
    ["consulta", "comite", false],
    ["subdirectorA", "aprobado", false],
  ] as const)("%s en el reporte %s: permitido=%s", async (quien, reporte, permitido) => {
    const id = await evidenciaExistente(reportes[reporte]);
    const resultado = await eliminarEvidencia(e.actores[quien], { evidenciaId: id });
    expect(resultado.ok).toBe(permitido);
    expect(await db().evidencia.count({ where: { id } })).toBe(permitido ? 0 : 1);
    expect(await db().evidenciaContenido.count({ where: { evidenciaId: id } })).toBe(permitido ? 0 : 1);
  });

  it("en un reporte enviado el autor ya no puede quitar el acta", async () => {
    const id = await evidenciaExistente(e.reporteA.id);
    expect(await eliminarEvidencia(e.actores.subdirectorA, { evidenciaId: id })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/enviado/),
    });
  });

  it("la eliminación queda en la auditoría con lo que había", async () => {
    const id = await evidenciaExistente(reportes.comite);
    const fila = await db().evidencia.findUniqueOrThrow({ where: { id } });
    expect((await eliminarEvidencia(e.actores.subdirectorA, { evidenciaId: id })).ok).toBe(true);
    const [evento] = await auditoriaDe("ELIMINAR_EVIDENCIA", id);
    expect(evento).toMatchObject({
      actorId: e.actores.subdirectorA.id,
      reporteId: reportes.comite,
      antes: { nombreArchivo: fila.nombreArchivo, tamanoBytes: fila.tamanoBytes, sha256: fila.sha256 },
    });
  });

  it("una evidencia que ya no existe se informa sin error inesperado", async () => {
    expect(await eliminarEvidencia(e.actores.subdirectorA, { evidenciaId: 999_999_999 })).toMatchObject({
      ok: false,
      message: "El archivo ya no existe: recargue la página.",
    });
  });
});

describe("la lista de archivos de un reporte", () => {
  it("la ven quienes ven el reporte, con quién subió cada archivo", async () => {
    const lista = await evidenciasDeReporte(e.actores.consulta, reportes.comite);
    expect(lista.length).toBe(await contarEvidencias(db(), reportes.comite));
    expect(lista[0]).toMatchObject({ nombreArchivo: "Acta comité 2020.pdf", subidoPor: { nombre: "subA" } });
  });

  it("un subdirector de otro centro no la ve", async () => {
    await expect(evidenciasDeReporte(e.actores.subdirectorB, reportes.comite)).rejects.toThrow(
      /Acceso denegado/,
    );
  });
});

describe("cada evidencia tiene sus bytes", () => {
  it("cada fila de este archivo tiene su contenido, con el SHA-256 registrado", async () => {
    const filas = await db().evidencia.findMany({
      where: { reporteId: { in: reportesDelArchivo() } },
      orderBy: { id: "asc" },
    });
    expect(filas.length).toBeGreaterThan(5);
    expect(await contenidosGuardados()).toEqual(filas.map((f) => ({ evidenciaId: f.id, sha256: f.sha256 })));
  });
});
