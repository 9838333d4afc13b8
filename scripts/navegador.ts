// An HTTP client with cookies that signs in the way the /login form does (next-auth's credentials
// flow). Used by the security probes, the load test and the multi-instance tests.

export interface Cuenta {
  correo: string;
  clave: string;
}

/** A minimal cookie jar: what the server set, sent back on the next requests. */
export class Navegador {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  copiarCookies(): Map<string, string> {
    return new Map(this.cookies);
  }

  usarCookies(cookies: Map<string, string>): void {
    this.cookies = new Map(cookies);
  }

  cookieDeSesion(): [string, string] | undefined {
    return [...this.cookies].find(([nombre]) => nombre.endsWith("next-auth.session-token"));
  }

  async pedir(ruta: string, init: RequestInit & { encabezados?: Record<string, string> } = {}) {
    const respuesta = await fetch(new URL(ruta, this.base), {
      ...init,
      redirect: "manual",
      headers: {
        ...(init.encabezados ?? {}),
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
      },
    });
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
