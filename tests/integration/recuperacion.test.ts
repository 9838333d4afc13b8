import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import {
  esperaDeReinicio,
  vigilarPostgresEmbebido,
  type PostgresVigilado,
} from "../../scripts/embedded-postgres-supervisor";
import { puertoLibre } from "../helpers/servidor-pruebas";

const carpeta = path.join(tmpdir(), `plan-recuperacion-${randomBytes(4).toString("hex")}`);
const dataDir = path.join(carpeta, "postgres");
let base: PostgresVigilado | undefined;

afterAll(async () => {
  await base?.stop();
  rmSync(carpeta, { recursive: true, force: true });
});

async function consultar<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const pidDelServidor = () =>
  Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);

describe("el PostgreSQL embebido de npm start se recupera solo", () => {
  it("la espera entre intentos crece y tiene tope", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(esperaDeReinicio)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it("muerto con SIGKILL, vuelve a iniciar en el mismo puerto, con los datos, y lo dice en el registro", async () => {
    const registro: string[] = [];
    base = await vigilarPostgresEmbebido({
      dataDir,
      port: await puertoLibre(),
      database: "recuperacion",
      log: (m) => registro.push(m),
    });
    await consultar(
      base.urlPropietario,
      "CREATE TABLE dato (valor text); INSERT INTO dato VALUES ('antes de la caída')",
    );
    const pid = pidDelServidor();

    process.kill(pid, "SIGKILL");
    await expect(consultar(base.urlPropietario, "SELECT 1")).rejects.toThrow();

    let filas: { valor: string }[] | undefined;
    for (let i = 0; i < 120 && !filas; i += 1) {
      filas = await consultar<{ valor: string }>(base.urlPropietario, "SELECT valor FROM dato").catch(
        () => undefined,
      );
      if (!filas) await new Promise((r) => setTimeout(r, 500));
    }
    expect(filas, `no volvió a responder; registro:\n${registro.join("\n")}`).toEqual([
      { valor: "antes de la caída" },
    ]);
    expect(pidDelServidor()).not.toBe(pid);
    expect(registro).toContain(
      "PostgreSQL embebido terminó inesperadamente (señal SIGKILL): se vuelve a iniciar.",
    );
    // The server may answer a moment before the supervisor's own readiness check says so.
    const iniciado = () =>
      registro.some((l) => /^PostgreSQL embebido iniciado de nuevo \(intento \d+\)/.test(l));
    for (let i = 0; i < 60 && !iniciado(); i += 1) await new Promise((r) => setTimeout(r, 500));
    expect(iniciado(), `registro:\n${registro.join("\n")}`).toBe(true);
  }, 90_000);

  it("detenido mientras vuelve a iniciar, no deja un servidor corriendo", async () => {
    const otroDataDir = path.join(carpeta, "postgres-2");
    const registro: string[] = [];
    const vigilado = await vigilarPostgresEmbebido({
      dataDir: otroDataDir,
      port: await puertoLibre(),
      database: "recuperacion",
      log: (m) => registro.push(m),
    });
    const pidDe = () => Number(readFileSync(path.join(otroDataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pidDe(), "SIGKILL");
    for (let i = 0; i < 40 && !registro.some((l) => l.includes("terminó inesperadamente")); i += 1) {
      await new Promise((r) => setTimeout(r, 100));
    }
    // The first attempt starts after one second: stop it while that start is under way.
    await new Promise((r) => setTimeout(r, 1_200));
    await vigilado.stop();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(() => readFileSync(path.join(otroDataDir, "postmaster.pid")), registro.join("\n")).toThrow();
  }, 60_000);

  it("detenido a pedido no se vuelve a iniciar", async () => {
    const pid = pidDelServidor();
    await base!.stop();
    base = undefined;
    await new Promise((r) => setTimeout(r, 1_500));
    expect(() => process.kill(pid, 0)).toThrow();
    expect(() => readFileSync(path.join(dataDir, "postmaster.pid"))).toThrow();
  });
});
