// The PostgreSQL server where the tests create their databases: TEST_DATABASE_URL's when it is set;
// otherwise an embedded one (the same binaries as `npm start`) with its own folder and port, started
// once per run and deleted at the end. This way `npm test` works on a machine without any
// PostgreSQL installed.
import { rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { iniciarPostgresEmbebido } from "../../scripts/embedded-postgres";

export interface ServidorDePruebas {
  url: string;
  detener(): Promise<void>;
}

export function puertoLibre(): Promise<number> {
  return new Promise((resolve, reject) => {
    const servidor = net.createServer();
    servidor.once("error", reject);
    servidor.listen(0, "127.0.0.1", () => {
      const { port } = servidor.address() as net.AddressInfo;
      servidor.close(() => resolve(port));
    });
  });
}

/** Sets TEST_DATABASE_URL for this process and those it starts; undoes everything in `detener`. */
export async function asegurarServidorDePruebas(
  log: (m: string) => void = () => {},
): Promise<ServidorDePruebas> {
  const definida = process.env.TEST_DATABASE_URL?.trim();
  if (definida) return { url: definida, detener: async () => {} };
  const carpeta = path.join(tmpdir(), `plan-pruebas-${process.pid}-${randomBytes(4).toString("hex")}`);
  log(`TEST_DATABASE_URL no está definida: se inicia un PostgreSQL embebido para las pruebas (${carpeta}).`);
  const servidor = await iniciarPostgresEmbebido({
    dataDir: path.join(carpeta, "postgres"),
    port: await puertoLibre(),
    database: "postgres",
    log,
  });
  // The server's administrator: the tests create databases and their roles with it.
  process.env.TEST_DATABASE_URL = servidor.urlPropietario;
  return {
    url: servidor.urlPropietario,
    async detener() {
      await servidor.stop();
      delete process.env.TEST_DATABASE_URL;
      rmSync(carpeta, { recursive: true, force: true });
    },
  };
}
