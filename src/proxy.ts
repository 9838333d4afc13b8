import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { usaCookiesSeguras } from "@/lib/despliegue";

/** Reachable without a session: the login page, next-auth's own routes and the health check. */
const PUBLICAS = [/^\/login(\/|$)/, /^\/api\/auth\//, /^\/api\/health$/];

/**
 * A fresh nonce per request lets Next.js's own inline scripts run and nothing else: injected
 * markup cannot run script, the page cannot be framed, and no plugin or foreign form target works.
 * Inline style attributes (charts) are allowed; they cannot run code.
 */
export function politicaDeContenido(
  nonce: string,
  desarrollo = process.env.NODE_ENV === "development",
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${desarrollo ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function nonceNuevo(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Every page but the public ones needs a session (pages re-check it against the database); every
 * response carries the content policy, and HSTS where the application is served over https.
 */
export async function proxy(request: NextRequest) {
  const nonce = nonceNuevo();
  const politica = politicaDeContenido(nonce);
  const ruta = request.nextUrl.pathname;
  let respuesta: NextResponse | undefined;
  if (!PUBLICAS.some((p) => p.test(ruta))) {
    const token = await getToken({ req: request, secureCookie: usaCookiesSeguras() });
    if (!token) {
      const login = new URL("/login", request.url);
      const destino = ruta + request.nextUrl.search;
      if (destino !== "/") login.searchParams.set("callbackUrl", destino);
      respuesta = NextResponse.redirect(login);
    }
  }
  if (!respuesta) {
    const encabezados = new Headers(request.headers);
    encabezados.set("x-nonce", nonce);
    encabezados.set("content-security-policy", politica);
    respuesta = NextResponse.next({ request: { headers: encabezados } });
  }
  respuesta.headers.set("Content-Security-Policy", politica);
  if ((process.env.NEXTAUTH_URL ?? "").startsWith("https://")) {
    respuesta.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  return respuesta;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|favicon.svg|robots.txt|.*\\.(?:svg|png|ico)$).*)"],
};
