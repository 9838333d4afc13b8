// The HTTP server of the built application (what `next start` would do), plus what `next start`
// does not do:
// - the client's address comes from the socket, or from X-Forwarded-For only when the socket's
//   peer is one of the proxies TRUST_PROXY names; what anyone else sends there is discarded, so
//   nobody can fake another address to the sign-in attempt limit or in the audit log;
// - listens on HOST (e.g. 127.0.0.1 and ::1 for "this machine only", or 0.0.0.0);
// - while the database does not respond, it answers at once with a 503 page in Spanish
//   (scripts/vigia-base.ts), and serves normally again only when the database is back;
// - on SIGTERM or SIGINT it stops accepting connections, finishes the requests in flight (with a
//   time limit) and exits.
//
//   PORT=3000 HOST=127.0.0.1 TRUST_PROXY=10.0.0.5 tsx scripts/servidor.ts
import { createServer, type IncomingMessage, type Server } from "node:http";
import {
  direccionDelCliente,
  leerConfianza,
  leerHosts,
  vieneDeUnProxy,
  type ConfianzaEnProxies,
} from "../src/lib/direccion";
import { RAIZ_DEL_PROYECTO } from "./estado-de-compilacion";
import { atiendeSinBase, responderSinBase, vigilarBase } from "./vigia-base";

const ESPERA_DE_PETICIONES_MS = 10_000;

/** What the application reads about the request's origin is what this server decided. */
function fijarOrigen(req: IncomingMessage, confianza: ConfianzaEnProxies): void {
  const remota = req.socket.remoteAddress;
  req.headers["x-forwarded-for"] = direccionDelCliente(remota, req.headers["x-forwarded-for"], confianza);
  if (!vieneDeUnProxy(remota, confianza)) {
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-port"];
  }
}

function escuchar(server: Server, puerto: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const alFallar = (error: NodeJS.ErrnoException) => {
      // A machine without IPv6 cannot listen on ::1; the other loopback address is enough.
      if (host === "::1" && (error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT")) resolve(false);
      else reject(error);
    };
    server.once("error", alFallar);
    server.listen(puerto, host, () => {
      server.removeListener("error", alFallar);
      resolve(true);
    });
  });
}

async function main(): Promise<void> {
  Object.assign(process.env, { NODE_ENV: "production" });
  const puerto = Number(process.env.PORT || 3000);
  const hosts = leerHosts(process.env.HOST);
  const confianza = leerConfianza(process.env.TRUST_PROXY);
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: RAIZ_DEL_PROYECTO, port: puerto, hostname: hosts[0] });
  const manejar = app.getRequestHandler();
  await app.prepare();
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl) throw new Error("Falta DATABASE_URL.");
  const vigia = vigilarBase(databaseUrl, (m) => console.log(`[servidor] ${m}`));

  let cerrando = false;
  const servidores: Server[] = [];
  for (const host of hosts) {
    const server = createServer((req, res) => {
      // Closing: this response is the last of its connection, so that a client that keeps a
      // connection alive cannot hold the shutdown open.
      if (cerrando) res.setHeader("Connection", "close");
      const atender = () => {
        fijarOrigen(req, confianza);
        void manejar(req, res);
      };
      if (vigia.disponible() || atiendeSinBase(req.url)) {
        atender();
        return;
      }
      // While down, each request asks again (one shared check, at most ~2 s) so that the first
      // request after the database returns is served instead of waiting for the next tick.
      void vigia.comprobar().then((disponible) => {
        if (disponible) atender();
        else responderSinBase(req, res);
      });
    });
    if (await escuchar(server, puerto, host)) servidores.push(server);
  }
  const donde = hosts.map((h) => (h.includes(":") ? `[${h}]` : h)).join(", ");
  console.log(`[servidor] Escuchando en ${donde}, puerto ${puerto}.`);

  const cerrar = async (senal: string) => {
    if (cerrando) return;
    cerrando = true;
    console.log(`[servidor] ${senal}: no acepta conexiones nuevas y termina las peticiones en curso…`);
    const limite = setTimeout(() => {
      console.log("[servidor] Se agotó la espera de las peticiones en curso.");
      process.exit(0);
    }, ESPERA_DE_PETICIONES_MS);
    limite.unref();
    await Promise.all(
      servidores.map(
        (s) =>
          new Promise<void>((resolve) => {
            s.close(() => resolve());
            s.closeIdleConnections();
          }),
      ),
    );
    await app.close();
    await vigia.detener();
    process.exit(0);
  };
  for (const senal of ["SIGTERM", "SIGINT"] as const) process.on(senal, () => void cerrar(senal));
}

main().catch((error: unknown) => {
  console.error(`[servidor] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
