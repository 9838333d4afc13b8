import { randomBytes } from "node:crypto";
import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { iniciarPostgresEmbebido, type EmbeddedPostgres } from "../../scripts/embedded-postgres";
import { puertoLibre } from "../helpers/servidor-pruebas";

// The embedded PostgreSQL of `npm start` (decision 0024): any local user reaches its port, so the
// public password of earlier versions gave every row, and `COPY … TO PROGRAM`, to all of them.
const carpeta = path.join(tmpdir(), `plan-embebido-${randomBytes(4).toString("hex")}`);
const opciones = { dataDir: path.join(carpeta, "postgres"), database: "plan_accion", log: () => {} };
let base: EmbeddedPostgres | undefined;
let puerto: number;

afterAll(async () => {
  await base?.stop();
  rmSync(carpeta, { recursive: true, force: true });
});

/** Signs in with a user and password: the SQLSTATE of the refusal, or what `sql` answers. */
async function entrar(usuario: string, clave: string, sql = "SELECT current_user AS r"): Promise<string> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port: puerto,
    user: usuario,
    password: clave,
    database: "postgres",
  });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ r: string }>(sql);
    return `entra: ${rows[0]!.r}`;
  } catch (error) {
    return `rechaza: ${(error as { code?: string }).code}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const clave = (archivo: string) => readFileSync(path.join(carpeta, archivo), "utf8").trim();
const modo = (archivo: string) => (statSync(path.join(carpeta, archivo)).mode & 0o777).toString(8);

describe("el PostgreSQL embebido", () => {
  it("no abre con postgres/postgres: su superusuario tiene una contraseña al azar, guardada solo para su dueño", async () => {
    puerto = await puertoLibre();
    base = await iniciarPostgresEmbebido({ ...opciones, port: puerto });
    expect(await entrar("postgres", "postgres")).toBe("rechaza: 28P01");
    expect(clave("postgres.clave")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(modo("postgres.clave")).toBe("600");
    expect(await entrar("postgres", clave("postgres.clave"))).toBe("entra: postgres");
    expect(new URL(base.urlPropietario).password).toBe(clave("postgres.clave"));
  });

  it("escucha solo en 127.0.0.1", async () => {
    expect(
      await entrar("postgres", clave("postgres.clave"), "SELECT current_setting('listen_addresses') AS r"),
    ).toBe("entra: 127.0.0.1");
  });

  it("la aplicación entra con su propio rol y su propia contraseña, sin ser superusuario", async () => {
    expect(modo("aplicacion.clave")).toBe("600");
    const url = new URL(base!.url);
    expect(url.username).toBe("plan_accion");
    expect(url.password).toBe(clave("aplicacion.clave"));
    expect(
      await entrar(
        "plan_accion",
        clave("aplicacion.clave"),
        "SELECT rolsuper::text AS r FROM pg_roles WHERE rolname = current_user",
      ),
    ).toBe("entra: false");
  });

  it("una base de una versión anterior, con la contraseña pública, recibe una al azar al iniciar", async () => {
    // What earlier versions left: the superuser's password "postgres" and no password files.
    const superusuario = new pg.Client({ connectionString: base!.urlPropietario });
    await superusuario.connect();
    await superusuario.query(`ALTER ROLE postgres PASSWORD 'postgres'`);
    await superusuario.end();
    await base!.stop();
    rmSync(path.join(carpeta, "postgres.clave"));
    rmSync(path.join(carpeta, "aplicacion.clave"));
    const mensajes: string[] = [];
    base = await iniciarPostgresEmbebido({ ...opciones, port: puerto, log: (m) => mensajes.push(m) });
    expect(mensajes).toContainEqual(
      expect.stringContaining("tenía la contraseña pública de versiones anteriores"),
    );
    expect(await entrar("postgres", "postgres")).toBe("rechaza: 28P01");
    expect(await entrar("postgres", clave("postgres.clave"))).toBe("entra: postgres");
    expect(await entrar("plan_accion", clave("aplicacion.clave"))).toBe("entra: plan_accion");
  });

  it("con el archivo de contraseña de otra base, lo dice en vez de abrirla", async () => {
    await base!.stop();
    base = undefined;
    const otra = randomBytes(32).toString("base64url");
    const archivo = path.join(carpeta, "postgres.clave");
    const propia = clave("postgres.clave");
    try {
      writeFileSync(archivo, `${otra}\n`, { mode: 0o600 });
      await expect(iniciarPostgresEmbebido({ ...opciones, port: puerto })).rejects.toThrow(
        /rechaza la contraseña de .*postgres\.clave: ese archivo no es el de esta base/,
      );
    } finally {
      writeFileSync(archivo, `${propia}\n`, { mode: 0o600 });
    }
  });
});
