// Security probes "from the outside": HTTP only, against a running application, as someone with or
// without an account would do it. Used by `npm run seguridad` and the test
// tests/e2e/seguridad.spec.ts. Each one returns its name, whether it passed and what it saw.

import { Navegador, type Cuenta } from "../navegador";
import { comprobarIngreso } from "./sondas-ingreso";
import { idsFueraDeRango, montoAbsurdo } from "./sondas-de-datos";

export type { Cuenta };

export interface Resultado {
  nombre: string;
  ok: boolean;
  detalle: string;
}

function resultado(nombre: string, ok: boolean, detalle: string): Resultado {
  return { nombre, ok, detalle };
}

/** After login, only paths of the application are followed, whatever callbackUrl says. */
export async function redireccionAbierta(base: string, cuenta: Cuenta): Promise<Resultado[]> {
  const n = new Navegador(base);
  const error = await n.ingresar(cuenta);
  if (error) return [resultado("Redirección después de ingresar", false, `no se pudo ingresar (${error})`)];
  // As an attacker would write them in a link: already percent-encoded.
  const intentos: [string, string][] = [
    ["/<TAB>/evil.example", "%2F%09%2Fevil.example"],
    ["//evil.example", "%2F%2Fevil.example"],
    ["https://evil.example/", "https%3A%2F%2Fevil.example%2F"],
    ["/\\evil.example", "%2F%5Cevil.example"],
  ];
  return Promise.all(
    intentos.map(async ([descripcion, valor]) => {
      const r = await n.pedir(`/login?callbackUrl=${valor}`);
      const ubicacion = r.headers.get("location") ?? "";
      const ruta = ubicacion.replace(/^https?:\/\/[^/]+/, "");
      const ok =
        [302, 303, 307, 308].includes(r.status) &&
        new URL(ubicacion, base).origin === new URL(base).origin &&
        ruta.startsWith("/") &&
        !ruta.startsWith("//") &&
        !/[\\\t\n\r]/.test(decodeURIComponent(ruta)) &&
        !ruta.includes("evil");
      return resultado(
        `Redirección después de ingresar (callbackUrl=${descripcion})`,
        ok,
        `${r.status} Location: ${JSON.stringify(ubicacion)}`,
      );
    }),
  );
}

/** A copy of the session cookie taken before signing out opens nothing afterwards. */
export async function sesionDespuesDeSalir(base: string, cuenta: Cuenta): Promise<Resultado> {
  const n = new Navegador(base);
  await n.ingresar(cuenta);
  const antes = (await n.pedir("/obligaciones")).status;
  const copia = n.copiarCookies();
  await n.salir();
  n.usarCookies(copia);
  const r = await n.pedir("/obligaciones");
  const ubicacion = r.headers.get("location") ?? "";
  return resultado(
    "La cookie copiada antes de cerrar sesión ya no sirve",
    antes === 200 && [302, 303, 307, 308].includes(r.status) && ubicacion.includes("/login"),
    `antes ${antes}; con la copia, después de salir: ${r.status} ${ubicacion}`,
  );
}

/** Content policy with a nonce, no framing, no plugins; cookies HttpOnly and SameSite. */
export async function encabezadosYCookies(base: string, cuenta: Cuenta): Promise<Resultado[]> {
  const n = new Navegador(base);
  const login = await n.pedir("/login");
  const csp = login.headers.get("content-security-policy") ?? "";
  const resultados = [
    resultado(
      "Content-Security-Policy con nonce, sin marcos ni plugins",
      /script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/.test(csp) &&
        /frame-ancestors 'none'/.test(csp) &&
        /object-src 'none'/.test(csp) &&
        /base-uri 'self'/.test(csp) &&
        !/script-src[^;]*'unsafe-inline'/.test(csp),
      csp || "(sin encabezado)",
    ),
    resultado(
      "X-Frame-Options: DENY",
      login.headers.get("x-frame-options") === "DENY",
      String(login.headers.get("x-frame-options")),
    ),
    resultado(
      "X-Content-Type-Options: nosniff",
      login.headers.get("x-content-type-options") === "nosniff",
      String(login.headers.get("x-content-type-options")),
    ),
  ];
  const https = new URL(base).protocol === "https:";
  if (https) {
    const hsts = login.headers.get("strict-transport-security") ?? "";
    resultados.push(resultado("HSTS sobre https", /max-age=\d{7,}/.test(hsts), hsts || "(sin encabezado)"));
  }
  const csrf = (await (await n.pedir("/api/auth/csrf")).json()) as { csrfToken: string };
  const r = await n.pedir("/api/auth/callback/credentials", {
    method: "POST",
    encabezados: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      csrfToken: csrf.csrfToken,
      email: cuenta.correo,
      password: cuenta.clave,
      json: "true",
    }),
  });
  const cookie =
    r.headers.getSetCookie().find((c) => c.split("=")[0]!.endsWith("next-auth.session-token")) ?? "";
  const banderas =
    /HttpOnly/i.test(cookie) && /SameSite=Lax/i.test(cookie) && (!https || /Secure/i.test(cookie));
  resultados.push(
    resultado(
      `Cookie de sesión HttpOnly, SameSite${https ? ", Secure" : ""}`,
      banderas,
      cookie.replace(/=[^;]+/, "=…") || "(no se recibió)",
    ),
  );
  return resultados;
}

