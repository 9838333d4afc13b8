/**
 * Absolute address of a page of the application, for links that leave it (e-mails). NEXTAUTH_URL
 * is the public address the application is reached at; `npm start` sets it.
 */
export function urlPublica(ruta: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT?.trim() || "3000"}`;
  return new URL(ruta, base.endsWith("/") ? base : `${base}/`).toString();
}
