import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  anotarSello,
  archivoDeSellos,
  leerSellos,
  sellosVigentes,
  type Sello,
} from "@/features/auditoria/sellos";

let carpeta: string;
beforeAll(async () => {
  carpeta = await mkdtemp(path.join(os.tmpdir(), "sellos-unit-"));
});
afterAll(async () => {
  await rm(carpeta, { recursive: true, force: true });
});

const hash = (c: string) => c.repeat(64);
const sello = (id: string, c: string, tipo: Sello["tipo"] = "sello"): Sello => ({
  tipo,
  id,
  hash: hash(c),
  total: Number(id),
  hora: "2026-12-08T09:00:00.000Z",
});

describe("los sellos de la auditoría", () => {
  it("se guardan por omisión en .data y AUDITORIA_SELLOS los lleva a donde se quiera", () => {
    expect(archivoDeSellos({})).toBe(path.resolve(".data/sellos-de-auditoria.jsonl"));
    expect(archivoDeSellos({ AUDITORIA_SELLOS: " /mnt/remota/sellos.jsonl " })).toBe(
      "/mnt/remota/sellos.jsonl",
    );
  });

  it("se anotan una línea cada uno, en un archivo que solo lee su dueño, y se leen en orden", async () => {
    const archivo = path.join(carpeta, "nueva", "sellos.jsonl");
    expect(await leerSellos(archivo)).toBeNull();
    await anotarSello(archivo, sello("10", "a"));
    await anotarSello(archivo, sello("20", "b"));
    expect(await leerSellos(archivo)).toEqual([sello("10", "a"), sello("20", "b")]);
    expect((await stat(archivo)).mode & 0o777).toBe(0o600);
  });

  it("una línea que no es un sello se rechaza diciendo cuál", async () => {
    const archivo = path.join(carpeta, "malo.jsonl");
    await writeFile(
      archivo,
      `${JSON.stringify(sello("10", "a"))}\n\n${JSON.stringify({ ...sello("11", "b"), hash: "corto" })}\n`,
    );
    await expect(leerSellos(archivo)).rejects.toThrow(
      `La línea 3 de ${archivo} no es un sello de la auditoría.`,
    );
  });

  it("una restauración deja sin efecto los sellos de registros posteriores al punto restaurado", () => {
    const historia = [
      sello("10", "a"),
      sello("20", "b"),
      sello("30", "c"),
      sello("15", "d", "restauracion"),
      sello("25", "e"),
    ];
    expect(sellosVigentes(historia)).toEqual([
      sello("10", "a"),
      sello("15", "d", "restauracion"),
      sello("25", "e"),
    ]);
    expect(sellosVigentes([sello("10", "a"), sello("20", "b")])).toEqual([
      sello("10", "a"),
      sello("20", "b"),
    ]);
  });
});