/**
 * Throttling counts before verifying and does not believe a forwarded address the client sends:
 * with a new X-Forwarded-For each time, a wrong password still ends up asked to wait.
 */
export async function limiteDeIngreso(base: string): Promise<Resultado> {
  const n = new Navegador(base);
  const correo = `sonda.${Date.now()}@seguridad.invalid`;
  const errores: (string | null)[] = [];
  for (let i = 0; i < 7; i += 1) {
    errores.push(
      await n.ingresar({ correo, clave: "equivocada" }, { "x-forwarded-for": `198.51.100.${i + 1}` }),
    );
  }
  const esperas = errores.filter((e) => e?.startsWith("DEMASIADOS_INTENTOS")).length;
  return resultado(
    "Ingreso limitado aunque el cliente cambie X-Forwarded-For",
    errores.slice(0, 5).every((e) => e === "CredentialsSignin") && esperas === 2,
    errores.join(", "),
  );
}

/** A report of another centro and one that does not exist get the same answer. */
export async function idsSinRevelar(base: string, cuenta: Cuenta, ajeno: number): Promise<Resultado> {
  const n = new Navegador(base);
  await n.ingresar(cuenta);
  const a = await n.pedir(`/reportes/${ajeno}`);
  const b = await n.pedir("/reportes/2000000000");
  const c = await n.pedir(`/api/evidencias/${ajeno}`);
  const d = await n.pedir("/api/evidencias/2000000000");
  return resultado(
    "Un reporte ajeno y uno inexistente responden igual",
    a.status === 404 &&
      b.status === 404 &&
      c.status === 404 &&
      d.status === 404 &&
      (await c.text()) === (await d.text()),
    `reporte ${a.status}/${b.status}, evidencia ${c.status}/${d.status}`,
  );
}

/** No cell of a CSV export starts a live formula. */
export async function csvSinFormulas(base: string, cuenta: Cuenta, rutaCsv: string): Promise<Resultado> {
  const n = new Navegador(base);
  await n.ingresar(cuenta);
  const r = await n.pedir(rutaCsv);
  const texto = await r.text();
  const celdas = texto
    .replace(/^\uFEFF/, "")
    .split(/\r\n/)
    .flatMap((linea) => linea.split(";"))
    .map((c) => c.replace(/^"|"$/g, ""));
  const vivas = celdas.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(?:[.,]\d+)?$/.test(c));
  return resultado(
    `CSV sin fórmulas vivas (${rutaCsv})`,
    r.status === 200 && vivas.length === 0,
    r.status === 200 ? `${celdas.length} celdas, ${vivas.length} con fórmula` : `HTTP ${r.status}`,
  );
}

/** A report the subdirector may not see: one in the coordinator's review queue that answers 404. */
async function reporteAjeno(base: string, coordinador: Cuenta, subdirector: Cuenta): Promise<number | null> {
  const c = new Navegador(base);
  await c.ingresar(coordinador);
  const html = await (await c.pedir("/revision")).text();
  const ids = [...new Set([...html.matchAll(/\/reportes\/(\d+)/g)].map((m) => Number(m[1])))];
  const s = new Navegador(base);
  await s.ingresar(subdirector);
  for (const id of ids.slice(0, 20)) {
    if ((await s.pedir(`/reportes/${id}`)).status === 404) return id;
  }
  return null;
}

/** Every probe, in order. */
export async function comprobarTodo(
  base: string,
  coordinador: Cuenta,
  subdirector: Cuenta,
): Promise<Resultado[]> {
  const resultados: Resultado[] = [
    ...(await redireccionAbierta(base, coordinador)),
    await sesionDespuesDeSalir(base, coordinador),
    ...(await encabezadosYCookies(base, coordinador)),
    await limiteDeIngreso(base),
    ...(await comprobarIngreso(base, coordinador)),
    await csvSinFormulas(
      base,
      coordinador,
      "/api/tableros/exportar?panel=comite&tabla=comite-por-centro&formato=csv&datos=todos",
    ),
  ];
  const ajeno = await reporteAjeno(base, coordinador, subdirector);
  resultados.push(
    ajeno === null
      ? resultado(
          "Un reporte ajeno y uno inexistente responden igual",
          false,
          "no se encontró un reporte ajeno con qué probar",
        )
      : await idsSinRevelar(base, subdirector, ajeno),
  );
  resultados.push(await montoAbsurdo(base, coordinador, subdirector));
  resultados.push(await idsFueraDeRango(base, coordinador));
  return resultados;
}
