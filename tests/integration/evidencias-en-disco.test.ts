import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importarEvidenciasEnDisco, informeDeImportacion } from "../../scripts/db/evidencias-en-disco";
import { descargarEvidencia } from "@/features/evidencias/operaciones";
import { db } from "@/server/db";
import { crearEscenario, type Escenario } from "../helpers/escenario";

const ACTA = new Uint8Array(await readFile(new URL("../fixtures/acta.pdf", import.meta.url)));
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

let e: Escenario;
let carpeta: string;

function pdf(marca: string): Uint8Array<ArrayBuffer> {
  const cola = new TextEncoder().encode(`% ${marca}\n`);
  const bytes = new Uint8Array(ACTA.length + cola.length);
  bytes.set(ACTA);
  bytes.set(cola, ACTA.length);
  return bytes;
}

/** A row as the old storage left it: its bytes (if any) in a file of the folder. */
async function evidenciaDeDisco(bytes: Uint8Array, enDisco: Uint8Array | null) {
  const ruta = `${randomUUID()}.pdf`;
  if (enDisco) await writeFile(path.join(carpeta, ruta), enDisco);
  const { id } = await db().evidencia.create({
    data: {
      reporteId: e.reporteA.id,
      nombreArchivo: "acta.pdf",
      tipoMime: "application/pdf",
      tamanoBytes: bytes.length,
      sha256: sha256(bytes),
      rutaAlmacenamiento: ruta,
      subidoPorId: e.actores.subdirectorA.id,
    },
  });
  return { id, ruta };
}

beforeAll(async () => {
  e = await crearEscenario("disco");
  carpeta = await mkdtemp(path.join(os.tmpdir(), "evidencias-legadas-"));
});

afterAll(async () => {
  await rm(carpeta, { recursive: true, force: true });
});

describe("las evidencias que vivían en disco pasan a la base al iniciar", () => {
  it("importa las que cuadran, informa las que faltan o no cuadran y borra lo que sobra", async () => {
    const buena = pdf("buena");
    const importada = await evidenciaDeDisco(buena, buena);
    const faltante = await evidenciaDeDisco(pdf("faltante"), null);
    const alterada = await evidenciaDeDisco(pdf("original"), pdf("cambiada"));
    const huerfano = `${randomUUID()}.pdf`;
    const temporal = `.${randomUUID()}.pdf.${randomUUID()}.tmp`;
    await writeFile(path.join(carpeta, huerfano), pdf("huérfano"));
    await writeFile(path.join(carpeta, temporal), "medio archivo");
    await writeFile(path.join(carpeta, "LEAME.txt"), "no es nuestro");

    const r = await importarEvidenciasEnDisco(process.env.DATABASE_URL!, carpeta);

    expect(r).toEqual({
      importadas: 1,
      faltantes: [`evidencia #${faltante.id} (${faltante.ruta})`],
      alteradas: [`evidencia #${alterada.id} (${alterada.ruta})`],
      huerfanos: [huerfano, temporal].sort(),
    });
    // The imported one: bytes in the database, no longer on disk, and downloadable.
    const fila = await db().evidencia.findUniqueOrThrow({
      where: { id: importada.id },
      include: { contenido: true },
    });
    expect(fila.rutaAlmacenamiento).toBeNull();
    expect(sha256(fila.contenido!.bytes)).toBe(sha256(buena));
    const descarga = await descargarEvidencia(e.actores.admin, importada.id);
    expect(descarga && sha256(descarga.contenido)).toBe(sha256(buena));
    // The others stay as they were; only what is not ours stays in the folder with them.
    expect(await readdir(carpeta)).toEqual([alterada.ruta, "LEAME.txt"].sort());
    for (const { id, ruta } of [faltante, alterada]) {
      expect(await db().evidencia.findUniqueOrThrow({ where: { id } })).toMatchObject({
        rutaAlmacenamiento: ruta,
      });
      expect(await descargarEvidencia(e.actores.admin, id)).toBeNull();
    }
    expect(informeDeImportacion(r, carpeta)).toEqual([
      `1 evidencias de ${carpeta} pasaron a la base de datos.`,
      `ATENCIÓN: falta el archivo de la evidencia #${faltante.id} (${faltante.ruta}); su descarga responderá que no existe.`,
      `ATENCIÓN: el archivo de la evidencia #${alterada.id} (${alterada.ruta}) no coincide con su SHA-256 registrado; se dejó en ${carpeta} sin importar.`,
      `Se borraron 2 archivos de ${carpeta} que ninguna evidencia usaba: ${[huerfano, temporal].sort().join(", ")}.`,
    ]);
  });

  it("una segunda vez no hace nada, y sin la carpeta tampoco", async () => {
    const r = await importarEvidenciasEnDisco(process.env.DATABASE_URL!, carpeta);
    expect(r.importadas).toBe(0);
    expect(r.huerfanos).toEqual([]);
    expect(informeDeImportacion(r, carpeta)).toHaveLength(2);
    const sinCarpeta = await importarEvidenciasEnDisco(
      process.env.DATABASE_URL!,
      path.join(carpeta, "no-existe"),
    );
    expect(sinCarpeta).toEqual({ importadas: 0, faltantes: [], alteradas: [], huerfanos: [] });
  });
});
