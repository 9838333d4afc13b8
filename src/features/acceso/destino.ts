/** Where a user goes after logging in when no (acceptable) destination was asked for. */
export const DESTINO_POR_DEFECTO = "/obligaciones";

// Any origin would do: it is only used to tell paths of this application from anything else.
const PROPIO = "http://aplicacion.invalid";

/** Browsers drop tabs and newlines from URLs and read "\" as "/": "/\t/x" becomes "//x". */
const PELIGROSO = /[\u0000-\u001F\u007F\\]/;

function decodificado(texto: string): string | null {
  try {
    return decodeURIComponent(texto);
  } catch {
    return null;
  }
}

/**
 * Only paths of this application are followed after login, never another origin (open redirect):
 * the destination must be a path, free of control characters and backslashes (also once decoded),
 * and resolve against the application's own origin to that same origin.
 */
export function destinoSeguro(callbackUrl: string | null | undefined): string {
  if (!callbackUrl || !callbackUrl.startsWith("/") || callbackUrl.startsWith("//"))
    return DESTINO_POR_DEFECTO;
  const decod = decodificado(callbackUrl);
  if (decod === null || PELIGROSO.test(callbackUrl) || PELIGROSO.test(decod) || decod.startsWith("//")) {
    return DESTINO_POR_DEFECTO;
  }
  let url: URL;
  try {
    url = new URL(callbackUrl, PROPIO);
  } catch {
    return DESTINO_POR_DEFECTO;
  }
  if (url.origin !== PROPIO || url.pathname === "/login" || url.pathname.startsWith("/login/")) {
    return DESTINO_POR_DEFECTO;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
