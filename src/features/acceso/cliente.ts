// next-auth's browser side, the two calls this application makes, without next-auth's browser
// bundle (its `signIn`/`signOut` carry the whole session client): every page stays lighter.
import type { Credenciales } from "./schemas";

async function tokenCsrf(): Promise<string> {
  const csrf = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken?: string };
  return csrf.csrfToken ?? "";
}

/**
 * next-auth's credentials flow, posted the way its `signIn(..., { redirect: false })` does, without
 * loading next-auth's browser bundle on /login: fetch the CSRF token (its cookie comes with it),
 * post the form, read the error code from the URL it answers with. Resolves to `null` once signed
 * in, or to the error code (`CredentialsSignin`, `DEMASIADOS_INTENTOS:<s>`, …).
 */
export async function ingresarConCredenciales(
  credenciales: Credenciales,
  destino: string,
): Promise<string | null> {
  try {
    const respuesta = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        ...credenciales,
        csrfToken: await tokenCsrf(),
        callbackUrl: destino,
        json: "true",
      }),
    });
    const cuerpo = (await respuesta.json().catch(() => ({}))) as { url?: string };
    const error = new URL(cuerpo.url ?? "/", window.location.href).searchParams.get("error");
    if (respuesta.ok && !error) return null;
    return error ?? "SinRespuesta";
  } catch {
    return "SinConexion";
  }
}

/**
 * next-auth's sign-in with the institutional provider, posted the way its `signIn("entra-id")`
 * does: next-auth answers with the provider's authorization URL (and sets its state, PKCE and nonce
 * cookies), and the browser goes there. Resolves to `false` only when that could not be done.
 */
export async function ingresarConCuentaInstitucional(destino: string): Promise<boolean> {
  try {
    const respuesta = await fetch("/api/auth/signin/entra-id", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: await tokenCsrf(), callbackUrl: destino, json: "true" }),
    });
    const { url } = (await respuesta.json().catch(() => ({}))) as { url?: string };
    if (!respuesta.ok || !url) return false;
    window.location.assign(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * next-auth's sign-out (its cookie is cleared by the server), then a full navigation to `destino`
 * so nothing of the session stays in the page. Offline, it still navigates.
 */
export async function salirEnElNavegador(destino = "/login"): Promise<void> {
  try {
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: await tokenCsrf(), callbackUrl: destino, json: "true" }),
    });
  } catch {
    // The server ended the session already, or cannot be reached: leave anyway.
  }
  window.location.assign(destino);
}
