// ¿Es esto una demostración o un despliegue real? Lo declara una sola variable, DESPLIEGUE
// (no NODE_ENV, que `next start` siempre fija en production):
// - «demostracion» (por omisión): datos y cuentas de demostración con una contraseña publicada; la
//   aplicación escucha solo en este equipo salvo que HOST diga otra cosa.
// - «produccion»: nunca se siembran datos de demostración, la aplicación se niega a iniciar mientras
//   exista una cuenta de demostración, escucha en todas las interfaces salvo que HOST diga otra
//   cosa, y el primer administrador se crea con `npm run admin:crear`.

export type Despliegue = "demostracion" | "produccion";

export function leerDespliegue(valor: string | undefined = process.env.DESPLIEGUE): Despliegue {
  const texto = valor?.trim().toLowerCase() || "demostracion";
  if (texto === "demostracion" || texto === "produccion") return texto;
  throw new Error(`DESPLIEGUE debe ser «demostracion» o «produccion», no «${valor}».`);
}

/**
 * Session cookies are `Secure` in a deployment, and wherever the public address is https; only a
 * demonstration on plain http (this machine) goes without, or the browser would drop them.
 */
export function usaCookiesSeguras(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return leerDespliegue(env.DESPLIEGUE) === "produccion" || (env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/** Where the application listens when HOST is not set. */
export function hostPorDefecto(despliegue: Despliegue): string {
  return despliegue === "produccion" ? "0.0.0.0" : "local";
}

/**
 * The demo accounts' domain (prisma/seed/demo): `.demo` is no real top-level domain, so no real
 * account has it. Their password is published: a deployment never lets them in.
 */
export const DOMINIO_DEMO = "sena.demo";

export function esCuentaDeDemostracion(email: string): boolean {
  return email.toLowerCase().endsWith(`@${DOMINIO_DEMO}`);
}
