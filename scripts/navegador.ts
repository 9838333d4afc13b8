// An HTTP client with cookies that signs in the way the /login form does (next-auth's credentials
// flow). Used by the security probes, the load test and the multi-instance tests.
import { request } from "node:http";
import { isIPv6 } from "node:net";

export interface Cuenta {
  correo: string;
  clave: string;
}

type Peticion = RequestInit & { encabezados?: Record<string, string> };

/**
 * One request over plain HTTP from a chosen address of this machine (`localAddress`): all of
 * 127.0.0.0/8 is loopback, so a client on this machine can be many clients. fetch cannot choose it.
 */
function pedirDesde(direccionLocal: string, url: URL, init: Peticion, headers: Record<string, string>) {
  if (url.protocol !== "http:") throw new Error("Solo se elige la dirección de origen en http:// local.");
  return new Promise<Response>((resolve, reject) => {
    const req = request(
      url,
      {
        method: init.method ?? "GET",
        headers,
        localAddress: direccionLocal,
        family: isIPv6(direccionLocal) ? 6 : 4,
      },
      (res) => {
        const partes: Buffer[] = [];
        res.on("data", (parte: Buffer) => partes.push(parte));
        res.on("error", reject);
        res.on("end", () => {
          const encabezados = new Headers();
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            encabezados.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
          }
          const status = res.statusCode ?? 500;
          const cuerpo = [204, 304].includes(status) ? null : Buffer.concat(partes);
          resolve(new Response(cuerpo, { status, headers: encabezados }));
        });
      },
    );
    req.on("error", reject);
    req.end(init.body === undefined || init.body === null ? undefined : String(init.body));
  });
}

/** A minimal cookie jar: what the server set, sent back on the next requests. */
export class Navegador {
  private cookies = new Map<string, string>();
  /** `direccionLocal`: the address of this machine it connects from (see pedirDesde). */
  constructor(
    private readonly base: string,
    private readonly direccionLocal?: string,
  ) {}

  copiarCookies(): Map<string, string> {
    return new Map(this.cookies);
  }

  usarCookies(cookies: Map<string, string>): void {
    this.cookies = new Map(cookies);
  }

  cookieDeSesion(): [string, string] | undefined {
    return [...this.cookies].find(([nombre]) => nombre.endsWith("next-auth.session-token"));
  }

  async pedir(ruta: string, init: Peticion = {}) {
    const url = new URL(ruta, this.base);
    const headers = {
      ...(init.encabezados ?? {}),
      cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    };
    const respuesta = this.direccionLocal
      ? await pedirDesde(this.direccionLocal, url, init, headers)
      : await fetch(url, { ...init, redirect: "manual", headers });
    for (const linea of respuesta.headers.getSetCookie()) {
      const [par] = linea.split(";");
      const i = par!.indexOf("=");
      const nombre = par!.slice(0, i);
      const valor = par!.slice(i + 1);
      if (valor === "" || /max-age=0/i.test(linea) || /expires=Thu, 01 Jan 1970/i.test(linea))
        this.cookies.delete(nombre);
      else this.cookies.set(nombre, valor);
    }
    return respuesta;
  }

  /** next-auth's credentials flow, as the login form does it; returns the error code, if any. */
  async ingresar(cuenta: Cuenta, encabezados: Record<string, string> = {}): Promise<string | null> {
    const csrf = (await (await this.pedir("/api/auth/csrf")).json()) as { csrfToken: string };
    const respuesta = await this.pedir("/api/auth/callback/credentials", {
      method: "POST",
      encabezados: { "content-type": "application/x-www-form-urlencoded", ...encabezados },
      body: new URLSearchParams({
        csrfToken: csrf.csrfToken,
        email: cuenta.correo,
        password: cuenta.clave,
        json: "true",
      }),
    });
    const cuerpo = (await respuesta.json().catch(() => ({}))) as { url?: string };
    return new URL(cuerpo.url ?? "/", this.base).searchParams.get("error");
  }

  async salir(): Promise<void> {
    const csrf = (await (await this.pedir("/api/auth/csrf")).json()) as { csrfToken: string };
    await this.pedir("/api/auth/signout", {
      method: "POST",
      encabezados: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, json: "true" }),
    });
  }
}
