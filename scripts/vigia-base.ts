// The HTTP server watches its database: while it does not respond, every request gets at once a
// 503 page in Spanish (or JSON under /api) that reloads itself, instead of an application error or
// an endless wait; when the database comes back, the application's connection pool reconnects on
// its own and everything carries on without restarting anything.
import type { IncomingMessage, ServerResponse } from "node:http";
import pg from "pg";

const INTERVALO_MS = 2_000;
const ESPERA_MAXIMA_MS = 2_000;
/** Seconds the browser waits before trying again (Retry-After and the page's own reload). */
const REINTENTAR_EN_S = 5;

export interface VigiaDeBase {
  disponible(): boolean;
  /** Checks now instead of at the next tick (after a request failed, for instance). */
  comprobar(): Promise<boolean>;
  detener(): Promise<void>;
}

export function vigilarBase(databaseUrl: string, log: (mensaje: string) => void): VigiaDeBase {
  let disponible = true;
  let client: pg.Client | undefined;
  let detenido = false;
  let enCurso: Promise<boolean> | undefined;

  const soltar = () => {
    const viejo = client;
    client = undefined;
    void viejo?.end().catch(() => undefined);
  };

  const comprobar = () =>
    (enCurso ??= (async () => {
      try {
        if (!client) {
          const nuevo = new pg.Client({
            connectionString: databaseUrl,
            connectionTimeoutMillis: ESPERA_MAXIMA_MS,
            query_timeout: ESPERA_MAXIMA_MS,
            application_name: "vigia-de-la-base",
          });
          nuevo.on("error", soltar);
          client = nuevo;
          await nuevo.connect();
        }
        await client.query("SELECT 1");
        if (!disponible) log("La base de datos responde otra vez: la aplicación vuelve a atender.");
        disponible = true;
      } catch (error) {
        soltar();
        if (disponible) {
          const detalle = error instanceof Error ? error.message : String(error);
          log(`La base de datos no responde (${detalle}): se atiende con 503 hasta que vuelva.`);
        }
        disponible = false;
      }
      return disponible;
    })().finally(() => {
      enCurso = undefined;
    }));

  const timer = setInterval(() => {
    if (!detenido) void comprobar();
  }, INTERVALO_MS);
  timer.unref();
  void comprobar();

  return {
    disponible: () => disponible,
    comprobar,
    detener: async () => {
      detenido = true;
      clearInterval(timer);
      await enCurso;
      await client?.end().catch(() => undefined);
    },
  };
}

const PAGINA = `<!doctype html>
<html lang="es-CO">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${REINTENTAR_EN_S}">
<title>Servicio no disponible por un momento · Seguimiento al Plan de Acción</title>
<style>
  body { margin: 0; font-family: system-ui, sans-serif; background: #f6f7f9; color: #1f2933; }
  main { max-width: 34rem; margin: 12vh auto; padding: 2rem 1.5rem; background: #fff;
         border-radius: 0.75rem; box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
  h1 { font-size: 1.35rem; margin: 0 0 0.75rem; color: #39a900; }
  p { line-height: 1.5; margin: 0.5rem 0; }
  small { color: #52606d; }
</style>
</head>
<body>
<main role="alert">
  <h1>El servicio no está disponible por un momento</h1>
  <p>La aplicación no puede comunicarse con su base de datos. Lo que usted ya guardó está a salvo;
  lo que estaba escribiendo sigue en el formulario de la pestaña anterior.</p>
  <p>Esta página se vuelve a intentar sola cada ${REINTENTAR_EN_S} segundos.</p>
  <p><small>Si el problema sigue por más de unos minutos, avise al administrador de la aplicación.</small></p>
</main>
</body>
</html>
`;

/** Answers a request while the database is down: a page for people, JSON for programs. */
export function responderSinBase(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? "/";
  const esApi = url.startsWith("/api/") || req.headers["next-action"] !== undefined;
  res.statusCode = 503;
  res.setHeader("Retry-After", String(REINTENTAR_EN_S));
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("X-Content-Type-Options", "nosniff");
  if (esApi) {
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.end(
      JSON.stringify({
        error:
          "El servicio no está disponible por un momento: la base de datos no responde. Intente de nuevo.",
      }),
    );
    return;
  }
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader(
    "Content-Security-Policy",
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  );
  res.end(req.method === "HEAD" ? undefined : PAGINA);
}

/** What is served even without a database: the build's static files and the health report. */
export function atiendeSinBase(url: string | undefined): boolean {
  return url === "/api/health" || url?.startsWith("/_next/static/") === true || url === "/favicon.ico";
}
